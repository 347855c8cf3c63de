import type { DatabaseHandle } from "@puente/db";
import { attorneyBarAdmissions, users } from "@puente/db/schema";
import { createUser, demoAccounts } from "@puente/db/seed";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorByEmail, auditRowsFor, callerFor, nobody, rejectionOf, seededDatabase } from "../testing/test-context";
import { application } from "../testing/attorney-fixture";

let handle: DatabaseHandle;
let counter = 0;

beforeAll(async () => {
  handle = await seededDatabase();
});

afterAll(async () => {
  await handle?.close();
});

const moderator = async () => callerFor(handle, await actorByEmail(handle.db, demoAccounts.moderator));

/** A person who applied; returns their id and the id of their one bar admission. */
async function applicant(accountState: "pending" | "active" = "active") {
  const user = await createUser(handle.db, { email: `applicant${++counter}@review.example.org`, name: `Applicant ${counter}`, accountState });
  await callerFor(handle, await actorByEmail(handle.db, user.email)).attorney.submitApplication(application(`RV-${counter}`));
  const [bar] = await handle.db.select().from(attorneyBarAdmissions).where(eq(attorneyBarAdmissions.attorneyId, user.id));
  return { userId: user.id, email: user.email, admissionId: bar!.id };
}

async function userRow(userId: string) {
  const [row] = await handle.db.select().from(users).where(eq(users.id, userId));
  return row!;
}

describe("reviewing applications", () => {
  it("the queue shows pending applications with bar numbers and contact to moderators", async () => {
    const { userId, email } = await applicant();
    const queue = await (await moderator()).attorney.applications();
    const entry = queue.find((a) => a.userId === userId);
    expect(entry).toMatchObject({ email, applicationState: "pending" });
    expect(entry!.barAdmissions[0]).toMatchObject({ number: `RV-${counter}`, verificationState: "pending" });
    // The demo's pending applicant waits there too; approved attorneys with nothing to check do not.
    expect(queue.some((a) => a.email === "attorney.applicant@demo.example.org")).toBe(true);
    expect(queue.some((a) => a.email === demoAccounts.attorney)).toBe(false);
  });

  it("approval needs a verified bar admission; then it grants the attorney role and activates a pending account, audited", async () => {
    const { userId, admissionId } = await applicant("pending");
    const mod = await moderator();
    const refused = await rejectionOf(mod.attorney.approve({ userId }));
    expect(refused).toMatchObject({ code: "CONFLICT", key: "attorneys.errors.noVerifiedBar" });
    expect((await userRow(userId)).roles).toEqual([]);

    // A rejected admission does not count either.
    await mod.attorney.rejectBarAdmission({ admissionId });
    expect(await rejectionOf(mod.attorney.approve({ userId }))).toMatchObject({ key: "attorneys.errors.noVerifiedBar" });

    expect(await mod.attorney.verifyBarAdmission({ admissionId })).toMatchObject({ verificationState: "verified" });
    expect(await mod.attorney.approve({ userId })).toMatchObject({ applicationState: "approved" });
    const user = await userRow(userId);
    expect(user.roles).toEqual(["attorney"]);
    expect(user.accountState).toBe("active");
    expect(await auditRowsFor(handle.db, userId, "attorney.approved")).toHaveLength(1);
    expect(await auditRowsFor(handle.db, admissionId)).toHaveLength(2);

    const again = await rejectionOf(mod.attorney.approve({ userId }));
    expect(again).toMatchObject({ code: "CONFLICT", key: "attorneys.errors.notPending" });
    // Now an attorney, they may set their availability.
    const actor = await actorByEmail(handle.db, (await userRow(userId)).email);
    expect(await callerFor(handle, actor).attorney.setAvailability({ accepting: false })).toMatchObject({ accepting: false });
  });

  it("rejecting records the reason and withdraws the role; editing the profile asks for review again", async () => {
    const { userId, admissionId, email } = await applicant();
    const mod = await moderator();
    await mod.attorney.verifyBarAdmission({ admissionId });
    await mod.attorney.approve({ userId });
    expect((await userRow(userId)).roles).toEqual(["member", "attorney"]);

    await mod.attorney.reject({ userId, reason: "Bar license suspended" });
    expect((await userRow(userId)).roles).toEqual(["member"]);
    const self = callerFor(handle, await actorByEmail(handle.db, email));
    expect(await self.attorney.mine()).toMatchObject({
      applicationState: "rejected",
      review: { rejectionReason: "Bar license suspended" },
    });
    expect((await auditRowsFor(handle.db, userId, "attorney.rejected"))[0]!.details).toMatchObject({
      from: "approved",
      reason: "Bar license suspended",
    });

    await self.attorney.updateProfile(application(`RV-${counter}`, { capacity: 2 }));
    expect(await self.attorney.mine()).toMatchObject({ applicationState: "pending", review: { rejectionReason: null } });
  });

  it("a moderator cannot review their own application, and unknown ids are not found", async () => {
    const actor = await actorByEmail(handle.db, demoAccounts.moderator);
    await callerFor(handle, actor).attorney.submitApplication(application("MOD-1"));
    const mod = await moderator();
    expect(await rejectionOf(mod.attorney.approve({ userId: actor.userId }))).toMatchObject({
      code: "FORBIDDEN",
      key: "attorneys.errors.selfReview",
    });
    const [bar] = await handle.db.select().from(attorneyBarAdmissions).where(eq(attorneyBarAdmissions.attorneyId, actor.userId));
    expect((await rejectionOf(mod.attorney.verifyBarAdmission({ admissionId: bar!.id }))).code).toBe("FORBIDDEN");
    expect((await rejectionOf(mod.attorney.approve({ userId: nobody() }))).code).toBe("NOT_FOUND");
    expect((await rejectionOf(mod.attorney.reject({ userId: nobody(), reason: "x" }))).code).toBe("NOT_FOUND");
  });
});
