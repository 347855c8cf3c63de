import { sql } from "drizzle-orm";
import type { Executor } from "../client";
import { ensureTaxonomy } from "../directory/ensure-taxonomy";
import { refreshSearchEntries } from "../directory/refresh-search-entries";
import { organizations } from "../schema";
import { generatedInput } from "./directory-demo";
import { buildListing } from "./directory-listing";
import { planOrganization, type PlanContext } from "./directory-plan";
import { shelterService } from "./directory-services";
import { emptyRows, insertDirectoryRows, rowCount } from "./directory-rows";
import { stateProfiles } from "./directory-states";
import { hashSeed, Random } from "./random";

/**
 * Scale data for benchmarks and for trying search on a big directory: N more organizations,
 * each with one service, one or two offices (and now and then a confidential shelter),
 * languages, terms and service areas, spread over every state. Organization i is the same on
 * every run (its stream is seeded by i), so a benchmark always measures the same data.
 */

export interface ScaleProgress {
  organizations: number;
  total: number;
  rows: number;
  elapsedMs: number;
}

export interface SeedScaleOptions {
  seed?: number;
  /** Organizations per transaction. */
  batchSize?: number;
  /** Index of the first organization; by default the one after the last in the database. */
  startIndex?: number;
  onProgress?: (progress: ScaleProgress) => void;
  now?: Date;
}

export interface ScaleResult {
  organizations: number;
  rows: number;
  insertMs: number;
  refreshMs: number;
}

const DEFAULT_SEED = 0x5ca1e;
// Slugs end in "-s<index>": unique however many times names repeat, and how a later run finds
// where the previous one stopped.
const SLUG_SUFFIX = /-s(\d+)$/;

export async function seedScale(
  db: Executor,
  count: number,
  options: SeedScaleOptions = {},
): Promise<ScaleResult> {
  const seed = options.seed ?? DEFAULT_SEED;
  const batchSize = options.batchSize ?? 500;
  const now = options.now ?? new Date();
  const start = options.startIndex ?? (await nextScaleIndex(db));
  const began = performance.now();
  await ensureTaxonomy(db);

  let rows = 0;
  for (let offset = 0; offset < count; offset += batchSize) {
    const batch = emptyRows();
    for (let i = start + offset; i < start + Math.min(count, offset + batchSize); i++) {
      buildListing(scalePlan(seed, i), batch, { today: now, createdAt: now });
    }
    await db.transaction((tx) => insertDirectoryRows(tx, batch));
    rows += rowCount(batch);
    options.onProgress?.({
      organizations: Math.min(count, offset + batchSize),
      total: count,
      rows,
      elapsedMs: performance.now() - began,
    });
  }
  const inserted = performance.now();

  // Fresh statistics first: the planner has never seen these tables this size.
  await db.execute(sql`ANALYZE`);
  await db.transaction((tx) => refreshSearchEntries(tx));
  return {
    organizations: count,
    rows,
    insertMs: inserted - began,
    refreshMs: performance.now() - inserted,
  };
}

function scalePlan(seed: number, index: number) {
  const random = new Random(hashSeed(seed, index));
  // A third round-robin, so even a small run touches every state; the rest by population.
  const state =
    index % 3 === 0
      ? stateProfiles[(index / 3) % stateProfiles.length]!.code
      : random.weighted(stateProfiles.map((p) => [p.code, p.weight] as const));
  const input = generatedInput(random, state, undefined, `-s${index}`);
  const domestic = input.kind === "dv_program" || input.kind === "dual_dv_sa";
  const withShelter = domestic && random.chance(1 / 6);
  let serial = 0;
  const context: PlanContext = { serial: () => `S${index}-${++serial}` };
  return planOrganization(
    random,
    // Offset past the demo's few hundred, so scale ids sort after the demo's.
    { key: `scale/${seed}/${index}`, order: 1_000_000 + index },
    {
      ...input,
      withShelter,
      serviceCount: 1,
      services: withShelter ? [shelterService] : undefined,
      contactCount: 1,
    },
    context,
  );
}

async function nextScaleIndex(db: Executor): Promise<number> {
  const pattern = SLUG_SUFFIX.source;
  const [row] = await db
    .select({
      last: sql<number | null>`max(substring(${organizations.slug} from ${pattern})::int)`,
    })
    .from(organizations)
    .where(sql`${organizations.slug} ~ ${pattern}`);
  return row?.last == null ? 0 : Number(row.last) + 1;
}
