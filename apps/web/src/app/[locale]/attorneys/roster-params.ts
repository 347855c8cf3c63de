import type { RouterInputs } from "@puente/api";

export type RosterParams = Partial<Record<"q" | "area" | "lang" | "state" | "remote" | "accepting" | "cursor", string | string[]>>;

type RosterInput = RouterInputs["attorney"]["search"];

/** URL → roster search input. Checkboxes only narrow the list when ticked ("1"). */
export function rosterQuery(raw: RosterParams): RosterInput {
  const one = (key: keyof RosterParams) => {
    const v = raw[key];
    const value = (Array.isArray(v) ? v[0] : v)?.trim();
    return value ? value : undefined;
  };
  return {
    q: one("q"),
    practiceArea: one("area") as RosterInput["practiceArea"],
    language: one("lang"),
    state: one("state"),
    remote: one("remote") === "1" ? true : undefined,
    accepting: one("accepting") === "1" ? true : undefined,
    cursor: one("cursor"),
    limit: 25,
  };
}
