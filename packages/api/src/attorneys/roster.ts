import { isVetted, type Actor } from "@puente/auth/actor";
import type { Executor } from "@puente/db";
import {
  attorneyBarAdmissions,
  attorneyLanguages,
  attorneyPracticeAreas,
  attorneyProfiles,
  attorneyRegions,
  users,
} from "@puente/db/schema";
import { and, asc, count, eq, exists, gt, ilike, not, or, sql, type Column, type SQL } from "drizzle-orm";
import { decodeCursor, encodeCursor } from "../directory/cursor";
import { notFound } from "../errors";
import { availableToday } from "./available-today";
import type { RosterInput } from "./inputs";
import { loadProfiles } from "./read-profile";

/** Sort key: the name as people read it, case-insensitive; the id breaks ties. */
const sortKey = sql<string>`lower(coalesce(${users.name}, ''))`;

/**
 * The roster of approved attorneys for vetted members, filtered in SQL. Every profile on it is
 * shaped for members (no bar numbers), whoever asks: the roster is not a review screen.
 */
export async function searchRoster(db: Executor, actor: Actor, input: RosterInput) {
  if (!isVetted(actor)) throw notFound();
  const filters = rosterFilters(db, input);
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  const page = await db
    .select({ userId: attorneyProfiles.userId, key: sortKey })
    .from(attorneyProfiles)
    .innerJoin(users, eq(users.id, attorneyProfiles.userId))
    .where(
      and(
        filters,
        after ? or(gt(sortKey, String(after.k)), and(eq(sortKey, String(after.k)), gt(attorneyProfiles.userId, after.id))) : undefined,
      ),
    )
    .orderBy(asc(sortKey), asc(attorneyProfiles.userId))
    .limit(input.limit + 1);
  const [total] = await db
    .select({ n: count() })
    .from(attorneyProfiles)
    .innerJoin(users, eq(users.id, attorneyProfiles.userId))
    .where(filters);
  const shown = page.slice(0, input.limit);
  const last = shown.at(-1);
  return {
    total: total?.n ?? 0,
    attorneys: await loadProfiles(
      db,
      shown.map((r) => r.userId),
      "member",
    ),
    nextCursor: page.length > input.limit && last ? encodeCursor({ k: last.key, id: last.userId }) : null,
  };
}

function rosterFilters(db: Executor, input: RosterInput): SQL {
  const of = (attorneyId: Column) => eq(attorneyId, attorneyProfiles.userId);
  const conditions: Array<SQL | undefined> = [eq(attorneyProfiles.applicationState, "approved")];
  if (input.practiceArea) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(attorneyPracticeAreas)
          .where(and(of(attorneyPracticeAreas.attorneyId), eq(attorneyPracticeAreas.caseType, input.practiceArea))),
      ),
    );
  }
  if (input.language) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(attorneyLanguages)
          .where(and(of(attorneyLanguages.attorneyId), eq(attorneyLanguages.languageCode, input.language))),
      ),
    );
  }
  if (input.state) {
    conditions.push(
      or(
        exists(
          db
            .select({ one: sql`1` })
            .from(attorneyRegions)
            .where(and(of(attorneyRegions.attorneyId), eq(attorneyRegions.stateCode, input.state))),
        ),
        exists(
          db
            .select({ one: sql`1` })
            .from(attorneyBarAdmissions)
            .where(
              and(
                of(attorneyBarAdmissions.attorneyId),
                eq(attorneyBarAdmissions.stateCode, input.state),
                eq(attorneyBarAdmissions.verificationState, "verified"),
              ),
            ),
        ),
      ),
    );
  }
  if (input.remote !== undefined) conditions.push(eq(attorneyProfiles.remote, input.remote));
  if (input.accepting !== undefined) conditions.push(input.accepting ? availableToday : not(availableToday));
  if (input.q) {
    const pattern = `%${input.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(users.name, pattern), ilike(attorneyProfiles.affiliationName, pattern)));
  }
  return and(...conditions)!;
}
