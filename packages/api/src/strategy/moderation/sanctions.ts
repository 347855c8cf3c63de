import type { SignedInActor } from "@puente/auth/actor";
import { queryRows, type Database } from "@puente/db";
import { memberSanctions, strategyNotifications, users } from "@puente/db/schema";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { notFound, PuenteError } from "../../errors";
import { decideOnPerson } from "../../vetting/decisions";
import { logModeration } from "./log";
import { reason } from "./review";
import { assertModerator, moderationScope, scopeCondition, type ModerationScope } from "./scope";

export const MAX_SILENCE_DAYS = 90;

export const sanctionInput = z
  .object({
    userId: z.uuid(),
    kind: z.enum(["warn", "silence", "suspend"], { error: "errors.validation.choice" }),
    /** Silence only: how long the member may not post. */
    days: z.number().int().min(1).max(MAX_SILENCE_DAYS).optional(),
    reason: reason.min(1, { error: "strategyModeration.errors.reasonRequired" }),
  })
  .refine((s) => s.kind !== "silence" || s.days !== undefined, {
    error: "strategyModeration.errors.daysRequired",
    path: ["days"],
  });
export const liftInput = z.object({ sanctionId: z.uuid(), reason: reason.default("") });
export const memberInput = z.object({ userId: z.uuid() });

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

/**
 * Whom a moderator may sanction: national moderators anyone who is not themselves (only an admin
 * sanctions a moderator or admin); a category or group moderator only members who have posted in
 * their scope, for warnings and silences. Suspension is an account state (vetting), so it stays
 * with national moderators.
 */
async function assertMaySanction(tx: Tx, actor: SignedInActor, scope: ModerationScope, target: typeof users.$inferSelect, kind: string) {
  if (target.id === actor.userId) throw new PuenteError("FORBIDDEN", "errors.vetting.selfChange");
  const targetModerates = target.roles.includes("moderator") || target.roles.includes("admin");
  if (targetModerates && !actor.roles.includes("admin")) throw new PuenteError("FORBIDDEN", "errors.forbidden");
  if (scope.national) return;
  if (kind === "suspend") throw new PuenteError("FORBIDDEN", "strategyModeration.errors.nationalOnly");
  const posted = await queryRows<{ one: number }>(
    tx,
    sql`SELECT 1::int AS one FROM strategy_posts p JOIN strategy_threads t ON t.id = p.thread_id
        WHERE p.author_id = ${target.id} AND ${scopeCondition(scope)} LIMIT 1`,
  );
  if (posted.length === 0) throw new PuenteError("FORBIDDEN", "strategyModeration.errors.outOfScope");
}

/**
 * Warn, silence for `days`, or suspend a member. A suspension also moves the account to
 * "suspended" through the vetting state machine (which ends the member's sessions at once);
 * the sanction, the account change, the log and audit rows and the member's notification are
 * one transaction.
 */
export async function sanctionMember(db: Database, actor: SignedInActor, input: z.infer<typeof sanctionInput>) {
  return db.transaction(async (tx) => {
    const scope = await moderationScope(tx, actor);
    assertModerator(scope);
    const [target] = await tx.select().from(users).where(eq(users.id, input.userId)).for("update");
    if (!target) throw notFound();
    await assertMaySanction(tx, actor, scope, target, input.kind);
    const until = input.kind === "silence" ? new Date(Date.now() + input.days! * 86_400_000) : null;
    // A savepoint inside this transaction: the account change rolls back with the sanction.
    if (input.kind === "suspend") await decideOnPerson(tx as unknown as Database, actor, target.id, "suspend");
    const [sanction] = await tx
      .insert(memberSanctions)
      .values({ userId: target.id, kind: input.kind, until, reason: input.reason, moderatorId: actor.userId })
      .returning();
    await logModeration(tx, {
      moderatorId: actor.userId,
      action: input.kind,
      targetKind: "user",
      targetId: target.id,
      reason: input.reason,
      details: { sanctionId: sanction!.id, until: until?.toISOString() ?? null },
    });
    await tx.insert(strategyNotifications).values({ userId: target.id, kind: "sanction", actorId: actor.userId });
    return { id: sanction!.id, kind: input.kind, until };
  });
}

/** Ends a silence or suspension early (a lifted suspension reinstates the account). */
export async function liftSanction(db: Database, actor: SignedInActor, input: z.infer<typeof liftInput>) {
  return db.transaction(async (tx) => {
    const [sanction] = await tx.select().from(memberSanctions).where(eq(memberSanctions.id, input.sanctionId)).for("update");
    if (!sanction) throw notFound();
    if (sanction.liftedAt) throw new PuenteError("CONFLICT", "strategyModeration.errors.alreadyLifted");
    const scope = await moderationScope(tx, actor);
    assertModerator(scope);
    const [target] = await tx.select().from(users).where(eq(users.id, sanction.userId));
    await assertMaySanction(tx, actor, scope, target!, sanction.kind);
    if (sanction.kind === "suspend" && target!.accountState === "suspended") {
      await decideOnPerson(tx as unknown as Database, actor, target!.id, "reinstate");
    }
    await tx.update(memberSanctions).set({ liftedAt: new Date() }).where(eq(memberSanctions.id, sanction.id));
    await logModeration(tx, {
      moderatorId: actor.userId,
      action: "lift_sanction",
      targetKind: "user",
      targetId: sanction.userId,
      reason: input.reason,
      details: { sanctionId: sanction.id, kind: sanction.kind },
    });
    return { id: sanction.id, lifted: true };
  });
}

/** A member's sanctions, newest first, for the moderator deciding on the next one. */
export async function sanctionsOf(db: Database, actor: SignedInActor, userId: string) {
  assertModerator(await moderationScope(db, actor));
  return db
    .select({
      id: memberSanctions.id,
      kind: memberSanctions.kind,
      until: memberSanctions.until,
      reason: memberSanctions.reason,
      liftedAt: memberSanctions.liftedAt,
      createdAt: memberSanctions.createdAt,
    })
    .from(memberSanctions)
    .where(eq(memberSanctions.userId, userId))
    .orderBy(desc(memberSanctions.createdAt))
    .limit(50);
}

/** The member's own standing: an active silence or the latest warning, with the reason. */
export async function myStanding(db: Database, actor: SignedInActor) {
  const rows = await db
    .select({ kind: memberSanctions.kind, until: memberSanctions.until, reason: memberSanctions.reason, createdAt: memberSanctions.createdAt })
    .from(memberSanctions)
    .where(and(eq(memberSanctions.userId, actor.userId), isNull(memberSanctions.liftedAt)))
    .orderBy(desc(memberSanctions.createdAt))
    .limit(10);
  const now = Date.now();
  return rows.filter((r) => r.kind === "warn" || !r.until || r.until.getTime() > now);
}

