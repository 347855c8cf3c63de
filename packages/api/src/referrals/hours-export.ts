import { hasRole, type SignedInActor } from "@puente/auth/actor";
import type { Database } from "@puente/db";
import { getTranslator, type Locale } from "@puente/i18n";
import { recordAudit } from "../audit/record-audit";
import { PuenteError } from "../errors";
import { isOrganizationSide } from "./access";
import { hoursCsv, hoursRows } from "./hours";

/**
 * Hours as CSV: an organization's (its members, or administrators) or an attorney's own. The export
 * is audited like a read of details, since it names referrals by their codes.
 */
export async function exportHours(db: Database, actor: SignedInActor, input: { organizationId?: string }, locale: Locale) {
  const scope = input.organizationId ? { organizationId: input.organizationId } : { attorneyId: actor.userId };
  if (input.organizationId && !isOrganizationSide(actor, { organizationId: input.organizationId }) && !hasRole(actor, "admin")) {
    throw new PuenteError("FORBIDDEN", "referrals.errors.notMember");
  }
  if (!input.organizationId && !hasRole(actor, "attorney")) throw new PuenteError("FORBIDDEN", "errors.forbidden");
  return db.transaction(async (tx) => {
    const rows = await hoursRows(tx, scope);
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "referral.hours_exported",
      subjectType: input.organizationId ? "organization" : "user",
      subjectId: input.organizationId ?? actor.userId,
      details: { rows: rows.length },
    });
    const t = getTranslator(locale);
    return hoursCsv(rows, [
      t("referrals.csv.reference"),
      t("referrals.csv.organization"),
      t("referrals.csv.attorney"),
      t("referrals.csv.date"),
      t("referrals.csv.hours"),
      t("referrals.csv.note"),
    ]);
  });
}
