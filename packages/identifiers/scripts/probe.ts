import { readdirSync, readFileSync } from "node:fs";
import { findIdentifiers } from "../src/index";
const strings: string[] = [];
const walk = (v: unknown) => { if (typeof v === "string") strings.push(v); else if (v && typeof v === "object") Object.values(v).forEach(walk); };
for (const lang of ["en", "es"]) for (const f of readdirSync(`../i18n/src/messages/${lang}`)) walk(JSON.parse(readFileSync(`../i18n/src/messages/${lang}/${f}`, "utf8")));
let n = 0;
for (const s of strings) { const f = findIdentifiers(s); if (f.length) { n++; console.log(f.map((x) => `${x.kind}:${x.excerpt}`).join(" | "), " ← ", s.slice(0, 110)); } }
console.log(strings.length, "strings,", n, "flagged");
