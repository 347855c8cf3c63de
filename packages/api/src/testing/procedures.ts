import { appRouter } from "../index";

export interface ProcedureEntry {
  path: string;
  type: "query" | "mutation" | "subscription";
  /** What the procedure declared with `.meta()`; undefined when it declared nothing. */
  meta: { access?: unknown } | undefined;
}

/**
 * Every procedure of the app router, from tRPC's flat path → procedure record. Its static type
 * is the nested router shape, so the runtime record is read through a narrow view of `_def`.
 */
export function listProcedures(): ProcedureEntry[] {
  const record = appRouter._def.procedures as unknown as Record<
    string,
    { _def: { type: ProcedureEntry["type"]; meta?: ProcedureEntry["meta"] } }
  >;
  return Object.entries(record).map(([path, procedure]) => ({
    path,
    type: procedure._def.type,
    meta: procedure._def.meta,
  }));
}
