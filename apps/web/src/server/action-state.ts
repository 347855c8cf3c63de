/** What a server action hands back to its form: a translated message and per-field errors. */
export type ActionResult =
  | { status: "idle" }
  | { status: "success"; message: string }
  | { status: "error"; message: string; fieldErrors?: Record<string, string> };

export const idle: ActionResult = { status: "idle" };
