import { readFileSync } from "node:fs";
import { findIdentifiers } from "../src/index";
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, "utf8");
  const f = findIdentifiers(text).filter((x) => x.kind === "personalName" || x.kind === "dateOfBirth" || x.kind === "aNumber" || x.kind === "ssn" || x.kind === "streetAddress" || x.kind === "phone");
  console.log(file, text.length, "chars:", f.map((x) => `${x.kind}:${x.excerpt}`).join(" | "));
}
