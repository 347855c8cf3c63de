import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { messages } from "./messages";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

/** The arguments an ICU message uses, plural and select branches included (read by the ICU parser). */
function placeholders(text: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if ("value" in element && element.type !== TYPE.literal) names.add(String(element.value));
      if ("options" in element) for (const option of Object.values(element.options)) walk(option.value);
      if ("children" in element) walk(element.children);
    }
  };
  walk(parse(text));
  return [...names].sort();
}

describe("message catalogs", () => {
  it("Spanish has exactly the keys English has", () => {
    expect(keys(messages.es).sort()).toEqual(keys(messages.en).sort());
  });

  it("every Spanish message uses the same placeholders as its English original", () => {
    const lookup = (root: unknown, path: string) =>
      path.split(".").reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], root);
    for (const key of keys(messages.en)) {
      const en = lookup(messages.en, key);
      const es = lookup(messages.es, key);
      expect(typeof es, key).toBe("string");
      expect(placeholders(es as string), key).toEqual(placeholders(en as string));
    }
  });

  it("no message is left empty in either language", () => {
    const flat = (root: unknown): string[] =>
      typeof root === "string" ? [root] : Object.values(root as object).flatMap(flat);
    for (const text of [...flat(messages.en), ...flat(messages.es)]) {
      expect(text.trim().length).toBeGreaterThan(0);
    }
  });
});
