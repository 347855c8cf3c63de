import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { identifierKinds, type IdentifierFinding, type IdentifierKind } from "../types";

export interface CorpusSample {
  file: string;
  title: string;
  text: string;
  expected: IdentifierFinding[];
}

const expectation = /^>> (\w+) (\d+):(\d+) (.+)$/;

/**
 * Reads one corpus file: "## title", the sample text verbatim, then ">> kind line:column excerpt"
 * lines (or ">> none"). Lines after the expectations and before the next "##" are comments.
 */
export function parseCorpus(file: string, content: string): CorpusSample[] {
  const samples: CorpusSample[] = [];
  let current:
    { title: string; lines: string[]; expected: IdentifierFinding[]; none: boolean } | undefined;
  let reading: "text" | "expectations" | "between" = "between";
  const finish = () => {
    if (!current) return;
    if (current.expected.length === 0 && !current.none)
      throw new Error(`${file}: "${current.title}" has no expectations`);
    samples.push({
      file,
      title: current.title,
      text: current.lines.join("\n").trimEnd(),
      expected: current.expected,
    });
  };
  for (const line of content.split("\n")) {
    if (line.startsWith("## ")) {
      finish();
      current = { title: line.slice(3).trim(), lines: [], expected: [], none: false };
      reading = "text";
    } else if (line.startsWith(">> ") && current) {
      reading = "expectations";
      if (line.trim() === ">> none") {
        current.none = true;
        continue;
      }
      const match = expectation.exec(line);
      const kind = match?.[1] as IdentifierKind | undefined;
      if (!match || !kind || !identifierKinds.includes(kind))
        throw new Error(`${file}: bad expectation "${line}"`);
      const excerpt = match[4] ?? "";
      current.expected.push({
        kind,
        line: Number(match[2]),
        column: Number(match[3]),
        length: excerpt.length,
        excerpt,
      });
    } else if (reading === "text" && current) {
      current.lines.push(line);
    }
  }
  finish();
  return samples;
}

/** Every sample of every .txt file in the corpus folder. */
export function readCorpus(folder: string): CorpusSample[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .flatMap((name) => parseCorpus(name, readFileSync(join(folder, name), "utf8")));
}

export const corpusFolder = new URL("../../corpus/", import.meta.url).pathname;
