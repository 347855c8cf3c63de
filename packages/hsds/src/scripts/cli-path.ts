import path from "node:path";

/**
 * `pnpm hsds:import x` runs the script in packages/hsds, but the person typed `x` relative to
 * where they stood; pnpm (like npm) passes that folder as INIT_CWD.
 */
export function fromInvocationDir(target: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), target);
}
