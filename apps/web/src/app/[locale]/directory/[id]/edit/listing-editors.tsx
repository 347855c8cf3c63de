import { Alert, Button, Section } from "@puente/ui";
import { getTranslations } from "next-intl/server";
import { api } from "~/server/api";
import { AddEditorForm } from "./add-editor-form";
import { removeListingEditor } from "./editor-actions";

/** For the organization's admins: who else may edit this listing, and a way to change that. */
export async function ListingEditors({ organizationId, outcome }: { organizationId: string; outcome?: string }) {
  const t = await getTranslations("directory.editors");
  const editors = await (await api()).directory.editors({ organizationId });
  return (
    <Section title={t("title")} id="editors">
      <p>{t("intro")}</p>
      {outcome === "removed" ? <Alert tone="success">{t("removed")}</Alert> : null}
      {outcome === "failed" ? <Alert tone="error">{t("removeFailed")}</Alert> : null}
      {editors.length === 0 ? (
        <p className="p-muted">{t("none")}</p>
      ) : (
        <ul>
          {editors.map((editor) => (
            <li key={editor.userId}>
              <span>
                {editor.name ?? editor.email} <span className="p-muted">({editor.email})</span>
              </span>{" "}
              <form action={removeListingEditor} className="p-form--inline">
                <input type="hidden" name="organizationId" value={organizationId} />
                <input type="hidden" name="userId" value={editor.userId} />
                <Button type="submit" variant="danger" aria-label={t("removeLabel", { name: editor.name ?? editor.email })}>
                  {t("remove")}
                </Button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <AddEditorForm organizationId={organizationId} />
    </Section>
  );
}
