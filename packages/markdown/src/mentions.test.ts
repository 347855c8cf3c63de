import { describe, expect, it } from "vitest";
import { plainExcerpt } from "./excerpt";
import { extractMentions, handleFromName, maxMentions } from "./mentions";

describe("extractMentions", () => {
  it("finds distinct handles, lower-cased, in order, without trailing punctuation", () => {
    expect(extractMentions("Thanks @Maria-Lopez and @juan_p. Also @maria-lopez!")).toEqual(["maria-lopez", "juan_p"]);
    expect(extractMentions("(@ana) @josé")).toEqual(["ana", "josé"]);
  });

  it("ignores email addresses, code, code blocks and link text", () => {
    expect(extractMentions("write to ana@example.org or ana.b@x.org")).toEqual([]);
    expect(extractMentions("`@ana` and\n\n```\n@beto\n```\n\n[@carla](https://x.example)")).toEqual([]);
  });

  it("stops at the maximum", () => {
    const many = Array.from({ length: 30 }, (_, i) => `@user${i}`).join(" ");
    expect(extractMentions(many)).toHaveLength(maxMentions);
  });
});

describe("handleFromName", () => {
  it("folds accents and punctuation into hyphens", () => {
    expect(handleFromName("María José López")).toBe("maria-jose-lopez");
    expect(handleFromName("  O'Brien, Ana ")).toBe("o-brien-ana");
  });
});

describe("plainExcerpt", () => {
  it("strips markup and HTML, collapses whitespace and cuts at a word", () => {
    expect(plainExcerpt("# Title\n\nSome **bold** <b>raw</b> [link](https://x.example)\n\n- a\n- b")).toBe(
      "Title Some bold raw link a b",
    );
    expect(plainExcerpt("one two three four five six", 12)).toBe("one two…");
    expect(plainExcerpt("\u202Eabc")).toBe("abc");
  });
});
