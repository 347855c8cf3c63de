import { describe, expect, it } from "vitest";
import { cleanStrategyHref, strategyHref } from "./params";

describe("the strategy URL holds only the parameters that have values", () => {
  it("leaves a clean URL alone", () => {
    expect(cleanStrategyHref({})).toBeNull();
    expect(cleanStrategyHref({ state: "GA", with: "sheriff", outcome: "worked" })).toBeNull();
  });

  it("drops the blank fields a GET form sends, keeping the order of the rest", () => {
    expect(
      cleanStrategyHref({ q: "", category: "", state: "GA", county: "", program: "", outcome: "worked", with: "sheriff", lang: "", from: "", to: "" }),
    ).toBe("/strategy?state=GA&outcome=worked&with=sheriff");
  });

  it("sends an all-blank form to the plain listing, and treats spaces as blank", () => {
    expect(cleanStrategyHref({ q: "  ", category: "", state: "" })).toBe("/strategy");
  });

  it("keeps the first of a repeated parameter, as the filters read it", () => {
    expect(cleanStrategyHref({ state: ["GA", "TX"] })).toBe("/strategy?state=GA");
  });

  it("a cleaned URL is clean (no redirect loop)", () => {
    const once = cleanStrategyHref({ q: "sheriff", state: "", cursor: "abc" })!;
    expect(once).toBe("/strategy?q=sheriff&cursor=abc");
    const params = Object.fromEntries(new URL(once, "https://puente.test").searchParams);
    expect(cleanStrategyHref(params)).toBeNull();
    expect(strategyHref(params, {})).toBe(once);
  });
});
