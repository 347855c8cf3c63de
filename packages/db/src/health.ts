import { sql } from "drizzle-orm";
import type { DatabaseHandle } from "./client";

export type DatabaseHealth = { ok: true; engine: DatabaseHandle["engine"] } | { ok: false; engine: DatabaseHandle["engine"] };

/** One round trip; a failure is an answer ("unavailable"), never an exception. */
export async function checkDatabase(handle: Pick<DatabaseHandle, "db" | "engine">): Promise<DatabaseHealth> {
  try {
    await handle.db.execute(sql`select 1`);
    return { ok: true, engine: handle.engine };
  } catch {
    return { ok: false, engine: handle.engine };
  }
}
