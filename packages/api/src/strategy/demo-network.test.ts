import type { DatabaseHandle } from "@puente/db";
import { demoAccounts } from "@puente/db/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorByEmail, callerFor, seededDatabase } from "../testing/test-context";

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await seededDatabase();
});

afterAll(async () => {
  await handle?.close();
});

describe("the demo's strategy notes", () => {
  it("a Georgia coalition member sees the group's threads; a member outside the group does not", async () => {
    const ana = await actorByEmail(handle.db, demoAccounts.advocate);
    const alicia = await actorByEmail(handle.db, demoAccounts.attorney);
    const mine = await callerFor(handle, ana).strategy.list({ limit: 50 });
    const theirs = await callerFor(handle, alicia).strategy.list({ limit: 50 });
    const groupThreads = mine.threads.filter((t) => t.visibility === "group");
    expect(groupThreads.length).toBeGreaterThan(0);
    expect(theirs.threads.some((t) => t.visibility === "group")).toBe(false);
    expect(mine.threads.length).toBe(theirs.threads.length + groupThreads.length);
  });

  it("answers 'what worked with sheriffs in Georgia'", async () => {
    const ana = await actorByEmail(handle.db, demoAccounts.advocate);
    const { threads } = await callerFor(handle, ana).strategy.list({
      state: "GA",
      withWhom: "sheriff",
      outcome: "worked",
    });
    expect(threads.map((t) => t.title)).toEqual([
      "Sheriff agreed to stop 287(g) screening of people booked as victims",
    ]);
    const search = await callerFor(handle, ana).strategy.search({ q: "alguacil", state: "TX" });
    expect(search.hits.length).toBeGreaterThan(0);
  });

  it("Ana Advocate has not posted yet, so her first note waits for review", async () => {
    const ana = await actorByEmail(handle.db, demoAccounts.advocate);
    const categories = await callerFor(handle, ana).strategy.categories();
    expect(categories).toHaveLength(7);
    const created = await callerFor(handle, ana).strategy.create({
      categoryId: categories[0]!.id,
      title: "Nota de prueba",
      whatTried: "Una reunión con la policía.",
      triedOn: "2025-05-01",
      withWhom: "police",
      outcome: "too_early",
      jurisdictions: [{ state: "GA" }],
    });
    expect(created.status).toBe("pending_review");
  });
});
