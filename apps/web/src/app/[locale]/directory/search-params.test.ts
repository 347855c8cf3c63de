import { describe, expect, it } from "vitest";
import { cleanSearchHref } from "./search-params";

describe("cleanSearchHref", () => {
  it("leaves a URL without blank parameters alone", () => {
    expect(cleanSearchHref("/directory", {})).toBeNull();
    expect(cleanSearchHref("/directory", { place: "30303", radius: "25", service: ["u-visa", "hotline"], lang: "es" })).toBeNull();
  });

  it("drops the blank fields a GET form sends, keeping every chosen value and its order", () => {
    expect(
      cleanSearchHref("/directory", { q: "", place: "30303", radius: "25", service: ["u-visa", "", "hotline"], lang: "es", sort: "" }),
    ).toBe("/directory?place=30303&radius=25&service=u-visa&service=hotline&lang=es");
  });

  it("sends a search of nothing but blanks to the bare page", () => {
    expect(cleanSearchHref("/directory", { q: "  ", place: "" })).toBe("/directory");
  });

  it("is stable: the cleaned URL is clean", () => {
    const once = cleanSearchHref("/directory", { q: "hotline", place: "", view: "map" })!;
    const params = Object.fromEntries(new URL(once, "http://x").searchParams);
    expect(cleanSearchHref("/directory", params)).toBeNull();
  });
});
