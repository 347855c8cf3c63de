import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

type Violations = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"];

/** One line per rule and node, so a failure says what to fix and where. */
function describe(violations: Violations): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map(
        (n) => `    ${n.target.join(" ")}\n      ${n.failureSummary?.replace(/\n/g, "\n      ")}`,
      );
      return `${v.id} (${v.impact}): ${v.help}\n  ${v.helpUrl}\n${nodes.join("\n")}`;
    })
    .join("\n\n");
}

/**
 * Scans the page as it is now against WCAG 2.2 AA; fails with a readable list of violations.
 * After a client-side navigation Next.js streams the new page's <title> in after its content, so
 * a scan right after a click could find none (CI saw `document-title` on /attorneys once). The
 * scan waits a moment for a title; a page that never gets one still fails, on axe's own rule.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await page
    .waitForFunction(() => document.title.trim() !== "", undefined, { timeout: 5_000 })
    .catch(() => undefined);
  const { violations } = await new AxeBuilder({ page })
    .withTags(tags)
    .options({ resultTypes: ["violations"] })
    .analyze();
  expect(
    violations.length,
    `Accessibility violations on ${page.url()}:\n\n${describe(violations)}`,
  ).toBe(0);
}
