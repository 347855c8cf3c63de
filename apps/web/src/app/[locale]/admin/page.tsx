import { hasRole } from "@puente/auth/actor";
import { Button, PageHeader, Section, TextField, TableScroll } from "@puente/ui";
import { getFormatter, getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "~/i18n/navigation";
import { getActor } from "~/server/actor";
import { api } from "~/server/api";
import { RolesForm } from "./roles-form";

export async function generateMetadata() {
  const t = await getTranslations("vetting.admin");
  return { title: t("title") };
}

export default async function AdminPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ q?: string }>;
}) {
  setRequestLocale((await params).locale);
  if (!hasRole(await getActor(), "admin")) return redirect({ href: "/", locale: await getLocale() });
  const query = ((await searchParams).q ?? "").slice(0, 100);
  const t = await getTranslations("vetting");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const auditActionLabel = (action: string) => {
    // Catalog keys cannot contain dots, so "user.approved" is stored under "user_approved".
    const key = `actions.${action.replace(/\./g, "_")}`;
    return t.has(key) ? t(key as "actions.user_approved") : action;
  };
  const caller = await api();
  const [people, audit] = await Promise.all([caller.admin.people({ query }), caller.admin.auditLog({ limit: 50 })]);
  return (
    <>
      <PageHeader title={t("admin.title")} />
      <Section id="people" title={t("admin.people")}>
        <form method="get" className="p-form" role="search">
          <TextField id="q" name="q" type="search" label={t("admin.search")} defaultValue={query} />
          <div>
            <Button type="submit" variant="secondary">
              {t("admin.searchSubmit")}
            </Button>
          </div>
        </form>
        {people.length === 0 ? <p>{t("admin.noResults")}</p> : null}
        <ul className="p-card-list" style={{ marginTop: "1rem" }}>
          {people.map((person) => (
            <li key={person.id} className="p-card">
              <p>
                <strong>{person.name ?? person.email}</strong> · {person.email} · {common(`accountStates.${person.accountState}`)}
              </p>
              <RolesForm userId={person.id} name={person.name ?? person.email} roles={person.roles} />
            </li>
          ))}
        </ul>
      </Section>
      <Section id="audit" title={t("admin.audit")}>
        <TableScroll label={t("admin.audit")}>
          <table className="p-table">
            <thead>
              <tr>
                <th scope="col">{t("admin.auditWhen")}</th>
                <th scope="col">{t("admin.auditWho")}</th>
                <th scope="col">{t("admin.auditWhat")}</th>
                <th scope="col">{t("admin.auditSubject")}</th>
              </tr>
            </thead>
            <tbody>
              {audit.map((event) => (
                <tr key={event.id}>
                  <td>{format.dateTime(event.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                  <td>{event.actorEmail ?? "—"}</td>
                  <td>{auditActionLabel(event.action)}</td>
                  <td>
                    {event.subjectType} {event.subjectId.slice(0, 8)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </Section>
    </>
  );
}
