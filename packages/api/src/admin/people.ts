import type { SignedInActor } from "@puente/auth/actor";
import { asc, eq, ilike, or } from "drizzle-orm";
import type { Database } from "@puente/db";
import { platformRoles, users } from "@puente/db/schema";
import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { notFound, PuenteError } from "../errors";

export const peopleSearchInput = z.object({ query: z.string().trim().max(100).default("") });
export const setRolesInput = z.object({
  userId: z.uuid(),
  roles: z.array(z.enum(platformRoles)).max(platformRoles.length),
});

export async function searchPeople(db: Database, query: string) {
  const pattern = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      accountState: users.accountState,
      roles: users.roles,
    })
    .from(users)
    .where(query ? or(ilike(users.email, pattern), ilike(users.name, pattern)) : undefined)
    .orderBy(asc(users.email))
    .limit(25);
}

/** Role changes are an administrator's alone, never on themselves, always audited. */
export async function setRoles(db: Database, actor: SignedInActor, input: z.infer<typeof setRolesInput>) {
  if (input.userId === actor.userId) throw new PuenteError("FORBIDDEN", "errors.vetting.selfChange");
  const roles = [...new Set(input.roles)].sort();
  return db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, input.userId)).for("update");
    if (!user) throw notFound();
    await tx.update(users).set({ roles }).where(eq(users.id, input.userId));
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "user.roles_changed",
      subjectType: "user",
      subjectId: input.userId,
      details: { from: user.roles, to: roles },
    });
    return { id: user.id, name: user.name ?? user.email, roles };
  });
}
