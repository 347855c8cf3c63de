import type { Executor } from "../client";
import { refreshSearchEntries } from "../directory/refresh-search-entries";
import { organizationMembers, users, type MembershipRole } from "../schema";
import { seedDemoAttorneys } from "./attorneys-demo";
import { seedDemoReferrals } from "./referrals-demo";
import { spineOrganizations } from "./demo-places";
import { demoNationalName, demoProgramName, seedDemoDirectory } from "./directory-demo";
import { bulkInsert } from "./bulk-insert";
import { slugify, userValues, type UserInput } from "./factories";
import { seededUuid } from "./random";
import { seedStrategyDemo } from "./strategy-demo";

export { demoProgramName };

export const demoAccounts = {
  pending: "pending@demo.example.org",
  advocate: "advocate@demo.example.org",
  orgadmin: "orgadmin@demo.example.org",
  attorney: "attorney@demo.example.org",
  moderator: "moderator@demo.example.org",
  admin: "admin@demo.example.org",
} as const;

interface DemoPerson extends UserInput {
  memberOf?: { organization: string; role: MembershipRole };
}

/** The demo's people, in the order they have always been created (the vetting queue shows it). */
function demoPeople(): DemoPerson[] {
  const people: DemoPerson[] = [
    {
      email: demoAccounts.advocate,
      name: "Ana Advocate",
      memberOf: { organization: demoProgramName, role: "member" },
    },
    {
      email: demoAccounts.orgadmin,
      name: "Olga Orgadmin",
      memberOf: { organization: demoProgramName, role: "admin" },
    },
    {
      email: demoAccounts.moderator,
      name: "Mona Moderator",
      roles: ["member", "moderator"],
      memberOf: { organization: demoNationalName, role: "admin" },
    },
    { email: demoAccounts.admin, name: "Adam Admin", roles: ["member", "moderator", "admin"] },
    {
      email: demoAccounts.attorney,
      name: "Alicia Attorney",
      preferredLanguage: "es",
      roles: ["member", "attorney"],
    },
    {
      email: demoAccounts.pending,
      name: "Pablo Pending",
      accountState: "pending",
      application: "Advocate at a community health center in Fresno, CA.",
    },
  ];
  for (const { name } of spineOrganizations()) {
    const slug = slugify(name);
    people.push(
      {
        email: `lead.${slug}@demo.example.org`,
        name: `Lead, ${name}`,
        memberOf: { organization: name, role: "admin" },
      },
      {
        email: `staff.${slug}@demo.example.org`,
        name: `Staff, ${name}`,
        memberOf: { organization: name, role: "member" },
      },
    );
  }
  for (let i = 1; i <= 3; i++) {
    people.push({
      email: `applicant${i}@demo.example.org`,
      name: `Applicant ${i}`,
      accountState: "pending",
      preferredLanguage: i % 2 ? "es" : "en",
      application: "Promotora with a community group; would like to join the network.",
    });
  }
  return people;
}

export interface SeedDemoOptions {
  /** The seeding moment; assured dates count back from it so "recent" stays recent. */
  now?: Date;
}

/**
 * The deterministic demo: the same rows on every run (ids included), so the README, the e2e
 * tests and a person trying Puente all see the same network. Only dates move with the day of
 * seeding. Written in bulk, in one transaction (a savepoint when the caller already has one).
 */
export async function seedDemo(db: Executor, options: SeedDemoOptions = {}) {
  const now = options.now ?? new Date();
  // Rows get distinct creation times in the order they were always created, all in the past.
  const createdAtBase = now.getTime() - 10 * 60 * 1000;
  await db.transaction(async (tx) => {
    const organizationIds = await seedDemoDirectory(tx, { now, createdAtBase });

    const people = demoPeople().map((person, i) => ({
      person,
      row: {
        ...userValues(person),
        id: seededUuid(`demo/user/${person.email}`),
        createdAt: new Date(createdAtBase + i),
        updatedAt: new Date(createdAtBase + i),
      },
    }));
    await bulkInsert(
      tx,
      users,
      people.map((p) => p.row),
    );
    await bulkInsert(
      tx,
      organizationMembers,
      people.flatMap(({ person, row }) => {
        if (!person.memberOf) return [];
        const organizationId = organizationIds.get(person.memberOf.organization);
        if (!organizationId)
          throw new Error(`The demo has no organization named ${person.memberOf.organization}`);
        return [{ organizationId, userId: row.id, role: person.memberOf.role }];
      }),
    );

    await seedDemoAttorneys(tx, { now, createdAtBase });
    await seedDemoReferrals(tx, { now });
    await seedStrategyDemo(tx, { now });
    await refreshSearchEntries(tx);
  });
}
