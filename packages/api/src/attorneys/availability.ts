import type { SignedInActor } from "@puente/auth/actor";
import type { Database } from "@puente/db";
import { attorneyProfiles } from "@puente/db/schema";
import { eq } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import { notFound, PuenteError } from "../errors";
import type { AvailabilityInput } from "./inputs";
import { readOwnProfile } from "./read-profile";

const MAX_PAUSE_DAYS = 366;

/** The attorney switches new referrals on or off, or pauses them until a date. */
export async function setAvailability(db: Database, actor: SignedInActor, input: AvailabilityInput) {
  if (input.pausedUntil !== null) {
    const today = new Date().toISOString().slice(0, 10);
    const latest = new Date(Date.now() + MAX_PAUSE_DAYS * 86_400_000).toISOString().slice(0, 10);
    // ISO dates compare as strings.
    if (input.pausedUntil < today || input.pausedUntil > latest) {
      throw new PuenteError("BAD_REQUEST", "attorneys.errors.pausedUntil");
    }
  }
  await db.transaction(async (tx) => {
    const [profile] = await tx
      .select()
      .from(attorneyProfiles)
      .where(eq(attorneyProfiles.userId, actor.userId))
      .for("update");
    if (!profile) throw notFound();
    await tx
      .update(attorneyProfiles)
      .set({ accepting: input.accepting, pausedUntil: input.pausedUntil })
      .where(eq(attorneyProfiles.userId, actor.userId));
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "attorney.availability_changed",
      subjectType: "attorney",
      subjectId: actor.userId,
      details: {
        from: { accepting: profile.accepting, pausedUntil: profile.pausedUntil },
        to: { accepting: input.accepting, pausedUntil: input.pausedUntil },
      },
    });
  });
  return readOwnProfile(db, actor.userId);
}
