import type { DatabaseHandle } from "@puente/db";
import {
  attorneyBarAdmissions,
  attorneyLanguages,
  attorneyPracticeAreas,
  attorneyProfiles,
  attorneyRegions,
} from "@puente/db/schema";
import { createUser } from "@puente/db/seed";
import { getTranslator } from "@puente/i18n";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  actorByEmail,
  auditRowsFor,
  callerFor,
  callOverHttp,
  contextFor,
  internalLeak,
  rejectionOf,
  seededDatabase,
} from "../testing/test-context";
import { application } from "../testing/attorney-fixture";
import { saveProfile } from "./save-profile";

let handle: DatabaseHandle;
let counter = 0;

beforeAll(async () => {
  handle = await seededDatabase();
});

afterAll(async () => {
  await handle?.close();
});

async function newPerson(accountState: "pending" | "active" = "active") {
  const user = await createUser(handle.db, { email: `lawyer${++counter}@profile.example.org`, name: `Lawyer ${counter}`, accountState });
  return actorByEmail(handle.db, user.email);
}

async function childRows(userId: string) {
  const [areas, languages, regions, bars] = await Promise.all([
    handle.db.select().from(attorneyPracticeAreas).where(eq(attorneyPracticeAreas.attorneyId, userId)),
    handle.db.select().from(attorneyLanguages).where(eq(attorneyLanguages.attorneyId, userId)),
    handle.db.select().from(attorneyRegions).where(eq(attorneyRegions.attorneyId, userId)),
    handle.db.select().from(attorneyBarAdmissions).where(eq(attorneyBarAdmissions.attorneyId, userId)),
  ]);
  return {
    areas: areas.map((a) => a.caseType).sort(),
    languages: languages.map((l) => `${l.languageCode}:${l.proficiency}`).sort(),
    regions: regions.map((r) => `${r.stateCode}/${r.countyFips ?? ""}`).sort(),
    bars,
  };
}

describe("applying", () => {
  it("a signed-up person (even one not vetted yet) applies; the profile waits for review, audited", async () => {
    const actor = await newPerson("pending");
    const profile = await callerFor(handle, actor).attorney.submitApplication(application("PA-1"));
    expect(profile).toMatchObject({
      userId: actor.userId,
      applicationState: "pending",
      capacity: 4,
      remote: true,
      availableNow: false,
      practiceAreas: expect.arrayContaining(["u_visa", "vawa_self_petition"]),
      regions: [
        { state: "NC", countyFips: null },
        { state: "NC", countyFips: "37119" },
      ],
    });
    // The owner sees their own bar number.
    expect(profile!.barAdmissions).toEqual([
      expect.objectContaining({ state: "NC", number: "PA-1", year: 2016, verificationState: "pending" }),
    ]);
    expect(await callerFor(handle, actor).attorney.mine()).toEqual(profile);
    const audit = await auditRowsFor(handle.db, actor.userId, "attorney.applied");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: actor.userId, subjectType: "attorney" });
  });

  it("a second application is refused: the profile is edited instead", async () => {
    const actor = await newPerson();
    await callerFor(handle, actor).attorney.submitApplication(application("PA-2"));
    const error = await rejectionOf(callerFor(handle, actor).attorney.submitApplication(application("PA-2")));
    expect(error).toMatchObject({ code: "CONFLICT", key: "attorneys.errors.alreadyApplied" });
    const missing = await rejectionOf(callerFor(handle, await newPerson()).attorney.updateProfile(application("PA-3")));
    expect(missing.code).toBe("NOT_FOUND");
  });

  it("mine is null before applying", async () => {
    expect(await callerFor(handle, await newPerson()).attorney.mine()).toBeNull();
  });

  it("bad input gets translated messages per field, over HTTP, in English and Spanish, and writes nothing", async () => {
    const actor = await newPerson();
    const bad = {
      affiliationKind: "agency",
      barAdmissions: [{ state: "XX", number: "12#4", year: 1800 }],
      practiceAreas: [],
      languages: [{ code: "spanish", proficiency: "fluent" }],
      regions: [{ state: "NC", countyFips: "13121" }],
      capacity: 51,
    };
    for (const locale of ["en", "es"] as const) {
      const t = getTranslator(locale);
      const wire = await callOverHttp(contextFor(handle, actor, { locale }), "attorney.submitApplication", bad, "mutation");
      expect(wire.ok).toBe(false);
      if (wire.ok) continue;
      expect(wire.status).toBe(400);
      expect(wire.raw).not.toMatch(internalLeak);
      expect(wire.error.message).toBe(t("errors.validation.summary"));
      expect(wire.error.data.fieldErrors).toEqual({
        affiliationKind: t("errors.validation.choice"),
        "barAdmissions.0.state": t("attorneys.errors.unknownState"),
        "barAdmissions.0.number": t("attorneys.errors.barNumberFormat"),
        "barAdmissions.0.year": t("attorneys.errors.yearAdmitted"),
        practiceAreas: t("attorneys.errors.practiceAreaRequired"),
        "languages.0.code": t("attorneys.errors.unknownLanguage"),
        // Fulton County is in Georgia, not North Carolina.
        "regions.0.countyFips": t("attorneys.errors.unknownCounty"),
        capacity: t("attorneys.errors.capacity"),
      });
    }
    expect(await callerFor(handle, actor).attorney.mine()).toBeNull();
  });

  it("someone else's bar number is refused with a message, and nothing is written", async () => {
    const first = await newPerson();
    await callerFor(handle, first).attorney.submitApplication(application("NC-TAKEN"));
    const second = await newPerson();
    const wire = await callOverHttp(
      contextFor(handle, second, { locale: "es" }),
      "attorney.submitApplication",
      application(" nc-taken "),
      "mutation",
    );
    expect(wire.ok).toBe(false);
    if (wire.ok) return;
    expect(wire.status).toBe(409);
    expect(wire.error.message).toBe(getTranslator("es")("attorneys.errors.barNumberTaken", { state: "NC" }));
    expect(await callerFor(handle, second).attorney.mine()).toBeNull();
  });

  it("a suspended person cannot apply", async () => {
    const user = await createUser(handle.db, { email: "suspended-lawyer@profile.example.org", accountState: "suspended" });
    const error = await rejectionOf(callerFor(handle, await actorByEmail(handle.db, user.email)).attorney.submitApplication(application("S-1")));
    expect(error.code).toBe("FORBIDDEN");
  });
});

describe("updating", () => {
  it("replaces every child row, keeps a verified admission sent again unchanged, and re-checks a changed one", async () => {
    const actor = await newPerson();
    const caller = callerFor(handle, actor);
    await caller.attorney.submitApplication(
      application("UP-1", {
        barAdmissions: [
          { state: "NC", number: "UP-1", year: 2016 },
          { state: "SC", number: "UP-2", year: 2018 },
        ],
      }),
    );
    await handle.db
      .update(attorneyBarAdmissions)
      .set({ verificationState: "verified", verifiedAt: new Date() })
      .where(eq(attorneyBarAdmissions.attorneyId, actor.userId));

    await caller.attorney.updateProfile(
      application("UP-1", {
        barAdmissions: [
          { state: "NC", number: "up-1", year: 2016 },
          { state: "SC", number: "UP-2", year: 2019 },
          { state: "VA", number: "UP-3", year: 2020 },
        ],
        practiceAreas: ["t_visa"],
        languages: [{ code: "pt", proficiency: "professional" }],
        regions: [{ state: "SC" }],
        capacity: 9,
      }),
    );
    const rows = await childRows(actor.userId);
    expect(rows.areas).toEqual(["t_visa"]);
    expect(rows.languages).toEqual(["pt:professional"]);
    expect(rows.regions).toEqual(["SC/"]);
    const bars = Object.fromEntries(rows.bars.map((b) => [b.stateCode, b.verificationState]));
    expect(bars).toEqual({ NC: "verified", SC: "pending", VA: "pending" });
    expect(await auditRowsFor(handle.db, actor.userId, "attorney.updated")).toHaveLength(1);
  });

  it("a failure part-way through leaves the old profile whole, with no audit row", async () => {
    const actor = await newPerson();
    await callerFor(handle, actor).attorney.submitApplication(application("TX-1"));
    const before = await childRows(actor.userId);
    // Past validation, as a bug would be: the language insert fails after the profile, practice
    // areas and bar admissions were already changed inside the transaction.
    const broken = application("TX-2", {
      practiceAreas: ["daca"],
      capacity: 7,
      languages: [{ code: "es", proficiency: "expert" as never }],
    });
    await expect(saveProfile(handle.db, actor, broken, "update")).rejects.toThrow();
    expect(await childRows(actor.userId)).toEqual(before);
    const [profile] = await handle.db.select().from(attorneyProfiles).where(eq(attorneyProfiles.userId, actor.userId));
    expect(profile!.capacity).toBe(4);
    expect(await auditRowsFor(handle.db, actor.userId, "attorney.updated")).toHaveLength(0);
  });
});

describe("availability", () => {
  it("an attorney pauses until a date and resumes; the past and far future are refused", async () => {
    const actor = await actorByEmail(handle.db, "attorney@demo.example.org");
    const caller = callerFor(handle, actor);
    const soon = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    const paused = await caller.attorney.setAvailability({ accepting: true, pausedUntil: soon });
    expect(paused).toMatchObject({ accepting: true, pausedUntil: soon, availableNow: false });
    const resumed = await caller.attorney.setAvailability({ accepting: true, pausedUntil: null });
    expect(resumed).toMatchObject({ pausedUntil: null, availableNow: true });
    const off = await caller.attorney.setAvailability({ accepting: false });
    expect(off).toMatchObject({ accepting: false, availableNow: false });
    await caller.attorney.setAvailability({ accepting: true });

    for (const pausedUntil of ["2020-01-01", "2999-01-01"]) {
      const error = await rejectionOf(caller.attorney.setAvailability({ accepting: true, pausedUntil }));
      expect(error).toMatchObject({ code: "BAD_REQUEST", key: "attorneys.errors.pausedUntil" });
    }
    const notADate = await rejectionOf(caller.attorney.setAvailability({ accepting: true, pausedUntil: "2026-02-30" }));
    expect(notADate.code).toBe("BAD_REQUEST");
    expect(await auditRowsFor(handle.db, actor.userId, "attorney.availability_changed")).toHaveLength(4);
  });
});
