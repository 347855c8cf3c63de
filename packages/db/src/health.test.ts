import { describe, expect, it } from "vitest";
import { createDatabase } from "./client";
import { checkDatabase } from "./health";
import { createTestDatabase } from "./testing";

describe("database health", () => {
  it("is ok when the database answers", async () => {
    const handle = await createTestDatabase();
    try {
      expect(await checkDatabase(handle)).toEqual({ ok: true, engine: handle.engine });
    } finally {
      await handle.close();
    }
  });

  it("is unavailable, without throwing, when PostgreSQL cannot be reached", async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const handle = createDatabase({ url: "postgres://postgres@127.0.0.1:1/nothing", maxConnections: 1 });
    try {
      expect(await checkDatabase(handle)).toEqual({ ok: false, engine: "postgresql" });
    } finally {
      await handle.close();
    }
  });
});
