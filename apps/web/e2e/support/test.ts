import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { baseURL } from "./env";
import { signInWithMagicLink, type Locale } from "./sign-in";

/**
 * Fixtures every spec uses:
 * - `visit(page, path)`: goto, wait for hydration, scan with axe;
 * - `check(page)`: hydration + axe after a click, a form or a redirect brought the page somewhere;
 * - `newPage()`: a page in a fresh browser context (another person, another device);
 * - `signIn(page, email)`: the magic-link sign-in, every page on the way scanned.
 * After each test, an automatic check verifies that every page of the app the test landed on was
 * scanned, and that the browser reported no Content-Security-Policy violation (a blocked script
 * would silently leave people with plain HTML: no quick-exit shortcut, no client forms).
 */
interface Tracker {
  scanned: Set<string>;
  landed: Set<string>;
  cspViolations: string[];
  watch: (context: BrowserContext) => void;
}

interface Fixtures {
  tracker: Tracker;
  visit: (page: Page, path: string) => Promise<void>;
  check: (page: Page) => Promise<void>;
  newPage: () => Promise<Page>;
  signIn: (page: Page, email: string, locale?: Locale) => ReturnType<typeof signInWithMagicLink>;
}

function appPath(url: string): string | null {
  const parsed = new URL(url);
  return parsed.origin === baseURL ? parsed.pathname + parsed.search : null;
}

/** React puts its props on DOM nodes as it hydrates them; the quick exit is on every page. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const exit = document.querySelector(".p-quick-exit");
    return exit !== null && Object.keys(exit).some((key) => key.startsWith("__reactProps"));
  });
}

export const test = base.extend<Fixtures>({
  tracker: [
    async ({ context }, provide) => {
      const tracker: Tracker = {
        scanned: new Set(),
        landed: new Set(),
        cspViolations: [],
        watch(watched) {
          const watchPage = (page: Page) => {
            page.on("framenavigated", (frame) => {
              const path = frame === page.mainFrame() ? appPath(frame.url()) : null;
              if (path) tracker.landed.add(path);
            });
            page.on("console", (message) => {
              if (/Content[ -]Security[ -]Policy/i.test(message.text()))
                tracker.cspViolations.push(message.text());
            });
          };
          watched.pages().forEach(watchPage);
          watched.on("page", watchPage);
        },
      };
      tracker.watch(context);
      await provide(tracker);
      expect(tracker.cspViolations, "CSP violations reported by the browser").toEqual([]);
      const unscanned = [...tracker.landed].filter((path) => !tracker.scanned.has(path));
      expect(unscanned, "pages the test landed on but never scanned with axe").toEqual([]);
    },
    { auto: true },
  ],
  check: async ({ tracker }, provide) => {
    await provide(async (page) => {
      await page.waitForLoadState("load");
      await waitForHydration(page);
      await expectNoAxeViolations(page);
      const path = appPath(page.url());
      if (path) tracker.scanned.add(path);
    });
  },
  visit: async ({ check }, provide) => {
    await provide(async (page, path) => {
      await page.goto(path);
      await check(page);
    });
  },
  newPage: async ({ browser, tracker }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async () => {
      const context = await browser.newContext({ baseURL });
      contexts.push(context);
      tracker.watch(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
  signIn: async ({ check }, provide) => {
    await provide((page, email, locale) => signInWithMagicLink(page, check, email, locale));
  },
});

export { expect };
