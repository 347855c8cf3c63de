import { loadActor, type SignedInActor } from "@puente/auth/actor";
import { eq, type DatabaseHandle } from "@puente/db";
import { organizations } from "@puente/db/schema";
import { createUser } from "@puente/db/seed";
import { createTestDatabase } from "@puente/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDirectoryFixture } from "../testing/directory-fixture";
import { describeError } from "../describe-error";
import { auditRowsFor, callerFor, rejectionOf } from "../testing/test-context";

let handle: DatabaseHandle;
let fixture: Awaited<ReturnType<typeof seedDirectoryFixture>>;
let volunteer: SignedInActor;
let otherMember: SignedInActor;
let moderator: SignedInActor;
let refugeAdmin: SignedInActor;

const actor = async (id: string) => (await loadActor(handle.db, id)) as SignedInActor;
const descriptionOf = async (organizationId: string) =>
  (await handle.db.select().from(organizations).where(eq(organizations.id, organizationId)))[0]?.description;

beforeAll(async () => {
  handle = await createTestDatabase();
  fixture = await seedDirectoryFixture(handle.db);
  volunteer = await actor((await createUser(handle.db, { email: "Volunteer@Example.org", name: "Vera Volunteer" })).id);
  otherMember = await actor((await createUser(handle.db, { email: "other@example.org" })).id);
  moderator = await actor((await createUser(handle.db, { email: "mod@example.org", roles: ["member", "moderator"] })).id);
  await createUser(handle.db, { email: "pending@example.org", accountState: "pending" });
  refugeAdmin = await actor(fixture.refugeAdmin.id);
});

afterAll(async () => {
  await handle?.close();
});

describe("listing editors", () => {
  it("a member who is not an editor is refused and nothing changes", async () => {
    const before = await descriptionOf(fixture.refuge.id);
    const error = await rejectionOf(
      callerFor(handle, volunteer).directory.edit({ organizationId: fixture.refuge.id, description: "Not mine" }),
    );
    expect(error.code).toBe("FORBIDDEN");
    expect(describeError(error, "en").message).toMatch(/suggest an edit/);
    expect(await descriptionOf(fixture.refuge.id)).toBe(before);
    const listing = await callerFor(handle, volunteer).directory.byId({ organizationId: fixture.refuge.id });
    expect(listing.canEdit).toBe(false);
  });

  it("a moderator, who is offered the edit page, can save it", async () => {
    const listing = await callerFor(handle, moderator).directory.byId({ organizationId: fixture.refuge.id });
    expect(listing.canEdit).toBe(true);
    await callerFor(handle, moderator).directory.edit({ organizationId: fixture.refuge.id, description: "Checked by moderators." });
    expect(await descriptionOf(fixture.refuge.id)).toBe("Checked by moderators.");
  });

  it("an admin names an editor by email, who may then edit and read the history", async () => {
    await callerFor(handle, refugeAdmin).directory.addEditor({ organizationId: fixture.refuge.id, email: "volunteer@example.org" });
    const editors = await callerFor(handle, refugeAdmin).directory.editors({ organizationId: fixture.refuge.id });
    expect(editors).toEqual([expect.objectContaining({ userId: volunteer.userId, name: "Vera Volunteer" })]);

    const listing = await callerFor(handle, volunteer).directory.byId({ organizationId: fixture.refuge.id });
    expect(listing).toMatchObject({ canEdit: true, canManageEditors: false });
    await callerFor(handle, volunteer).directory.edit({ organizationId: fixture.refuge.id, description: "Kept current by Vera." });
    expect(await descriptionOf(fixture.refuge.id)).toBe("Kept current by Vera.");
    const history = await callerFor(handle, volunteer).directory.history({ organizationId: fixture.refuge.id });
    expect(history[0]).toMatchObject({ kind: "edited", actor: "Vera Volunteer" });
    expect(await auditRowsFor(handle.db, fixture.refuge.id, "listing.editor_added")).toHaveLength(1);
  });

  it("an editor edits only that listing and cannot name editors", async () => {
    const other = await rejectionOf(
      callerFor(handle, volunteer).directory.edit({ organizationId: fixture.houston.id, description: "Not this one" }),
    );
    expect(other.code).toBe("FORBIDDEN");
    const naming = await rejectionOf(
      callerFor(handle, volunteer).directory.addEditor({ organizationId: fixture.refuge.id, email: "other@example.org" }),
    );
    expect(naming.code).toBe("FORBIDDEN");
  });

  it("refuses unknown, pending and duplicate editors with a message naming the address", async () => {
    const add = (email: string) =>
      rejectionOf(callerFor(handle, refugeAdmin).directory.addEditor({ organizationId: fixture.refuge.id, email }));
    const unknown = await add("nobody@example.org");
    expect(unknown.code).toBe("BAD_REQUEST");
    expect(describeError(unknown, "en").message).toContain("nobody@example.org");
    expect((await add("pending@example.org")).code).toBe("BAD_REQUEST");
    const duplicate = await add("volunteer@example.org");
    expect(duplicate.code).toBe("CONFLICT");
    expect(await callerFor(handle, refugeAdmin).directory.editors({ organizationId: fixture.refuge.id })).toHaveLength(1);
  });

  it("a removed editor can no longer edit", async () => {
    await callerFor(handle, refugeAdmin).directory.removeEditor({ organizationId: fixture.refuge.id, userId: volunteer.userId });
    const error = await rejectionOf(
      callerFor(handle, volunteer).directory.edit({ organizationId: fixture.refuge.id, description: "Too late" }),
    );
    expect(error.code).toBe("FORBIDDEN");
    expect(await auditRowsFor(handle.db, fixture.refuge.id, "listing.editor_removed")).toHaveLength(1);
    const again = await rejectionOf(
      callerFor(handle, refugeAdmin).directory.removeEditor({ organizationId: fixture.refuge.id, userId: volunteer.userId }),
    );
    expect(again.code).toBe("NOT_FOUND");
  });

  it("says so in Spanish too", async () => {
    const error = await rejectionOf(
      callerFor(handle, otherMember).directory.edit({ organizationId: fixture.refuge.id, description: "x" }),
    );
    expect(describeError(error, "es").message).toMatch(/sugerir un cambio/);
  });
});
