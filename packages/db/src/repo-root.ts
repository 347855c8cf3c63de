import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The repository root is the nearest folder holding pnpm-workspace.yaml. Scripts, tests and the
 * Next server each start in a different working directory, yet `.data/` and the migrations must
 * resolve to the same place for all of them.
 */
export function findRepoRoot(start: string = process.cwd()): string {
  let dir = path.resolve(/* turbopackIgnore: true */ start);
  for (;;) {
    if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(/* turbopackIgnore: true */ start);
    dir = parent;
  }
}

/** Resolved with `path`, not `new URL(…, import.meta.url)`, which breaks under Turbopack. */
export function migrationsFolder(): string {
  const fromRoot = path.join(findRepoRoot(), "packages", "db", "drizzle");
  if (existsSync(fromRoot)) return fromRoot;
  return path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "drizzle");
}

export function dataDir(...parts: string[]): string {
  return path.join(findRepoRoot(), ".data", ...parts);
}
