/**
 * `pnpm --filter @puente/api exec tsx bench/directory-snapshot.ts <out.json> [--size 100000]`
 *
 * Writes the directory search's responses for a fixed set of searches (the benchmark's and
 * others: text with place and filters, every place kind, relevance around a point), as a
 * visitor and as a vetted member, three cursor pages deep, on the benchmark database
 * `puente_bench_<size>`. Run it before and after a change to the search and compare the two
 * files (`cmp`): a faster search must answer exactly the same.
 */
import { visitor, type Actor } from "@puente/auth/actor";
import { createDatabase } from "@puente/db";
import { writeFileSync } from "node:fs";
import { searchDirectory } from "../src/directory/search";
import { searchInput } from "../src/directory/search-input";
import { benchQueries } from "./directory-queries";

const out = process.argv[2];
if (!out) throw new Error("usage: directory-snapshot.ts <out.json> [--size N]");
const sizeAt = process.argv.indexOf("--size");
const size = sizeAt > 0 ? Number(process.argv[sizeAt + 1]) : 100_000;
const url = new URL(process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
url.pathname = `/puente_bench_${size}`;

const member: Actor = {
  kind: "user",
  userId: "00000000-0000-0000-0000-000000000000",
  email: "member@example.org",
  name: null,
  state: "active",
  roles: [],
  preferredLanguage: "en",
  memberships: [],
};

const others = [
  {},
  { q: "hotline" },
  { q: "immigration", place: "Texas", radius: "state" },
  { q: "legal", place: "30303", radius: 100 },
  { q: "refugio", languages: ["es"], services: ["emergency-shelter"] },
  { q: "casa esperanza", sort: "relevance" },
  { q: "hotlin", place: "California", radius: "state", kinds: ["dv_program", "dual_dv_sa"] },
  { q: "advokacy", acceptsReferrals: true, verified: true },
  { q: "zzzzqqq" },
  { place: "Atlanta, GA", radius: 25 },
  { place: "10001", radius: 10, sort: "relevance" },
  { place: "60601", radius: 200, populations: ["immigrants"] },
  { place: "Wyoming", radius: "state", verified: true },
  { place: "98101", radius: 5 },
  { services: ["u-visa", "vawa-self-petition"], languages: ["es", "vi"] },
  { kinds: ["legal_services"], acceptsReferrals: true },
];

const inputs = [...benchQueries.flatMap((q): unknown[] => q.inputs), ...others].map((i) => searchInput.parse(i));
const handle = createDatabase({ url: url.toString() });
const responses: unknown[] = [];
try {
  for (const [audience, actor] of [["visitor", visitor], ["member", member]] as const) {
    for (const input of inputs) {
      let cursor: string | undefined;
      for (let page = 1; page <= 3; page++) {
        const response = await searchDirectory(handle.db, actor, { ...input, cursor }, "en");
        responses.push({ audience, input, page, response });
        if (!response.nextCursor) break;
        cursor = response.nextCursor;
      }
    }
  }
} finally {
  await handle.close();
}
writeFileSync(out, JSON.stringify(responses, null, 1));
console.log(`${responses.length} responses written to ${out}`);
