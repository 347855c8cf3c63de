import type { SignedInActor } from "@puente/auth/actor";
import { and, type Database, eq, type Executor, queryRows, sql } from "@puente/db";
import { referralHours } from "@puente/db/schema";
import { stringify } from "csv-stringify/sync";
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { PuenteError } from "../errors";
import { assertDeIdentified } from "../identifiers/assert-de-identified";
import { referralForParty } from "./access";
import type { logHoursInput } from "./inputs";

/** Only the attorney who accepted the referral logs hours on it, from acceptance on. */
export async function logHours(db: Database, actor: SignedInActor, input: z.infer<typeof logHoursInput>) {
  assertDeIdentified({ note: input.note });
  if (input.workedOn > new Date().toISOString().slice(0, 10)) throw new PuenteError("BAD_REQUEST", "referrals.errors.hoursInFuture", {}, { field: "workedOn" });
  return db.transaction(async (tx) => {
    const { referral } = await referralForParty(tx, actor, input.referralId, { side: "attorney" });
    if (referral.acceptedAttorneyId !== actor.userId) throw new PuenteError("FORBIDDEN", "referrals.errors.hoursNotAccepted");
    const [row] = await tx
      .insert(referralHours)
      .values({
        referralId: referral.id,
        attorneyId: actor.userId,
        workedOn: input.workedOn,
        hours: input.hours.toFixed(2),
        note: input.note ?? null,
      })
      .returning({ id: referralHours.id });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "referral.hours_logged",
      subjectType: "referral",
      subjectId: referral.id,
      details: { hours: input.hours },
    });
    return { id: row!.id };
  });
}

export interface HoursRow {
  referenceCode: string;
  organizationName: string;
  attorneyName: string | null;
  workedOn: string;
  hours: string;
  note: string | null;
}

/**
 * Hours rows a person may export: an attorney's own, an organization's (for its members), or the
 * whole network's (administrators). Notes are the attorney's, identifier-checked at entry.
 */
export async function hoursRows(
  db: Executor,
  scope: { attorneyId: string } | { organizationId: string } | { all: true },
): Promise<HoursRow[]> {
  const where =
    "attorneyId" in scope
      ? sql`h.attorney_id = ${scope.attorneyId}::uuid`
      : "organizationId" in scope
        ? sql`r.organization_id = ${scope.organizationId}::uuid`
        : sql`true`;
  return queryRows<HoursRow>(
    db,
    sql`select r.reference_code as "referenceCode", o.name as "organizationName", u.name as "attorneyName",
               h.worked_on::text as "workedOn", h.hours::text as "hours", h.note as "note"
          from referral_hours h
          join referrals r on r.id = h.referral_id
          join organizations o on o.id = r.organization_id
          left join users u on u.id = h.attorney_id
         where ${where}
         order by h.worked_on, r.reference_code`,
  );
}

/** Totals for dashboards: one attorney's hours, or an organization's referrals' hours. */
export async function hoursTotal(db: Executor, scope: { attorneyId: string } | { organizationId: string }): Promise<number> {
  const [row] = await db
    .select({ total: sql<string>`coalesce(sum(${referralHours.hours}), 0)::text` })
    .from(referralHours)
    .where(
      "attorneyId" in scope
        ? eq(referralHours.attorneyId, scope.attorneyId)
        : and(sql`${referralHours.referralId} in (select id from referrals where organization_id = ${scope.organizationId}::uuid)`),
    );
  return Number(row?.total ?? 0);
}

/** A leading =, +, - or @ would run as a formula in a spreadsheet: such cells get a leading apostrophe. */
const defuse = (value: string | null) => {
  const text = value ?? "";
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
};

export function hoursCsv(rows: HoursRow[], headers: [string, string, string, string, string, string]): string {
  return stringify(
    [headers, ...rows.map((r) => [r.referenceCode, r.organizationName, r.attorneyName, r.workedOn, r.hours, r.note].map(defuse))],
    { record_delimiter: "windows", quoted: true },
  );
}
