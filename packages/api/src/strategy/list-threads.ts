import type { SignedInActor } from "@puente/auth/actor";
import { queryRows, type Executor } from "@puente/db";
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { PuenteError } from "../errors";
import {
  filterConditions,
  filtersNote,
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

/** How many threads a listing with a period walks before it selects the period's threads instead. */
const WALK_WINDOW = 400;

/** The SQL of one listing page; the benchmark times this same statement. */
export function listThreadsSql(actor: SignedInActor, input: ListThreadsInput) {
  const where = [threadVisible(actor), ...filterConditions(input)];
  const base = where.length;
  if (input.cursor) {
    const c = decodeCursor(input.cursor);
    // Row comparison in the index's direction: (pinned, last_activity_at, id) descending.
    where.push(
      sql`(t.pinned, t.last_activity_at, t.id) < (${c.p}, ${c.at}::timestamptz, ${c.id}::uuid)`,
    );
  }
  const columns = sql`${threadSummaryColumns}, to_char(t.last_activity_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"`;
  const order = sql`ORDER BY t.pinned DESC NULLS LAST, t.last_activity_at DESC NULLS LAST, t.id DESC NULLS LAST`;
  // The page's ids are chosen first, in a statement of their own: choosing them (thread, note,
  // tag probes, group membership) and showing them (category, group, author, tag arrays) in one
  // join made the planner search orders for eight relations on every request, ~25 ms of planning
  // for a 14 ms execution (connections plan each statement afresh: packages/db client.ts).
  const show = (page: SQL) => sql`
    WITH page AS MATERIALIZED (${page})
    SELECT ${columns}
    FROM page JOIN strategy_threads t ON t.id = page.id ${threadSummaryJoins}
    ${order}`;
  if (!input.from && !input.to) {
    return show(sql`
      SELECT t.id
      FROM strategy_threads t ${filtersNote(input) ? sql`JOIN strategy_notes n ON n.thread_id = t.id` : sql``}
      WHERE ${sql.join(where, sql` AND `)}
      ${order}
      LIMIT ${input.limit + 1}`);
  }
  // When a note was tried follows when its thread was active, so walking the activity index for
  // an older period reads every newer thread first (the planner assumes tried_on is spread evenly
  // over the index and walks anyway: 5k threads for a spring two years back). So a period walks
  // only the next WALK_WINDOW threads; when they do not fill the page, the period's threads are
  // selected by the tried_on index and sorted instead (the gate is a one-time filter, so only
  // one of the two runs). The rows are the same either way.
  const cursor = where.length > base ? where.slice(base) : [sql`true`];
  return show(sql`
    WITH walked AS MATERIALIZED (
      SELECT t.id, t.pinned, t.last_activity_at
      FROM (SELECT * FROM strategy_threads t WHERE ${sql.join(cursor, sql` AND `)} ${order} LIMIT ${WALK_WINDOW}) t
      JOIN strategy_notes n ON n.thread_id = t.id
      WHERE ${sql.join(where.slice(0, base), sql` AND `)}
      ${order} LIMIT ${input.limit + 1}
    ),
    dated AS MATERIALIZED (
      SELECT t.id, t.pinned, t.last_activity_at
      FROM strategy_threads t JOIN strategy_notes n ON n.thread_id = t.id
      WHERE (SELECT count(*) FROM walked) <= ${input.limit} AND ${sql.join(where, sql` AND `)}
    )
    SELECT id FROM walked WHERE (SELECT count(*) FROM walked) > ${input.limit}
    UNION ALL
    (SELECT t.id FROM dated t ${order} LIMIT ${input.limit + 1})`);
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
