import type { DatabaseHandle } from "@puente/db";
import { createTestDatabase } from "@puente/db/testing";
import { sql } from "drizzle-orm";
import { queryRows } from "@puente/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedStrategyFixture } from "../testing/strategy-fixture";
import { callOverHttp, contextFor, internalLeak } from "../testing/test-context";
import { MAX_POST_LENGTH } from "./inputs";

let handle: DatabaseHandle;
let f: Awaited<ReturnType<typeof seedStrategyFixture>>;

beforeAll(async () => {
  handle = await createTestDatabase();
  f = await seedStrategyFixture(handle.db);
});

afterAll(async () => {
  await handle?.close();
});

const valid = () => ({
  categoryId: f.lawEnforcement,
  title: "Meeting the sheriff",
  whatTried: "Asked for a written policy on detainers.",
  triedOn: "2025-01-10",
  withWhom: "sheriff",
  outcome: "mixed",
  jurisdictions: [{ state: "GA" }],
  programs: ["detainers"],
  languages: ["es"],
});

const threadCount = async () =>
  (
    await queryRows<{ n: number }>(handle.db, sql`SELECT count(*)::int AS n FROM strategy_threads`)
  )[0]!.n;

async function refused(input: Record<string, unknown>, locale: "en" | "es" = "en") {
  const before = await threadCount();
  const result = await callOverHttp(
    contextFor(handle, f.veteran, { locale }),
    "strategy.create",
    input,
    "mutation",
  );
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error("accepted");
  expect(result.status).toBe(400);
  expect(result.raw).not.toMatch(internalLeak);
  expect(await threadCount(), "nothing half-written").toBe(before);
  return result.error.data.fieldErrors ?? {};
}

describe("bad notes are refused with a translated message per field, and nothing is written", () => {
  it("an empty note", async () => {
    const errors = await refused({ ...valid(), title: "  ", whatTried: "" });
    expect(errors.title).toBe("Fill in this part of the note.");
    expect(errors.whatTried).toBe("Fill in this part of the note.");
  });

  it("an oversized post", async () => {
    const errors = await refused({ ...valid(), body: "x".repeat(MAX_POST_LENGTH + 1) });
    expect(errors.body).toMatch(/too long/);
  });

  it("unknown tags: state, county, program, language, outcome, with whom", async () => {
    const errors = await refused({
      ...valid(),
      jurisdictions: [{ state: "ZZ" }, { state: "GA", countyFips: "48201" }],
      programs: ["287g_everything"],
      languages: ["zz"],
      outcome: "great",
      withWhom: "mayor",
    });
    expect(errors["jurisdictions.0.state"]).toBe("Choose a US state or territory from the list.");
    expect(errors["jurisdictions.1.countyFips"]).toMatch(/could not find that county/);
    expect(errors["programs.0"]).toBe("Choose an enforcement program from the list.");
    expect(errors["languages.0"]).toBe("Choose a language from the list.");
    expect(errors.outcome).toMatch(/how it went/);
    expect(errors.withWhom).toMatch(/who you worked with/);
  });

  it("no place, a future date, a group thread without a group — in Spanish", async () => {
    const errors = await refused(
      { ...valid(), jurisdictions: [], triedOn: "2999-01-01", visibility: "group" },
      "es",
    );
    expect(errors.jurisdictions).toBe("Indique dónde ocurrió: al menos un estado.");
    expect(errors.triedOn).toBe("La fecha no puede ser futura: indique cuándo ocurrió.");
    expect(errors.groupId).toMatch(/Elija el grupo/);
  });

  it("an archived or unknown category", async () => {
    await handle.db.execute(
      sql`UPDATE strategy_categories SET archived = true WHERE slug = 'data-and-stories'`,
    );
    const [archived] = await queryRows<{ id: string }>(
      handle.db,
      sql`SELECT id::text AS id FROM strategy_categories WHERE slug = 'data-and-stories'`,
    );
    const before = await threadCount();
    const result = await callOverHttp(
      contextFor(handle, f.veteran),
      "strategy.create",
      { ...valid(), categoryId: archived!.id },
      "mutation",
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toBe("Choose a topic from the list.");
    expect(await threadCount()).toBe(before);
  });

  it("an empty reply", async () => {
    const result = await callOverHttp(
      contextFor(handle, f.veteran),
      "strategy.reply",
      { threadId: f.group.id, body: "   " },
      "mutation",
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.data.fieldErrors?.body).toBe("Write something before posting.");
  });

  it("script in Markdown, in a note, a reply or an edit", async () => {
    const before = await threadCount();
    const note = await callOverHttp(
      contextFor(handle, f.veteran),
      "strategy.create",
      { ...valid(), body: "Fine first line\n<script>alert(1)</script>" },
      "mutation",
    );
    expect(note.ok).toBe(false);
    if (!note.ok) {
      expect(note.status).toBe(400);
      expect(note.error.message).toMatch(/^Line 2 contains HTML/);
    }
    expect(await threadCount()).toBe(before);
    const link = await callOverHttp(
      contextFor(handle, f.veteran, { locale: "es" }),
      "strategy.reply",
      { threadId: f.group.id, body: "[click](javascript:alert(1))" },
      "mutation",
    );
    expect(link.ok).toBe(false);
    if (!link.ok) expect(link.status).toBe(400);
  });
});
