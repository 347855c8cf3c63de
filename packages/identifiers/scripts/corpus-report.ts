/**
 * Prints precision and recall per kind over the corpus, and every miss or false positive:
 * `pnpm --filter @puente/identifiers corpus`. The corpus test requires 1.000 everywhere; this
 * script is for reading the details while extending the corpus.
 */
import { corpusFolder, readCorpus } from "../src/corpus/parse-corpus";
import { checkSample, formatScores, scoreByKind } from "../src/corpus/score";

const samples = readCorpus(corpusFolder);
const results = samples.map(checkSample);
console.log(formatScores(scoreByKind(results), samples.length));
for (const { sample, missed, unexpected } of results) {
  for (const f of missed)
    console.log(
      `MISSED      ${sample.file} "${sample.title}": ${f.kind} ${f.line}:${f.column} ${f.excerpt}`,
    );
  for (const f of unexpected)
    console.log(
      `UNEXPECTED  ${sample.file} "${sample.title}": ${f.kind} ${f.line}:${f.column} ${f.excerpt}`,
    );
}
