import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./render";

/** Every tag the renderer may emit (see the schema in render.ts). */
const allowedTags = new Set(
  "p br hr strong em del code pre blockquote ul ol li a h3 h4 h5 h6 table thead tbody tr th td".split(" "),
);

/** Structural checks on rendered HTML that must hold for any input whatsoever. */
function expectSafe(html: string) {
  for (const [, tag] of html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)) expect(allowedTags).toContain(tag!.toLowerCase());
  // Attributes: only href+rel on links, start on lists, align on cells.
  for (const [tagText] of html.matchAll(/<[a-z][^>]*>/g)) {
    const attributes = [...tagText.matchAll(/\s([\w:-]+)=/g)].map((m) => m[1]);
    for (const name of attributes) expect(["href", "rel", "start", "align"]).toContain(name);
  }
  for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^(https?:\/\/|mailto:)/);
  for (const [link] of html.matchAll(/<a [^>]*>/g)) expect(link).toMatch(/^<a href="[^"]*" rel="nofollow noreferrer">$/);
  // Text is escaped ("<" becomes "&#x3C;"), so every "<" starts a real tag: words like
  // "javascript:" may appear as text, never inside a tag.
  for (const [tagText] of html.matchAll(/<[^>]*>/g)) {
    expect(tagText).not.toMatch(/javascript|vbscript|data:|script|style|iframe|svg|img|on\w+=/i);
  }
}

// Cases in the style of the OWASP XSS filter evasion cheat sheet, as they would reach a post.
const hostile: Record<string, string> = {
  scriptTag: "<script>alert(1)</script>",
  scriptInParagraph: "Hello <script>alert(document.cookie)</script> world",
  imgOnerror: '<img src=x onerror="alert(1)">',
  svgOnload: "<svg/onload=alert(1)>",
  svgInline: 'text <svg><script>alert(1)</script></svg> text',
  iframe: '<iframe src="https://evil.example"></iframe>',
  styleTag: "<style>body{display:none}</style>",
  styleAttribute: '<p style="position:fixed;top:0">cover</p>',
  bodyOnload: "<body onload=alert(1)>",
  inlineLinkJs: "[click](javascript:alert(1))",
  inlineLinkJsCase: "[click](JaVaScRiPt:alert(1))",
  inlineLinkJsEntityTab: "[click](jav&#x09;ascript:alert(1))",
  inlineLinkJsEntityColon: "[click](javascript&#58;alert(1))",
  inlineLinkJsPercent: "[click](javascript%3Aalert(1))",
  inlineLinkJsNewline: "[click](<java\nscript:alert(1)>)",
  inlineLinkJsLeadingSpace: "[click](< javascript:alert(1)>)",
  inlineLinkVbscript: "[click](vbscript:msgbox(1))",
  inlineLinkData: "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  referenceLinkJs: "[click][x]\n\n[x]: javascript:alert(1)",
  referenceLinkJsTitle: '[click][x]\n\n[x]: javascript:alert(1) "title"',
  autolinkJs: "<javascript:alert(1)>",
  autolinkData: "<data:text/html,<script>alert(1)</script>>",
  imageJs: "![x](javascript:alert(1))",
  imageData: "![x](data:image/svg+xml;base64,PHN2Zy8+)",
  imageOnerrorTitle: '![x](https://e.example/a.png "\\" onerror=\\"alert(1))',
  linkTitleBreakout: '[x](https://e.example "a\\" onmouseover=\\"alert(1)")',
  htmlEntityTag: "&lt;script&gt;alert(1)&lt;/script&gt;",
  nestedMarkdownInHtml: '<a href="javascript:alert(1)">**bold**</a>',
  nestedLinkInLink: "[a [b](javascript:alert(1))](https://ok.example)",
  htmlComment: "<!-- <script>alert(1)</script> -->",
  cdata: "<![CDATA[<script>alert(1)</script>]]>",
  formControls: '<form action="https://evil.example"><input name=x><button>Go</button></form>',
  metaRefresh: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  objectEmbed: '<object data="x.swf"></object><embed src="x.swf">',
  mathml: '<math><mtext><a href="javascript:alert(1)">x</a></mtext></math>',
  idClobber: '<a id="__NEXT_DATA__" name="x">x</a>',
  unicodeFullwidthScheme: "[x](ｊａｖａｓｃｒｉｐｔ:alert(1))",
  zeroWidthScheme: "[x](java\u200bscript:alert(1))",
  relativeLink: "[admin](/admin/roles)",
  protocolRelative: "[x](//evil.example/path)",
  fileScheme: "[x](file:///etc/passwd)",
  headingWithHtml: "# <img src=x onerror=alert(1)>",
  tableWithHtml: "| a |\n|---|\n| <script>alert(1)</script> |",
  codeBlockHtml: "```html\n<script>alert(1)</script>\n```",
};

describe("renderMarkdown with hostile input", () => {
  for (const [name, source] of Object.entries(hostile)) {
    it(`${name} renders without active content`, () => {
      expectSafe(renderMarkdown(source));
    });
  }

  it("drops raw HTML, keeping no trace of script contents", () => {
    expect(renderMarkdown("Hello <script>alert(1)</script> world")).toBe("<p>Hello alert(1) world</p>");
    expect(renderMarkdown("<script>alert(1)</script>")).toBe("");
    expect(renderMarkdown('<p style="color:red">x</p>')).toBe("");
  });

  it("turns javascript:, data: and relative links into their text", () => {
    expect(renderMarkdown("[click](javascript:alert(1))")).toBe("<p>click</p>");
    expect(renderMarkdown("[click](jav&#x09;ascript:alert(1))")).toBe("<p>click</p>");
    expect(renderMarkdown("[click][x]\n\n[x]: javascript:alert(1)")).toBe("<p>click</p>");
    expect(renderMarkdown("[x](data:text/html,hi)")).toBe("<p>x</p>");
    expect(renderMarkdown("[admin](/admin/roles)")).toBe("<p>admin</p>");
    expect(renderMarkdown("<javascript:alert(1)>")).toBe("<p>javascript:alert(1)</p>");
  });

  it("shows escaped entities and code as text", () => {
    expect(renderMarkdown("&lt;script&gt;")).toBe("<p>&#x3C;script></p>");
    expect(renderMarkdown("```\n<script>alert(1)</script>\n```")).toBe(
      "<pre><code>&#x3C;script>alert(1)&#x3C;/script>\n</code></pre>",
    );
  });

  it("keeps link titles from breaking out of the attribute", () => {
    expect(renderMarkdown('[x](https://e.example "a\\" onmouseover=\\"alert(1)")')).toBe(
      '<p><a href="https://e.example" rel="nofollow noreferrer">x</a></p>',
    );
  });

  it("removes bidi overrides and zero-width characters from text", () => {
    expect(renderMarkdown("\u202Egnp.exe\u202C and a\u200Bb")).toBe("<p>gnp.exe and ab</p>");
  });
});

describe("renderMarkdown of ordinary notes", () => {
  it("gives every link rel=nofollow noreferrer and no target", () => {
    expect(renderMarkdown("[site](https://example.org/a?b=1&c=2) <https://x.example> www.y.example a@b.example")).toBe(
      '<p><a href="https://example.org/a?b=1&#x26;c=2" rel="nofollow noreferrer">site</a> ' +
        '<a href="https://x.example" rel="nofollow noreferrer">https://x.example</a> ' +
        '<a href="http://www.y.example" rel="nofollow noreferrer">www.y.example</a> ' +
        '<a href="mailto:a@b.example" rel="nofollow noreferrer">a@b.example</a></p>',
    );
  });

  it("renders images as links to the picture, never as <img>", () => {
    expect(renderMarkdown("![flyer](https://e.example/flyer.png)")).toBe(
      '<p><a href="https://e.example/flyer.png" rel="nofollow noreferrer">flyer</a></p>',
    );
    expect(renderMarkdown("![](javascript:alert(1))")).toBe("<p>javascript:alert(1)</p>");
  });

  it("demotes headings below the page's h1 and h2", () => {
    expect(renderMarkdown("# One\n## Two\n#### Four\n###### Six")).toBe(
      "<h3>One</h3>\n<h4>Two</h4>\n<h6>Four</h6>\n<h6>Six</h6>",
    );
  });

  it("keeps emphasis, lists, quotes, tables and strikethrough", () => {
    expect(renderMarkdown("**a** *b* ~~c~~ `d`")).toBe("<p><strong>a</strong> <em>b</em> <del>c</del> <code>d</code></p>");
    expect(renderMarkdown("3. three\n4. four")).toBe('<ol start="3">\n<li>three</li>\n<li>four</li>\n</ol>');
    expect(renderMarkdown("> quoted")).toBe("<blockquote>\n<p>quoted</p>\n</blockquote>");
    expect(renderMarkdown("| a | b |\n|:-|-:|\n| 1 | 2 |")).toContain('<td align="right">2</td>');
  });

  it("renders task items and footnotes as plain text (no unlabelled checkboxes, no ids)", () => {
    expect(renderMarkdown("- [x] done")).toBe("<ul>\n<li>[x] done</li>\n</ul>");
    expect(renderMarkdown("Note[^1]\n\n[^1]: source")).toBe("<p>Note[^1]</p>\n<p>[^1]: source</p>");
  });
});
