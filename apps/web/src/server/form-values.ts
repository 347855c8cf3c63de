import type { ActionResult } from "~/server/action-state";

/** What a form had in it, so a refused form comes back as it was typed (React resets forms after an action). */
export type FormValues = Record<string, string | string[]>;
export type FormResult = ActionResult & { values?: FormValues };

/** The typed fields of a submitted form: a name given more than once (checkboxes) becomes a list; React's own `$ACTION` fields and files are left out. */
export function submittedValues(form: FormData): FormValues {
  const values: FormValues = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$") || typeof value !== "string") continue;
    const before = values[key];
    values[key] = before === undefined ? value : [before, value].flat();
  }
  return values;
}

/** A kept text value by name, for `defaultValue`. */
export function keptValue(values: FormValues | undefined, name: string): string | undefined {
  const value = values?.[name];
  return typeof value === "string" ? value : undefined;
}

/** Whether a kept field (a checkbox group or a single box) holds `value`, for `defaultChecked`. */
export function keptChoice(values: FormValues | undefined, name: string, value: string): boolean {
  return [values?.[name] ?? []].flat().includes(value);
}

/** An action's answer, with what was typed when it refused (React resets a form after its action). */
export function keepTypedOnError(result: ActionResult, form: FormData): FormResult {
  return result.status === "error" ? { ...result, values: submittedValues(form) } : result;
}
