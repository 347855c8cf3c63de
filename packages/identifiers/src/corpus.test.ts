import { describe, expect, it } from "vitest";
import { corpusFolder, readCorpus } from "./corpus/parse-corpus";
import { checkSample, formatScores, scoreByKind } from "./corpus/score";

const samples = readCorpus(corpusFolder);
const results = samples.map(checkSample);

describe("identifier corpus", () => {
  it("has English, Spanish and mixed samples, with positives of every kind and many negatives", () => {
    const files = new Set(samples.map((s) => s.file));
    for (const file of ["en.txt", "es.txt", "mixed.txt"]) expect(files).toContain(file);
    const scores = scoreByKind(results);
    for (const score of scores) expect(score.expected, score.kind).toBeGreaterThanOrEqual(3);
    expect(samples.filter((s) => s.expected.length === 0).length).toBeGreaterThanOrEqual(15);
  });

  it.each(results.map((r) => [`${r.sample.file}: ${r.sample.title}`, r] as const))(
    "%s",
    (_name, result) => {
      expect({ missed: result.missed, unexpected: result.unexpected }).toEqual({
        missed: [],
        unexpected: [],
      });
    },
  );

  it("reports precision and recall per kind", () => {
    const scores = scoreByKind(results);
    console.log(formatScores(scores, samples.length));
    for (const score of scores)
      expect([score.kind, score.precision, score.recall]).toEqual([score.kind, 1, 1]);
  });
});
