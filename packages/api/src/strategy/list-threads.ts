import type { SignedInActor } from "@puente/auth/actor";
import { queryRows, type Executor } from "@puente/db";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { PuenteError } from "../errors";
import {
  filterConditions,
  threadSummaryColumns,
  threadSummaryJoins,
  toThreadSummary,
  type ThreadSummaryRow,
} from "./filters";
import type { ListThreadsInput } from "./inputs";
import { threadVisible } from "./visibility";

/** Keyset position in the listing order (pinned first, then latest activity). */
const cursorShape = z.object({ p: z.boolean(), at: z.string(), id: z.uuid() });
type Cursor = z.infer<typeof cursorShape>;

const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString("base64url");
function decodeCursor(text: string): Cursor {
  try {
    return cursorShape.parse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
  } catch {
    throw new PuenteError("BAD_REQUEST", "strategy.errors.badCursor");
  }
}

/** The SQL of one listing page; the benchmark times this same statement. */
export function listThreadsSql(actor: SignedInActor, input: ListThreadsInput) {
  const where = [threadVisible(actor), ...filterConditions(input)];
  if (input.cursor) {
    const c = decodeCursor(input.cursor);
    // Row comparison in the index's direction: (pinned, last_activity_at, id) descending.
    where.push(
      sql`(t.pinned, t.last_activity_at, t.id) < (${c.p}, ${c.at}::timestamptz, ${c.id}::uuid)`,
    );
  }
  return sql`
    SELECT ${threadSummaryColumns}, to_char(t.last_activity_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"
    FROM strategy_threads t ${threadSummaryJoins}
    WHERE ${sql.join(where, sql` AND `)}
    ORDER BY t.pinned DESC NULLS LAST, t.last_activity_at DESC NULLS LAST, t.id DESC NULLS LAST
    LIMIT ${input.limit + 1}`;
}

/** A page of threads the reader may see, newest activity first, pinned ones on top. */
export async function listThreads(db: Executor, actor: SignedInActor, input: ListThreadsInput) {
  const rows = await queryRows<ThreadSummaryRow & { cursorAt: string }>(
    db,
    listThreadsSql(actor, input),
  );
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    threads: page.map(({ cursorAt: _cursorAt, ...row }) => toThreadSummary(row)),
    nextCursor:
      rows.length > input.limit && last
        ? encodeCursor({ p: last.pinned, at: last.cursorAt, id: last.id })
        : null,
  };
}
