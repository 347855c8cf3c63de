import { sql, type SQL } from "drizzle-orm";
import type { ThreadFilters } from "./inputs";

/**
 * The structured filters as SQL on `t` (strategy_threads) and `n` (strategy_notes). Tags are
 * EXISTS probes on their (tag, thread) indexes, so each filter narrows without multiplying rows.
 */
export function filterConditions(filters: ThreadFilters): SQL[] {
  const where: SQL[] = [];
  if (filters.categoryId) where.push(sql`t.category_id = ${filters.categoryId}`);
  if (filters.groupId) where.push(sql`t.group_id = ${filters.groupId}`);
  if (filters.countyFips) {
    where.push(
      sql`EXISTS (SELECT 1 FROM thread_jurisdictions j WHERE j.thread_id = t.id AND j.county_fips = ${filters.countyFips})`,
    );
  } else if (filters.state) {
    where.push(
      sql`EXISTS (SELECT 1 FROM thread_jurisdictions j WHERE j.thread_id = t.id AND j.state = ${filters.state})`,
    );
  }
  if (filters.program) {
    where.push(
      sql`EXISTS (SELECT 1 FROM thread_programs g WHERE g.thread_id = t.id AND g.program = ${filters.program})`,
    );
  }
  if (filters.language) {
    where.push(
      sql`EXISTS (SELECT 1 FROM thread_languages l WHERE l.thread_id = t.id AND l.language = ${filters.language})`,
    );
  }
  if (filters.outcome) where.push(sql`n.outcome = ${filters.outcome}`);
  if (filters.withWhom) where.push(sql`n.with_whom = ${filters.withWhom}`);
  if (filters.from) where.push(sql`n.tried_on >= ${filters.from}::date`);
  if (filters.to) where.push(sql`n.tried_on <= ${filters.to}::date`);
  return where;
}

/** Whether the filters read the note (`n`), so a statement must join it. */
export function filtersNote(filters: ThreadFilters): boolean {
  return Boolean(filters.outcome || filters.withWhom || filters.from || filters.to);
}

/** The columns every thread summary shows, tags aggregated per thread. */
export const threadSummaryColumns = sql`
  t.id::text AS id, t.title, t.status::text AS status, t.visibility::text AS visibility,
  t.group_id::text AS "groupId", grp.name AS "groupName",
  t.locked, t.pinned, t.reply_count::int AS "replyCount",
  t.last_activity_at AS "lastActivityAt", t.created_at AS "createdAt",
  t.category_id::text AS "categoryId", c.slug AS "categorySlug", c.name AS "categoryName", c.name_es AS "categoryNameEs",
  t.author_id::text AS "authorId", u.name AS "authorName",
  n.outcome::text AS outcome, n.with_whom::text AS "withWhom", n.with_whom_detail AS "withWhomDetail",
  n.tried_on::text AS "triedOn", n.what_tried AS "whatTried",
  ARRAY(SELECT j.state || coalesce(':' || j.county_fips, '') FROM thread_jurisdictions j
        WHERE j.thread_id = t.id ORDER BY j.state, j.county_fips NULLS FIRST) AS jurisdictions,
  ARRAY(SELECT g.program::text FROM thread_programs g WHERE g.thread_id = t.id ORDER BY g.program) AS programs,
  ARRAY(SELECT l.language FROM thread_languages l WHERE l.thread_id = t.id ORDER BY l.language) AS languages`;

export const threadSummaryJoins = sql`
  JOIN strategy_notes n ON n.thread_id = t.id
  JOIN strategy_categories c ON c.id = t.category_id
  LEFT JOIN strategy_groups grp ON grp.id = t.group_id
  LEFT JOIN users u ON u.id = t.author_id`;

export interface ThreadSummaryRow {
  id: string;
  title: string;
  status: string;
  visibility: string;
  groupId: string | null;
  groupName: string | null;
  locked: boolean;
  pinned: boolean;
  replyCount: number;
  lastActivityAt: Date | string;
  createdAt: Date | string;
  categoryId: string;
  categorySlug: string;
  categoryName: string;
  categoryNameEs: string;
  authorId: string | null;
  authorName: string | null;
  outcome: string;
  withWhom: string;
  withWhomDetail: string;
  triedOn: string;
  whatTried: string;
  jurisdictions: string[];
  programs: string[];
  languages: string[];
}

/** Rows read the same on both engines: dates as Date, tags split into objects. */
export function toThreadSummary(row: ThreadSummaryRow) {
  return {
    ...row,
    lastActivityAt: new Date(row.lastActivityAt),
    createdAt: new Date(row.createdAt),
    jurisdictions: row.jurisdictions.map((code) => {
      const [state, countyFips] = code.split(":");
      return { state: state!, countyFips: countyFips ?? null };
    }),
  };
}
export type ThreadSummary = ReturnType<typeof toThreadSummary>;
