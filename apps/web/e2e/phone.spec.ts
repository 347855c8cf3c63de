import type { Page } from "@playwright/test";
import { demo } from "./support/env";
import { mainNav } from "./support/sign-in";
import { expect, test } from "./support/test";

/**
 * Mobile first: advocates often use Puente on a phone. At a small phone's viewport (360 × 740 CSS
 * pixels, touch) every page people reach most must fit the screen's width — a page that scrolls
 * sideways hides half of every line — and pass axe there too (the fixtures scan each page), since
 * contrast, target size and reflow problems often appear only at this width. Wide tables may
 * scroll inside their own focusable region; the page itself may not.
 */
test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

/** How far the document is wider than the viewport, and which elements stick out. */
async function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const overflow = document.documentElement.scrollWidth - width;
    const culprits = [...document.querySelectorAll("body *")]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        if (box.width === 0 || box.right <= width + 1) return false;
        // Inside a region that scrolls on its own, sticking out is the point.
        for (let parent = element.parentElement; parent; parent = parent.parentElement) {
          const style = getComputedStyle(parent);
          if (["auto", "scroll", "hidden", "clip"].includes(style.overflowX)) return false;
        }
        return true;
      })
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join(".")}`);
    return { overflow, culprits };
  });
}

async function expectFitsTheScreen(page: Page) {
  const { overflow, culprits } = await horizontalOverflow(page);
  expect(culprits, `elements wider than the screen on ${page.url()}`).toEqual([]);
  expect(overflow, `sideways scrolling on ${page.url()}`).toBeLessThanOrEqual(1);
}

test("a visitor on a phone finds help in the directory without scrolling sideways", async ({ page, visit, check }) => {
  for (const path of ["/", "/es", "/sign-in", "/directory"]) {
    await visit(page, path);
    await expectFitsTheScreen(page);
  }
  await visit(page, "/directory?place=30303&radius=25&lang=es");
  // One link per matching service of the program.
  await expect(page.getByRole("link", { name: demo.program }).first()).toBeVisible();
  await expectFitsTheScreen(page);
  await visit(page, "/directory?place=GA&view=map");
  await expect(page.locator("svg[role=img]")).toBeVisible();
  await expectFitsTheScreen(page);
  await page.getByRole("link", { name: demo.program }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(demo.program);
  await check(page);
  await expectFitsTheScreen(page);
});

test("an advocate on a phone reaches strategy notes, referrals and attorneys from the menu", async ({
  page,
  signIn,
  check,
}) => {
  test.setTimeout(300_000);
  await signIn(page, demo.advocate);
  await expectFitsTheScreen(page);
  // Every page of the main navigation is one tap away and fits the screen.
  const nav = mainNav(page);
  const labels = ["Strategy notes", "Referrals", "Attorneys", "Notifications", "Directory"];
  for (const label of labels) {
    await nav.getByRole("link", { name: label, exact: false }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await check(page);
    await expectFitsTheScreen(page);
  }

  // The forms people fill in on a phone: a new note, a new referral.
  await nav.getByRole("link", { name: "Strategy notes" }).click();
  await check(page);
  await page.getByRole("link", { name: "Sheriff agreed to stop 287(g) screening of people booked as victims" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await check(page);
  await expectFitsTheScreen(page);
  for (const path of ["/strategy/new", "/referrals/new"]) {
    await page.goto(path);
    await check(page);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectFitsTheScreen(page);
  }
});

test("an attorney's offers and an administrator's topics fit a phone too", async ({ page, newPage, signIn, visit, check }) => {
  test.setTimeout(300_000);
  await signIn(page, demo.attorney);
  await visit(page, "/es/referrals/offers");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectFitsTheScreen(page);

  const admin = await newPage();
  await admin.setViewportSize({ width: 360, height: 740 });
  await signIn(admin, demo.admin);
  await visit(admin, "/strategy/categories");
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Strategy topics");
  // A topic's form opens inside its card and must fit as well.
  await admin.locator("summary").first().click();
  await check(admin);
  await expectFitsTheScreen(admin);
});
