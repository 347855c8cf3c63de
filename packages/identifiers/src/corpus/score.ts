import { findIdentifiers } from "../find-identifiers";
import { identifierKinds, type IdentifierFinding, type IdentifierKind } from "../types";
import type { CorpusSample } from "./parse-corpus";

export interface KindScore {
  kind: IdentifierKind;
  expected: number;
  found: number;
  correct: number;
  precision: number;
  recall: number;
}

export interface SampleResult {
  sample: CorpusSample;
  found: IdentifierFinding[];
  missed: IdentifierFinding[];
  unexpected: IdentifierFinding[];
}

const key = (f: IdentifierFinding) => `${f.kind} ${f.line}:${f.column} ${f.excerpt}`;

/** Compares findings with a sample's expectations exactly: kind, line, column and excerpt. */
export function checkSample(sample: CorpusSample): SampleResult {
  const found = findIdentifiers(sample.text);
  const expected = new Set(sample.expected.map(key));
  const actual = new Set(found.map(key));
  return {
    sample,
    found,
    missed: sample.expected.filter((f) => !actual.has(key(f))),
    unexpected: found.filter((f) => !expected.has(key(f))),
  };
}

/** Precision and recall per kind over all samples (an empty denominator counts as 1). */
export function scoreByKind(results: SampleResult[]): KindScore[] {
  return identifierKinds.map((kind) => {
    const expected = results
      .flatMap((r) => r.sample.expected)
      .filter((f) => f.kind === kind).length;
    const found = results.flatMap((r) => r.found).filter((f) => f.kind === kind).length;
    const wrong = results.flatMap((r) => r.unexpected).filter((f) => f.kind === kind).length;
    const missed = results.flatMap((r) => r.missed).filter((f) => f.kind === kind).length;
    const correct = found - wrong;
    return {
      kind,
      expected,
      found,
      correct,
      precision: found === 0 ? 1 : correct / found,
      recall: expected === 0 ? 1 : (expected - missed) / expected,
    };
  });
}

export function formatScores(scores: KindScore[], samples: number): string {
  const rows = scores.map(
    (s) =>
      `${s.kind.padEnd(14)} ${String(s.expected).padStart(8)} ${String(s.found).padStart(6)} ${s.precision.toFixed(3).padStart(9)} ${s.recall.toFixed(3).padStart(7)}`,
  );
  return [
    `${samples} samples`,
    `${"kind".padEnd(14)} expected  found precision  recall`,
    ...rows,
  ].join("\n");
}
