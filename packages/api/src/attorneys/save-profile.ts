import type { SignedInActor } from "@puente/auth/actor";
import type { Database, Executor } from "@puente/db";
import {
  attorneyBarAdmissions,
  attorneyLanguages,
  attorneyPracticeAreas,
  attorneyProfiles,
  attorneyRegions,
} from "@puente/db/schema";
import { and, eq, inArray, ne, or, type SQL } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import { notFound, PuenteError } from "../errors";
import type { ProfileInput } from "./inputs";
import { readOwnProfile } from "./read-profile";

/**
 * Apply (first time) or update (afterwards): the profile row and all its child rows are
 * replaced in one transaction with the audit row, so a profile is never half-written.
 * Bar admissions are matched by state and number, so a verified admission that is sent again
 * unchanged keeps its verification; a changed year sends it back to the moderators.
 */
export async function saveProfile(db: Database, actor: SignedInActor, input: ProfileInput, mode: "apply" | "update") {
  if (actor.state === "suspended") throw new PuenteError("FORBIDDEN", "errors.forbidden");
  const userId = actor.userId;
  await db.transaction(async (tx) => {
    const [existing] = await tx.select().from(attorneyProfiles).where(eq(attorneyProfiles.userId, userId)).for("update");
    if (mode === "apply" && existing) throw new PuenteError("CONFLICT", "attorneys.errors.alreadyApplied");
    if (mode === "update" && !existing) throw notFound();

    await assertBarNumbersFree(tx, userId, input);

    const fields = {
      affiliationKind: input.affiliationKind,
      affiliationName: input.affiliationName || null,
      remote: input.remote,
      capacity: input.capacity,
      mentors: input.mentors,
    };
    if (existing) {
      // A rejected applicant who edits their profile asks to be reviewed again.
      const reapply = existing.applicationState === "rejected";
      await tx
        .update(attorneyProfiles)
        .set(reapply ? { ...fields, applicationState: "pending", rejectionReason: null } : fields)
        .where(eq(attorneyProfiles.userId, userId));
    } else {
      await tx.insert(attorneyProfiles).values({ userId, ...fields });
    }

    await replaceBarAdmissions(tx, userId, input.barAdmissions);
    await tx.delete(attorneyPracticeAreas).where(eq(attorneyPracticeAreas.attorneyId, userId));
    await tx.insert(attorneyPracticeAreas).values(input.practiceAreas.map((caseType) => ({ attorneyId: userId, caseType })));
    await tx.delete(attorneyLanguages).where(eq(attorneyLanguages.attorneyId, userId));
    await tx
      .insert(attorneyLanguages)
      .values(input.languages.map((l) => ({ attorneyId: userId, languageCode: l.code, proficiency: l.proficiency })));
    await tx.delete(attorneyRegions).where(eq(attorneyRegions.attorneyId, userId));
    if (input.regions.length) {
      await tx
        .insert(attorneyRegions)
        .values(input.regions.map((r) => ({ attorneyId: userId, stateCode: r.state, countyFips: r.countyFips ?? null })));
    }

    await recordAudit(tx, {
      actorId: userId,
      action: existing ? "attorney.updated" : "attorney.applied",
      subjectType: "attorney",
      subjectId: userId,
      details: {
        practiceAreas: input.practiceAreas,
        barStates: input.barAdmissions.map((b) => b.state),
        capacity: input.capacity,
      },
    });
  });
  return readOwnProfile(db, userId);
}

/** Someone else's admission with the same state and number: refuse with a message, not a constraint error. */
async function assertBarNumbersFree(tx: Executor, userId: string, input: ProfileInput) {
  const sameAdmission: SQL[] = input.barAdmissions.map(
    (b) => and(eq(attorneyBarAdmissions.stateCode, b.state), eq(attorneyBarAdmissions.barNumber, b.number))!,
  );
  const [taken] = await tx
    .select({ state: attorneyBarAdmissions.stateCode })
    .from(attorneyBarAdmissions)
    .where(and(ne(attorneyBarAdmissions.attorneyId, userId), or(...sameAdmission)))
    .limit(1);
  if (taken) throw new PuenteError("CONFLICT", "attorneys.errors.barNumberTaken", { state: taken.state });
}

async function replaceBarAdmissions(tx: Executor, userId: string, admissions: ProfileInput["barAdmissions"]) {
  const current = await tx.select().from(attorneyBarAdmissions).where(eq(attorneyBarAdmissions.attorneyId, userId));
  const kept = new Set<string>();
  for (const admission of admissions) {
    const same = current.find((c) => c.stateCode === admission.state && c.barNumber === admission.number);
    if (!same) continue;
    kept.add(same.id);
    if (same.yearAdmitted !== admission.year) {
      await tx
        .update(attorneyBarAdmissions)
        .set({ yearAdmitted: admission.year, verificationState: "pending", verifiedById: null, verifiedAt: null })
        .where(eq(attorneyBarAdmissions.id, same.id));
    }
  }
  const removed = current.filter((c) => !kept.has(c.id)).map((c) => c.id);
  if (removed.length) await tx.delete(attorneyBarAdmissions).where(inArray(attorneyBarAdmissions.id, removed));
  const added = admissions.filter((a) => !current.some((c) => c.stateCode === a.state && c.barNumber === a.number));
  if (added.length) {
    await tx
      .insert(attorneyBarAdmissions)
      .values(added.map((a) => ({ attorneyId: userId, stateCode: a.state, barNumber: a.number, yearAdmitted: a.year })));
  }
}
