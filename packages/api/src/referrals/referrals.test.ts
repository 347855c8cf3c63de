import type { SignedInActor } from "@puente/auth/actor";
import { eq, sql } from "@puente/db";
import { referralCaseTypes, referralConsents, referralEvents, referrals } from "@puente/db/schema";
import { demoAccounts, demoProgramName } from "@puente/db/seed";
import { listStoredMail } from "@puente/email";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createAttorney, offeredReferral, referralInput, useReferralSuite } from "../testing/referral-fixture";
import {
  actorByEmail,
  auditRowsFor,
  callerFor,
  callOverHttp,
  contextFor,
  rejectionOf,
} from "../testing/test-context";

const mailDir = await vi.hoisted(async () => (await import("../testing/mail-dir")).useTemporaryMailDir("referrals"));
// Jobs are queued but not worked here: the queue tests run them.
const suite = useReferralSuite({ mailDir, work: false });
let outsider: SignedInActor;
let moderator: SignedInActor;
let lawyer: SignedInActor;
let otherLawyer: SignedInActor;

beforeAll(async () => {
  const db = suite.handle.db;
  moderator = await actorByEmail(db, demoAccounts.moderator);
  outsider = await actorByEmail(db, demoAccounts.admin);
  lawyer = await createAttorney(db, {
    email: "lawyer.one@example.org",
    name: "Lena Lawyer",
    language: "es",
    caseTypes: ["u_visa", "vawa_self_petition"],
    languages: [{ code: "es", proficiency: "native" }],
    regions: [{ state: "WY", countyFips: "56021" }],
  });
  otherLawyer = await createAttorney(db, {
    email: "lawyer.two@example.org",
    caseTypes: ["u_visa"],
    remote: true,
  });
});

const countReferrals = async () =>
  (await suite.handle.db.select({ n: sql<number>`count(*)::int` }).from(referrals))[0]!.n;

describe("creating a referral", () => {
  it("stores referral, case types, consent, timeline and audit together, with a reference code and no name", async () => {
    const created = await callerFor(suite.handle, suite.advocate).referral.create(referralInput(suite.programId, { caseTypes: ["u_visa", "t_visa"] }));
    expect(created.referenceCode).toMatch(/^PR-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(created.status).toBe("open");
    const types = await suite.handle.db.select().from(referralCaseTypes).where(eq(referralCaseTypes.referralId, created.id));
    expect(types.map((t) => t.caseType).sort()).toEqual(["t_visa", "u_visa"]);
    const [consent] = await suite.handle.db.select().from(referralConsents).where(eq(referralConsents.referralId, created.id));
    expect(consent).toMatchObject({ givenOn: "2026-01-05", scope: "share_with_matched_attorneys", revokedAt: null });
    const events = await suite.handle.db.select().from(referralEvents).where(eq(referralEvents.referralId, created.id));
    expect(events.map((e) => e.kind).sort()).toEqual(["created", "opened"]);
    expect(await auditRowsFor(suite.handle.db, created.id, "referral.created")).toHaveLength(1);
  });

  it("refuses a referral without consent, translated, and saves nothing", async () => {
    const before = await countReferrals();
    const result = await callOverHttp(
      contextFor(suite.handle, suite.advocate, { locale: "es" }),
      "referral.create",
      referralInput(suite.programId, { consent: undefined }),
      "mutation",
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.status).toBe(400);
    expect(result.error.message).toContain("consentimiento");
    expect(await countReferrals()).toBe(before);
  });

  it("refuses a summary with a phone number, saying what and where, and saves nothing", async () => {
    const before = await countReferrals();
    const result = await callOverHttp(
      contextFor(suite.handle, suite.advocate),
      "referral.create",
      referralInput(suite.programId, { summary: "Call her at 404-555-0123 after six." }),
      "mutation",
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.status).toBe(400);
    expect(Object.keys(result.error.data.fieldErrors ?? {})).toContain("summary");
    expect(await countReferrals()).toBe(before);
  });

  it("refuses unknown case types, states and counties outside the state", async () => {
    const caller = callerFor(suite.handle, suite.advocate);
    const before = await countReferrals();
    for (const bad of [
      { caseTypes: ["space_law"] },
      { caseTypes: [] },
      { stateCode: "XX" },
      { stateCode: "GA", countyFips: "56021" },
      { countyFips: "99999" },
    ]) {
      const error = await rejectionOf(caller.referral.create({ ...referralInput(suite.programId), ...bad } as never));
      expect(error.code, JSON.stringify(bad)).toBe("BAD_REQUEST");
    }
    expect(await countReferrals()).toBe(before);
  });

  it("refuses expired consent and consent dated in the future", async () => {
    const caller = callerFor(suite.handle, suite.advocate);
    const expired = await rejectionOf(
      caller.referral.create(referralInput(suite.programId, { consent: { givenOn: "2025-01-01", scope: "share_with_one_attorney", expiresOn: "2025-02-01" } })),
    );
    expect(expired.message).toBe("referrals.errors.consentExpired");
    const future = await rejectionOf(
      caller.referral.create(referralInput(suite.programId, { consent: { givenOn: "2999-01-01", scope: "share_with_one_attorney" } })),
    );
    expect(future.message).toBe("referrals.errors.consentInFuture");
  });

  it("refuses people outside the organization", async () => {
    const error = await rejectionOf(callerFor(suite.handle, outsider).referral.create(referralInput(suite.programId)));
    expect(error.code).toBe("FORBIDDEN");
  });
});

describe("parties only", () => {
  it("shows details to the organization and to the offered attorney, NOT_FOUND to everyone else, and audits each read", async () => {
    const { id, version } = await callerFor(suite.handle, suite.advocate).referral.create(referralInput(suite.programId));
    // Before any offer the attorney is not a party.
    expect((await rejectionOf(callerFor(suite.handle, lawyer).referral.byId({ referralId: id }))).code).toBe("NOT_FOUND");
    await callerFor(suite.handle, suite.advocate).referral.offer({ referralId: id, expectedVersion: version, attorneyId: lawyer.userId, downTheList: false });

    const forOrganization = await callerFor(suite.handle, suite.advocate).referral.byId({ referralId: id });
    expect(forOrganization.summary).toContain("U visa");
    expect(forOrganization.side).toBe("organization");
    const forLawyer = await callerFor(suite.handle, lawyer).referral.byId({ referralId: id });
    expect(forLawyer.side).toBe("attorney");
    expect(forLawyer.myLiveOfferId).not.toBeNull();
    expect(forLawyer.consent).toBeNull();

    for (const stranger of [outsider, moderator, otherLawyer]) {
      const result = await callOverHttp(contextFor(suite.handle, stranger), "referral.byId", { referralId: id });
      expect(result.ok).toBe(false);
      expect(result.raw).not.toContain("U visa certification");
      expect(result.status).toBe(404);
    }
    const reads = await auditRowsFor(suite.handle.db, id, "referral.details_read");
    expect(reads.map((r) => r.actorId).sort()).toEqual([suite.advocate.userId, lawyer.userId].sort());
  });

  it("gives moderators counts and statuses, never summaries", async () => {
    const result = await callOverHttp(contextFor(suite.handle, moderator), "referral.networkTotals", undefined);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.raw).not.toContain("U visa certification");
    const totals = result.data as { total: number; byStatus: { key: string; count: number }[] };
    expect(totals.total).toBeGreaterThan(0);
  });
});

describe("lifecycle", () => {
  async function offered() {
    const { referralId, offerId, version } = await offeredReferral(suite, lawyer);
    return { id: referralId, offerId, version };
  }

  it("walks draft → open → offered → accepted → in progress → closed, recording every step with its actor", async () => {
    const draft = await callerFor(suite.handle, suite.advocate).referral.create(referralInput(suite.programId, { open: false }));
    expect(draft.status).toBe("draft");
    const opened = await callerFor(suite.handle, suite.advocate).referral.open({ referralId: draft.id, expectedVersion: draft.version });
    const offer = await callerFor(suite.handle, suite.advocate).referral.offer({
      referralId: draft.id,
      expectedVersion: opened.version,
      attorneyId: lawyer.userId,
      downTheList: false,
    });
    const accepted = await callerFor(suite.handle, lawyer).referral.accept({ offerId: offer.offerId, conflictCheckConfirmed: true });
    expect(accepted.status).toBe("accepted");
    const started = await callerFor(suite.handle, lawyer).referral.start({ referralId: draft.id, expectedVersion: accepted.version });
    const closed = await callerFor(suite.handle, lawyer).referral.close({
      referralId: draft.id,
      expectedVersion: started.version,
      outcome: "represented_or_filed",
    });
    expect(closed.status).toBe("closed");
    const details = await callerFor(suite.handle, suite.advocate).referral.byId({ referralId: draft.id });
    expect(details.outcome).toBe("represented_or_filed");
    expect(details.timeline.map((e) => [e.kind, e.from, e.to])).toEqual([
      ["created", null, "draft"],
      ["opened", "draft", "open"],
      ["offered", "open", "offered"],
      ["offer_accepted", "offered", "accepted"],
      ["started", "accepted", "in_progress"],
      ["closed", "in_progress", "closed"],
    ]);
    expect(details.timeline.map((e) => e.actorName)).toEqual(["Ana Advocate", "Ana Advocate", "Ana Advocate", "Lena Lawyer", "Lena Lawyer", "Lena Lawyer"]);
  });

  it("refuses an illegal transition with a clear, translated 409", async () => {
    const draft = await callerFor(suite.handle, suite.advocate).referral.create(referralInput(suite.programId, { open: false }));
    const result = await callOverHttp(
      contextFor(suite.handle, suite.advocate),
      "referral.close",
      { referralId: draft.id, expectedVersion: draft.version, outcome: "advice_only" },
      "mutation",
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.status).toBe(409);
    expect(result.error.message).toContain("cannot become");
  });

  it("does not act twice on a stale double submit", async () => {
    const created = await callerFor(suite.handle, suite.advocate).referral.create(referralInput(suite.programId));
    const input = { referralId: created.id, expectedVersion: created.version, attorneyId: lawyer.userId, downTheList: false };
    await callerFor(suite.handle, suite.advocate).referral.offer(input);
    const again = await rejectionOf(callerFor(suite.handle, suite.advocate).referral.offer(input));
    expect(again.code).toBe("CONFLICT");
    expect(again.message).toBe("referrals.errors.stale");
    const events = await suite.handle.db.select().from(referralEvents).where(eq(referralEvents.referralId, created.id));
    expect(events.filter((e) => e.kind === "offered")).toHaveLength(1);
  });

  it("declines with a reason and reopens; a declined offer cannot then be accepted", async () => {
    const { id, offerId } = await offered();
    await callerFor(suite.handle, lawyer).referral.decline({ offerId, reason: "conflict" });
    const details = await callerFor(suite.handle, suite.advocate).referral.byId({ referralId: id });
    expect(details.status).toBe("open");
    expect(details.offers[0]).toMatchObject({ state: "declined", declineReason: "conflict" });
    const error = await rejectionOf(callerFor(suite.handle, lawyer).referral.accept({ offerId, conflictCheckConfirmed: true }));
    expect(error.message).toBe("referrals.errors.offerAlreadyDeclined");
  });

  it("requires the conflict check before accepting", async () => {
    const { offerId } = await offered();
    const error = await rejectionOf(callerFor(suite.handle, lawyer).referral.accept({ offerId, conflictCheckConfirmed: false } as never));
    expect(error.code).toBe("BAD_REQUEST");
  });

  it("says so when an expired offer is accepted", async () => {
    const { offerId } = await offered();
    await suite.handle.db.execute(sql`update referral_offers set offered_at = now() - interval '3 days', expires_at = now() - interval '1 minute' where id = ${offerId}::uuid`);
    const error = await rejectionOf(callerFor(suite.handle, lawyer).referral.accept({ offerId, conflictCheckConfirmed: true }));
    expect(error.message).toBe("referrals.errors.offerExpired");
  });

  it("withdraws a referral with its live offer; revoking consent withdraws too", async () => {
    const { id, version } = await offered();
    const withdrawn = await callerFor(suite.handle, suite.advocate).referral.withdraw({ referralId: id, expectedVersion: version });
    expect(withdrawn.status).toBe("withdrawn");
    expect((await rejectionOf(callerFor(suite.handle, lawyer).referral.byId({ referralId: id }))).code).toBe("NOT_FOUND");

    const second = await callerFor(suite.handle, suite.advocate).referral.create(referralInput(suite.programId));
    const revoked = await callerFor(suite.handle, suite.advocate).referral.revokeConsent({ referralId: second.id, expectedVersion: second.version });
    expect(revoked.status).toBe("withdrawn");
    const [consent] = await suite.handle.db.select().from(referralConsents).where(eq(referralConsents.referralId, second.id));
    expect(consent!.revokedAt).not.toBeNull();
  });
});

describe("messages, hours and emails", () => {
  it("keeps a private thread, refuses identifying text, logs hours, and emails links without case details", async () => {
    const offer = await offeredReferral(suite, lawyer, { summary: "UNIQUE-SUMMARY-MARKER needs advice on a VAWA self-petition." });
    const created = { id: offer.referralId };
    await callerFor(suite.handle, lawyer).referral.accept({ offerId: offer.offerId, conflictCheckConfirmed: true });
    await callerFor(suite.handle, suite.advocate).referral.postMessage({ referralId: created.id, body: "UNIQUE-MESSAGE-MARKER: intake is complete." });
    await callerFor(suite.handle, lawyer).referral.postMessage({ referralId: created.id, body: "Thanks, I will review the file this week." });
    const refused = await rejectionOf(
      callerFor(suite.handle, lawyer).referral.postMessage({ referralId: created.id, body: "Her email is maria.lopez@example.com" }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    // A refused message or hours entry names its field, so the form shows the message beside it.
    const refusedOverHttp = await callOverHttp(
      contextFor(suite.handle, lawyer),
      "referral.postMessage",
      { referralId: created.id, body: "Call her at 404-555-0123." },
      "mutation",
    );
    expect(refusedOverHttp.ok || Object.keys(refusedOverHttp.error.data.fieldErrors ?? {})).toEqual(["body"]);
    const future = await callOverHttp(
      contextFor(suite.handle, lawyer),
      "referral.logHours",
      { referralId: created.id, workedOn: "2999-01-01", hours: 1 },
      "mutation",
    );
    expect(future.ok || future.error.data.fieldErrors).toEqual({ workedOn: future.ok ? "" : future.error.message });
    await callerFor(suite.handle, lawyer).referral.logHours({ referralId: created.id, workedOn: "2026-01-10", hours: 2.5, note: "Consultation" });
    const advocateHours = await rejectionOf(
      callerFor(suite.handle, suite.advocate).referral.logHours({ referralId: created.id, workedOn: "2026-01-10", hours: 1 }),
    );
    expect(advocateHours.code).toBe("FORBIDDEN");

    const details = await callerFor(suite.handle, lawyer).referral.byId({ referralId: created.id });
    expect(details.messages.map((m) => m.body)).toHaveLength(2);
    expect(details.hours).toEqual([expect.objectContaining({ hours: "2.50", workedOn: "2026-01-10" })]);
    expect(details.advocate?.name).toBe("Ana Advocate");

    const jobs = await suite.queue.boss.findJobs("email.send");
    const mails = jobs.map((j) => j.data as { to: string; subject: string; text: string; html: string; language: string });
    const lawyerMails = mails.filter((m) => m.to === "lawyer.one@example.org");
    expect(lawyerMails.some((m) => m.language === "es" && m.text.includes(`/es/referrals/${created.id}`))).toBe(true);
    const advocateMails = mails.filter((m) => m.to === demoAccounts.advocate && m.text.includes(created.id));
    expect(advocateMails.map((m) => m.subject)).toEqual(expect.arrayContaining(["Your referral was accepted", "New message about a referral"]));
    for (const mail of mails) {
      expect(mail.text + mail.html).not.toContain("UNIQUE-SUMMARY-MARKER");
      expect(mail.text + mail.html).not.toContain("UNIQUE-MESSAGE-MARKER");
      expect(mail.text + mail.html).not.toContain("VAWA");
    }
    // Nothing was sent through the transport: this test only queues.
    expect(await listStoredMail()).toEqual([]);
  });
});

describe("hours export", () => {
  it("exports an organization's hours to its members and admins, an attorney's own to them, and audits it", async () => {
    const offer = await offeredReferral(suite, lawyer);
    const created = { id: offer.referralId, referenceCode: offer.referenceCode };
    await callerFor(suite.handle, lawyer).referral.accept({ offerId: offer.offerId, conflictCheckConfirmed: true });
    await callerFor(suite.handle, lawyer).referral.logHours({ referralId: created.id, workedOn: "2026-01-11", hours: 0.75, note: "=HYPERLINK(1)" });

    const csv = await callerFor(suite.handle, suite.advocate).referral.hoursCsv({ organizationId: suite.programId });
    expect(csv.split("\r\n")[0]).toBe('"Reference","Organization","Attorney","Date","Hours","Note"');
    expect(csv).toContain(`"${created.referenceCode}","${demoProgramName}","Lena Lawyer","2026-01-11","0.75","'=HYPERLINK(1)"`);
    expect(await callerFor(suite.handle, lawyer).referral.hoursCsv({})).toContain(created.referenceCode);
    expect(await callerFor(suite.handle, outsider).referral.hoursCsv({ organizationId: suite.programId })).toContain(created.referenceCode);
    expect((await rejectionOf(callerFor(suite.handle, moderator).referral.hoursCsv({ organizationId: suite.programId }))).code).toBe("FORBIDDEN");
    expect((await rejectionOf(callerFor(suite.handle, suite.advocate).referral.hoursCsv({}))).code).toBe("FORBIDDEN");
    expect(await auditRowsFor(suite.handle.db, suite.programId, "referral.hours_exported")).toHaveLength(2);
  });
});
