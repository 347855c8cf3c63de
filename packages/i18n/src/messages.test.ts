import { describe, expect, it } from "vitest";
import { messages } from "./messages";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]!).sort();
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
