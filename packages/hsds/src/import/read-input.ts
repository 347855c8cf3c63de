import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";

/**
 * What can be imported: an HSDS CSV datapackage (a folder or a .zip holding datapackage.json and
 * the CSVs) or HSDS JSON (one object, a list, an API page, or the tabular {"file.csv": [...]} form).
 */
export type HsdsInput =
  | { kind: "tabular"; source: string; files: Map<string, string> }
  | { kind: "json"; source: string; file: string; text: string };

/** For tests and callers that hold the files already: name → content. */
export type HsdsInputLike =
  string | HsdsInput | { files: Record<string, string | Uint8Array>; source?: string };

export class InputError extends Error {}

export async function resolveInput(input: HsdsInputLike): Promise<HsdsInput> {
  if (typeof input === "string") return readInputPath(input);
  if ("kind" in input) return input;
  const files = new Map<string, string>();
  for (const [name, content] of Object.entries(input.files)) {
    files.set(name, typeof content === "string" ? content : strFromU8(content));
  }
  return { kind: "tabular", source: input.source ?? "(in memory)", files };
}

async function readInputPath(target: string): Promise<HsdsInput> {
  const info = await stat(target).catch(() => undefined);
  if (!info) throw new InputError(`${target} does not exist.`);
  if (info.isDirectory()) {
    const files = new Map<string, string>();
    for (const name of await readdir(target)) {
      if (name.endsWith(".csv") || name === "datapackage.json") {
        files.set(name, await readFile(path.join(target, name), "utf8"));
      }
    }
    return { kind: "tabular", source: target, files };
  }
  const lower = target.toLowerCase();
  if (lower.endsWith(".zip"))
    return { kind: "tabular", source: target, files: unzipFiles(await readFile(target), target) };
  if (lower.endsWith(".json")) {
    return {
      kind: "json",
      source: target,
      file: path.basename(target),
      text: await readFile(target, "utf8"),
    };
  }
  throw new InputError(`${target} is neither a folder, a .zip nor a .json file.`);
}

/** A zip made by zipping the folder holds "folder/x.csv": strip the one shared folder. */
function unzipFiles(bytes: Uint8Array, source: string): Map<string, string> {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (f) => !f.name.endsWith("/") && !f.name.startsWith("__MACOSX/"),
    });
  } catch (error) {
    throw new InputError(`${source} is not a readable zip file (${(error as Error).message}).`);
  }
  const names = Object.keys(entries);
  const prefixes = new Set(
    names.map((n) => (n.includes("/") ? n.slice(0, n.lastIndexOf("/") + 1) : "")),
  );
  const prefix = prefixes.size === 1 ? ([...prefixes][0] ?? "") : "";
  const files = new Map<string, string>();
  for (const [name, data] of Object.entries(entries)) {
    const short = name.slice(prefix.length);
    if (short.endsWith(".csv") || short === "datapackage.json") files.set(short, strFromU8(data));
  }
  return files;
}
