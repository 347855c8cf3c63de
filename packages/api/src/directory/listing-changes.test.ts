import { loadActor, type SignedInActor } from "@puente/auth/actor";
import { eq, type DatabaseHandle } from "@puente/db";
import { directorySearchEntries, listingHistory, organizations } from "@puente/db/schema";
import { createUser } from "@puente/db/seed";
import { createTestDatabase } from "@puente/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDirectoryFixture } from "../testing/directory-fixture";
import { callerFor, rejectionOf } from "../testing/test-context";

let handle: DatabaseHandle;
let fixture: Awaited<ReturnType<typeof seedDirectoryFixture>>;
let member: SignedInActor;
let moderator: SignedInActor;
let refugeAdmin: SignedInActor;

const actor = async (id: string) => (await loadActor(handle.db, id)) as SignedInActor;

beforeAll(async () => {
  handle = await createTestDatabase();
  fixture = await seedDirectoryFixture(handle.db);
  member = await actor((await createUser(handle.db, { email: "suggester@example.org", name: "Sam Suggester" })).id);
  moderator = await actor((await createUser(handle.db, { email: "mod@example.org", roles: ["member", "moderator"] })).id);
  refugeAdmin = await actor(fixture.refugeAdmin.id);
});

afterAll(async () => {
  await handle?.close();
});

describe("organization admins edit their listing", () => {
  it("saves, records the diff in the history and refreshes search in the same write", async () => {
    await callerFor(handle, refugeAdmin).directory.edit({
      organizationId: fixture.refuge.id,
      description: "Bilingual shelter and legal advocacy.",
      acceptsReferrals: true,
    });
    const [org] = await handle.db.select().from(organizations).where(eq(organizations.id, fixture.refuge.id));
    expect(org?.description).toBe("Bilingual shelter and legal advocacy.");
    const history = await callerFor(handle, refugeAdmin).directory.history({ organizationId: fixture.refuge.id });
    expect(history[0]).toMatchObject({ kind: "edited", diff: { acceptsReferrals: { from: false, to: true } } });
    const [entry] = await handle.db
      .select()
      .from(directorySearchEntries)
      .where(eq(directorySearchEntries.organizationId, fixture.refuge.id));
    expect(entry?.acceptsReferrals).toBe(true);
  });

  it("refuses an edit that changes nothing, and another organization's admin", async () => {
    const same = await rejectionOf(
      callerFor(handle, refugeAdmin).directory.edit({ organizationId: fixture.refuge.id, acceptsReferrals: true }),
    );
    expect((same as { key?: string }).key).toBe("errors.directory.noChanges");
    const other = await rejectionOf(
      callerFor(handle, refugeAdmin).directory.edit({ organizationId: fixture.houston.id, acceptsReferrals: true }),
    );
    expect(other.code).toBe("FORBIDDEN");
  });

  it("refuses an invalid website with a field error", async () => {
    const error = await rejectionOf(
      callerFor(handle, refugeAdmin).directory.edit({ organizationId: fixture.refuge.id, website: "not a url" }),
    );
    expect(error.code).toBe("BAD_REQUEST");
  });

  it("keeps the history from people who may not edit", async () => {
    const error = await rejectionOf(callerFor(handle, member).directory.history({ organizationId: fixture.refuge.id }));
    expect(error.code).toBe("FORBIDDEN");
  });
});

describe("members suggest, moderators review", () => {
  it("a suggestion waits as a diff and changes the listing only when accepted", async () => {
    const { id } = await callerFor(handle, member).directory.suggest({
      organizationId: fixture.houston.id,
      changes: { website: "https://houston-clinic.example.org" },
      note: "Their new site",
    });
    const [before] = await handle.db.select().from(organizations).where(eq(organizations.id, fixture.houston.id));
    expect(before?.website).toBeNull();
    const pending = await callerFor(handle, moderator).directory.suggestions();
    const mine = pending.find((s) => s.id === id);
    expect(mine?.diff).toEqual({ website: { from: null, to: "https://houston-clinic.example.org" } });
    await callerFor(handle, moderator).directory.acceptSuggestion({ suggestionId: id });
    const [after] = await handle.db.select().from(organizations).where(eq(organizations.id, fixture.houston.id));
    expect(after?.website).toBe("https://houston-clinic.example.org");
    const history = await handle.db.select().from(listingHistory).where(eq(listingHistory.organizationId, fixture.houston.id));
    expect(history.map((h) => h.kind)).toContain("suggestion_accepted");
    const again = await rejectionOf(callerFor(handle, moderator).directory.acceptSuggestion({ suggestionId: id }));
    expect((again as { key?: string }).key).toBe("errors.directory.alreadyReviewed");
  });

  it("a rejected suggestion needs a reason and leaves the listing alone", async () => {
    const { id } = await callerFor(handle, member).directory.suggest({
      organizationId: fixture.county.id,
      changes: { email: "wrong@example.org" },
    });
    const noReason = await rejectionOf(
      callerFor(handle, moderator).directory.rejectSuggestion({ suggestionId: id, reason: "" }),
    );
    expect(noReason.code).toBe("BAD_REQUEST");
    await callerFor(handle, moderator).directory.rejectSuggestion({ suggestionId: id, reason: "Not their address" });
    const [org] = await handle.db.select().from(organizations).where(eq(organizations.id, fixture.county.id));
    expect(org?.email).toBeNull();
    const pending = await callerFor(handle, moderator).directory.suggestions();
    expect(pending.map((s) => s.id)).not.toContain(id);
  });

  it("a suggestion identical to the listing is refused", async () => {
    const error = await rejectionOf(
      callerFor(handle, member).directory.suggest({ organizationId: fixture.county.id, changes: { acceptsReferrals: false } }),
    );
    expect((error as { key?: string }).key).toBe("errors.directory.noChanges");
  });
});

describe("verification and stale listings", () => {
  it("lists never-verified listings as stale until a moderator verifies them", async () => {
    await handle.db.update(organizations).set({ assuredDate: null }).where(eq(organizations.id, fixture.national.id));
    const stale = await callerFor(handle, moderator).directory.stale();
    expect(stale.map((o) => o.id)).toContain(fixture.national.id);
    const { assuredDate } = await callerFor(handle, moderator).directory.verify({ organizationId: fixture.national.id });
    expect(assuredDate).toBe(new Date().toISOString().slice(0, 10));
    const after = await callerFor(handle, moderator).directory.stale();
    expect(after.map((o) => o.id)).not.toContain(fixture.national.id);
    const listing = await callerFor(handle).directory.byId({ organizationId: fixture.national.id });
    expect(listing.organization).toMatchObject({ verified: true, stale: false, assuredDate });
  });

  it("an organization verified 13 months ago is stale", async () => {
    const old = new Date();
    old.setUTCMonth(old.getUTCMonth() - 13);
    await handle.db
      .update(organizations)
      .set({ assuredDate: old.toISOString().slice(0, 10) })
      .where(eq(organizations.id, fixture.statewide.id));
    const listing = await callerFor(handle).directory.byId({ organizationId: fixture.statewide.id });
    expect(listing.organization.stale).toBe(true);
  });
});
