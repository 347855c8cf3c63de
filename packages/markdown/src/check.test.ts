import { describe, expect, it } from "vitest";
import { findMarkdownProblems } from "./check";

describe("findMarkdownProblems", () => {
  it("accepts ordinary Markdown, code that shows HTML, and escaped or compared text", () => {
    expect(findMarkdownProblems("# Meeting\n\n**Sheriff** agreed; see <https://example.org>.")).toEqual([]);
    expect(findMarkdownProblems("Use `<script>` tags? No.\n\n```\n<b>x</b>\n```")).toEqual([]);
    expect(findMarkdownProblems("a < b and 3 > 2, \\<b>, &lt;i&gt;")).toEqual([]);
  });

  it("reports raw HTML with its line, script included", () => {
    expect(findMarkdownProblems("ok\n\n<script>alert(1)</script>")).toEqual([
      { kind: "html", line: 3, markup: "<script>alert(1)</script>" },
    ]);
    expect(findMarkdownProblems("text <b onclick=x>bold</b>")).toEqual([
      { kind: "html", line: 1, markup: "<b onclick=x>" },
      { kind: "html", line: 1, markup: "</b>" },
    ]);
    expect(findMarkdownProblems("<!-- hidden -->")).toHaveLength(1);
  });

  it("reports links and images whose target is not http(s) or mailto, in every syntax", () => {
    const sources = [
      "[a](javascript:alert(1))",
      "[a](jav&#x09;ascript:alert(1))",
      "![a](data:image/png;base64,AAAA)",
      "<javascript:alert(1)>",
      "[a][r]\n\n[r]: vbscript:x",
      "[a](/relative/path)",
    ];
    for (const source of sources) {
      expect(findMarkdownProblems(source).map((p) => p.kind), source).toContain("link");
    }
    expect(findMarkdownProblems("[a](https://ok.example) <mailto:a@b.example> www.c.example")).toEqual([]);
  });

  it("shortens long markup in the report", () => {
    const [problem] = findMarkdownProblems(`<div title="${"x".repeat(100)}">`);
    expect(problem?.kind === "html" && problem.markup.length).toBe(40);
  });
});
