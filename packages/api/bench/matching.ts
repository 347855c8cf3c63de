/**
 * `pnpm bench:matching [--attorneys 10000] [--runs 50]`
 *
 * Seeds approved attorneys (random practice areas, languages, regions, capacities, some paused or
 * not accepting, some with active cases and recent offers) into `puente_bench_matching` on
 * PostgreSQL, then prints p50/p95 of `rankAttorneys` — hard filters, per-attorney facts, scoring
 * and ranking every eligible attorney, and the explanations of the 25 a referral page lists — for
 * a few referrals. `--explain "<referral label>"` prints that referral's statement plan with its
 * planning and execution time instead.
 */
import { randomUUID } from "node:crypto";
import { createDatabase, queryRows, sql, type DatabaseHandle } from "@puente/db";
import postgres from "postgres";
import { rankAttorneys } from "../src/referrals/matching";
import { candidateFactsSql, type MatchTarget } from "../src/referrals/matching-facts";
import { explainAnalyze } from "./explain";
import { percentile } from "./report";

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ""), process.argv[i + 1] ?? "");
const size = Number(args.get("attorneys") ?? 10_000);
const runs = Number(args.get("runs") ?? 50);
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

async function open(): Promise<DatabaseHandle> {
  const name = "puente_bench_matching";
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  if ((await admin`SELECT 1 FROM pg_database WHERE datname = ${name}`).length === 0) await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = createDatabase({ url: url.toString() });
  await handle.migrate();
  return handle;
}

const STATES = ["GA", "CA", "TX", "NY", "FL", "IL", "WA", "AZ", "NC", "NJ"];

async function seed(handle: DatabaseHandle) {
  const [row] = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from attorney_profiles`);
  if (row?.n === size) return;
  process.stderr.write(`  seeding ${size} attorneys …\n`);
  const states = sql.raw(`array[${STATES.map((s) => `'${s}'`).join(",")}]`);
  await handle.db.transaction(async (tx) => {
    await tx.execute(sql`truncate users cascade`);
    await tx.execute(sql`insert into users (email, name, roles, account_state)
      select 'bench' || g || '@bench.example.org', 'Bench ' || g, '{member,attorney}', 'active' from generate_series(1, ${size}) g`);
    await tx.execute(sql`insert into attorney_profiles (user_id, affiliation_kind, remote, capacity, accepting, paused_until, application_state)
      select id, 'solo', random() < 0.4, 1 + floor(random() * 8)::int, random() < 0.9,
             case when random() < 0.05 then current_date + 30 end, 'approved' from users`);
    await tx.execute(sql`insert into attorney_practice_areas (attorney_id, case_type)
      select distinct u.id, (enum_range(null::case_type))[1 + floor(random() * 12)::int] from users u, generate_series(1, 3)`);
    await tx.execute(sql`insert into attorney_languages (attorney_id, language_code, proficiency) select id, 'en', 'native' from users`);
    await tx.execute(sql`insert into attorney_languages (attorney_id, language_code, proficiency)
      select id, 'es', (enum_range(null::language_proficiency))[1 + floor(random() * 4)::int] from users where random() < 0.6`);
    await tx.execute(sql`insert into attorney_regions (attorney_id, state_code, county_fips)
      select id, (${states})[1 + floor(random() * ${STATES.length})::int], case when random() < 0.3 then '13121' end from users`);
    // Some history: an organization, referrals held by attorneys, recent offers.
    await tx.execute(sql`insert into organizations (name, slug, kind, state, verification_state) values ('Bench Org', 'bench-org', 'dv_program', 'GA', 'verified')`);
    await tx.execute(sql`insert into referrals (reference_code, organization_id, state_code, language_code, summary, status, accepted_attorney_id, accepted_at)
      select 'PR-BNCH-' || row_number() over (), (select id from organizations limit 1), 'GA', 'es', 'Bench referral', 'in_progress', id, now()
        from users where random() < 0.2`);
    await tx.execute(sql`insert into referral_offers (referral_id, attorney_id, offered_at, expires_at, state, responded_at, conflict_check_confirmed_at)
      select r.id, r.accepted_attorney_id, now() - interval '5 days', now() - interval '2 days', 'accepted', now() - interval '4 days', now() - interval '4 days'
        from referrals r`);
  });
  await handle.db.execute(sql`analyze`);
}

async function main() {
  const handle = await open();
  await seed(handle);
  const targets: Array<[string, MatchTarget]> = [
    ["u_visa, GA Fulton, es", { referralId: randomUUID(), caseTypes: ["u_visa"], stateCode: "GA", countyFips: "13121", languageCode: "es", meetingMode: "either" }],
    ["vawa + t_visa, TX, es, in person", { referralId: randomUUID(), caseTypes: ["vawa_self_petition", "t_visa"], stateCode: "TX", countyFips: null, languageCode: "es", meetingMode: "in_person" }],
    ["asylum, NY, fr", { referralId: randomUUID(), caseTypes: ["asylum"], stateCode: "NY", countyFips: null, languageCode: "fr", meetingMode: "remote" }],
  ];
  const explained = args.get("explain");
  if (explained !== undefined) {
    const found = targets.find(([label]) => label === explained);
    if (!found) throw new Error(`No referral labelled "${explained}": ${targets.map(([l]) => l).join(", ")}`);
    const statement = candidateFactsSql(found[1], { interpreterAvailable: false, limit: 25 });
    console.log((await explainAnalyze(handle, statement)).join("\n"));
    await handle.close();
    return;
  }
  console.log(`\nMatching over ${size} attorneys on PostgreSQL, ${runs} runs per referral (milliseconds)\n`);
  console.log("referral                              candidates    p50    p95");
  for (const [label, target] of targets) {
    const times: number[] = [];
    let candidates = 0;
    for (let i = 0; i < runs + 3; i++) {
      const started = performance.now();
      // What a referral page asks for: every eligible attorney ranked, the best 25 explained.
      const { eligible } = await rankAttorneys(handle.db, target, { interpreterAvailable: false, limit: 25 });
      if (i >= 3) times.push(performance.now() - started); // the first runs warm caches
      candidates = eligible;
    }
    console.log(`${label.padEnd(36)} ${String(candidates).padStart(10)} ${percentile(times, 50).toFixed(1).padStart(6)} ${percentile(times, 95).toFixed(1).padStart(6)}`);
  }
  await handle.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
