import { invitations } from "@puente/db/schema";
import { demoAccounts } from "@puente/db/seed";
import { getTranslator } from "@puente/i18n";
import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { deliveredTo, inviteAndReadToken, mailTo, orgAdminCaller, useInvitationSuite } from "../testing/invitation-fixture";
import { actorByEmail, callOverHttp, contextFor, rejectionOf } from "../testing/test-context";

/** One waiting invitation per address and organization, even from several tabs at once. */
const mailDir = await vi.hoisted(async () => (await import("../testing/mail-dir")).useTemporaryMailDir("invitation-duplicates"));
const suite = useInvitationSuite(mailDir);

const es = getTranslator("es");

describe("duplicate invitations", () => {
  it("refuses a second invitation while one is waiting, and one for an existing member", async () => {
    await inviteAndReadToken(suite, "only-once@example.org");
    const admin = await orgAdminCaller(suite);
    const duplicate = await rejectionOf(
      admin.organization.invite({ organizationId: suite.programId, email: "Only-Once@example.org", role: "member" }),
    );
    expect(duplicate).toMatchObject({ code: "CONFLICT", key: "errors.invitation.alreadyInvited" });
    expect(await mailTo("only-once@example.org")).toHaveLength(1);

    const member = await rejectionOf(
      admin.organization.invite({ organizationId: suite.programId, email: demoAccounts.advocate, role: "member" }),
    );
    expect(member).toMatchObject({ code: "CONFLICT", key: "errors.invitation.alreadyMember" });

    const actor = await actorByEmail(suite.handle.db, demoAccounts.orgadmin);
    const wire = await callOverHttp(
      contextFor(suite.handle, actor, { locale: "es" }),
      "organization.invite",
      { organizationId: suite.programId, email: "only-once@example.org" },
      "mutation",
    );
    expect(wire.ok || wire.error.message).toBe(es("errors.invitation.alreadyInvited", { email: "only-once@example.org" }));
  });

  it("the same address invited from several tabs at once is invited once (a race on PostgreSQL's pool)", async () => {
    const admin = await orgAdminCaller(suite);
    for (let round = 0; round < 5; round++) {
      const email = `many-tabs-${round}@example.org`;
      const results = await Promise.allSettled(
        [1, 2, 3, 4].map(() => admin.organization.invite({ organizationId: suite.programId, email, role: "member" })),
      );
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      for (const r of results.filter((r) => r.status === "rejected")) {
        expect((r as PromiseRejectedResult).reason).toMatchObject({ message: "errors.invitation.alreadyInvited" });
      }
      expect(await suite.handle.db.select().from(invitations).where(eq(invitations.email, email))).toHaveLength(1);
      expect(await deliveredTo(email)).toHaveLength(1);
    }
  });

});
