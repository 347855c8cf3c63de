import type { Executor } from "../client";
import { addMember, createOrganization, createUser, slugify } from "./factories";
import { demoCities, demoKinds } from "./demo-places";

export const demoAccounts = {
  pending: "pending@demo.example.org",
  advocate: "advocate@demo.example.org",
  orgadmin: "orgadmin@demo.example.org",
  attorney: "attorney@demo.example.org",
  moderator: "moderator@demo.example.org",
  admin: "admin@demo.example.org",
} as const;

export const demoProgramName = "Casa Segura Atlanta";

/**
 * The deterministic demo: the same rows on every run, so the README, the e2e tests and a person
 * trying Puente all see the same network.
 */
export async function seedDemo(db: Executor) {
  const program = await createOrganization(db, {
    name: demoProgramName,
    kind: "dv_program",
    city: "Atlanta",
    state: "GA",
    description: "Shelter, hotline and legal advocacy for survivors of domestic violence.",
    website: "https://casasegura.example.org",
  });
  const national = await createOrganization(db, {
    name: "National Network for Immigrant Survivors",
    kind: "immigrant_rights",
    city: "Washington",
    state: "DC",
    national: true,
    description: "Connects advocates, hosts trainings and moderates the Puente network.",
  });

  const advocate = await createUser(db, { email: demoAccounts.advocate, name: "Ana Advocate" });
  const orgAdmin = await createUser(db, { email: demoAccounts.orgadmin, name: "Olga Orgadmin" });
  await addMember(db, program.id, advocate.id, "member");
  await addMember(db, program.id, orgAdmin.id, "admin");

  const moderator = await createUser(db, {
    email: demoAccounts.moderator,
    name: "Mona Moderator",
    roles: ["member", "moderator"],
  });
  await addMember(db, national.id, moderator.id, "admin");
  await createUser(db, {
    email: demoAccounts.admin,
    name: "Adam Admin",
    roles: ["member", "moderator", "admin"],
  });
  await createUser(db, {
    email: demoAccounts.attorney,
    name: "Alicia Attorney",
    preferredLanguage: "es",
    roles: ["member", "attorney"],
  });
  await createUser(db, {
    email: demoAccounts.pending,
    name: "Pablo Pending",
    accountState: "pending",
    application: "Advocate at a community health center in Fresno, CA.",
  });

  let index = 0;
  for (const { city, state } of demoCities) {
    for (let k = 0; k < 2; k++) {
      const { kind, pattern } = demoKinds[(index + k * 3) % demoKinds.length]!;
      const name = pattern.replace("{city}", city);
      // Every seventh organization is waiting for a moderator to verify it.
      const verificationState = index % 7 === 6 ? "unverified" : "verified";
      const organization = await createOrganization(db, {
        name,
        kind,
        city,
        state,
        verificationState,
      });
      const slug = slugify(name);
      const lead = await createUser(db, { email: `lead.${slug}@demo.example.org`, name: `Lead, ${name}` });
      const staff = await createUser(db, { email: `staff.${slug}@demo.example.org`, name: `Staff, ${name}` });
      await addMember(db, organization.id, lead.id, "admin");
      await addMember(db, organization.id, staff.id, "member");
      index++;
    }
  }

  for (let i = 1; i <= 3; i++) {
    await createUser(db, {
      email: `applicant${i}@demo.example.org`,
      name: `Applicant ${i}`,
      accountState: "pending",
      preferredLanguage: i % 2 ? "es" : "en",
      application: "Promotora with a community group; would like to join the network.",
    });
  }
}
