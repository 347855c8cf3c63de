import { asc, eq } from "drizzle-orm";
import type { Database } from "@puente/db";
import { organizations, users } from "@puente/db/schema";

/** People waiting for approval and organizations waiting for verification, oldest first. */
export async function vettingQueue(db: Database) {
  const people = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      application: users.application,
      preferredLanguage: users.preferredLanguage,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.accountState, "pending"))
    .orderBy(asc(users.createdAt), asc(users.email));
  const orgs = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      kind: organizations.kind,
      city: organizations.city,
      state: organizations.state,
      website: organizations.website,
      createdAt: organizations.createdAt,
    })
    .from(organizations)
    .where(eq(organizations.verificationState, "unverified"))
    .orderBy(asc(organizations.createdAt), asc(organizations.name));
  return { people, organizations: orgs };
}
