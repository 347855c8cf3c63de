"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { runAction } from "~/server/action-result";
import type { ActionResult } from "~/server/action-state";
import { api } from "~/server/api";

function text(form: FormData, name: string) {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

export async function inviteMember(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const t = await getTranslations("organization");
  const caller = await api();
  const email = text(form, "email").trim();
  const result = await runAction(
    () =>
      caller.organization.invite({
        organizationId: text(form, "organizationId"),
        email,
        role: text(form, "role") as "member" | "admin",
      }),
    t("inviteSent", { email }),
  );
  revalidatePath("/organization");
  return result;
}

/** Small admin actions (role, removal, withdrawal): one button each, result shown as a status line. */
export async function manageMembership(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const t = await getTranslations("organization");
  const caller = await api();
  const organizationId = text(form, "organizationId");
  const intent = text(form, "intent");
  const result = await runAction(async () => {
    if (intent === "revoke") {
      return caller.organization.revokeInvitation({ organizationId, invitationId: text(form, "invitationId") });
    }
    if (intent === "remove") return caller.organization.removeMember({ organizationId, userId: text(form, "userId") });
    return caller.organization.setMemberRole({
      organizationId,
      userId: text(form, "userId"),
      role: intent === "make-admin" ? "admin" : "member",
    });
  }, intent === "revoke" ? t("revoked") : t("updated"));
  revalidatePath("/organization");
  return result;
}
