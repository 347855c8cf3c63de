import { loadActor, type SignedInActor } from "@puente/auth/actor";
import type { Database } from "@puente/db";
import {
  groupMembers,
  groupModerators,
  strategyCategories,
  strategyGroups,
} from "@puente/db/schema";
import { createUser } from "@puente/db/seed";
import { ensureStrategyCategories } from "@puente/db/strategy";
import { eq } from "drizzle-orm";

/**
 * Strategy actors on a fresh database: a moderator (posts are published at once), a veteran member
 * (published once, so no longer reviewed), a newcomer, a coalition group with one member and one
 * group moderator, and an outsider who belongs to no group.
 */
export async function seedStrategyFixture(db: Database) {
  await ensureStrategyCategories(db);
  const actor = async (email: string, roles: ("member" | "moderator" | "admin")[] = ["member"]) =>
    (await loadActor(
      db,
      (await createUser(db, { email, name: email.split("@")[0]!, roles })).id,
    )) as SignedInActor;
  const moderator = await actor("mod@strategy.test", ["member", "moderator"]);
  const admin = await actor("admin@strategy.test", ["member", "moderator", "admin"]);
  const veteran = await actor("veteran@strategy.test");
  const newcomer = await actor("newcomer@strategy.test");
  const groupMember = await actor("coalition@strategy.test");
  const groupModerator = await actor("coalition-lead@strategy.test");
  const outsider = await actor("outsider@strategy.test");
  const [group] = await db.insert(strategyGroups).values({ name: "Georgia coalition" }).returning();
  await db.insert(groupMembers).values({ groupId: group!.id, userId: groupMember.userId });
  await db.insert(groupModerators).values({ groupId: group!.id, userId: groupModerator.userId });
  const category = async (slug: string) =>
    (await db.select().from(strategyCategories).where(eq(strategyCategories.slug, slug)))[0]!.id;
  return {
    moderator,
    admin,
    veteran,
    newcomer,
    groupMember,
    groupModerator,
    outsider,
    group: group!,
    lawEnforcement: await category("law-enforcement-meetings"),
    education: await category("community-education"),
  };
}
