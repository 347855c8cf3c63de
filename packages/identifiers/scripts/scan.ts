/**
 * Runs the checker over files and prints what it flags in each:
 * `pnpm --filter @puente/identifiers scan <files…>` (paths relative to this package). A `.json`
 * file is read as a message catalog and checked string by string. Use it on text that must pass
 * (catalogs, seed data, docs) to hunt for false positives, then add what you find to the corpus.
 */
import { readFileSync } from "node:fs";
import { findIdentifiers } from "../src/index";

function textsOf(file: string): string[] {
  const content = readFileSync(file, "utf8");
  if (!file.endsWith(".json")) return [content];
  const strings: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === "string") strings.push(value);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(JSON.parse(content));
  return strings;
}

for (const file of process.argv.slice(2)) {
  const findings = textsOf(file).flatMap((text) => findIdentifiers(text));
  console.log(
    `${file}: ${findings.length === 0 ? "nothing" : findings.map((f) => `${f.kind} “${f.excerpt}”`).join(", ")}`,
  );
}
