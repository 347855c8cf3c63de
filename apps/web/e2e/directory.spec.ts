import type { Page } from "@playwright/test";
import { demo } from "./support/env";
import { expect, test } from "./support/test";

/**
 * Confidential values in the demo carry a marker (packages/db/src/seed/confidential.ts): shelter
 * address lines "Suite CONF-0003", staff emails "conf-0001.…", confidential phones 555-0150…0199.
 */
const confidential = /conf-\d|conf-s\d|555-01[5-9]\d/i;

/** The page as HTML and as the React Server Components payload a client navigation would fetch. */
async function everythingSentFor(page: Page, path: string): Promise<string> {
  const html = await page.request.get(path);
  const rsc = await page.request.get(path, { headers: { RSC: "1" } });
  expect(html.status()).toBe(200);
  return `${await html.text()}\n${await rsc.text()}`;
}

const search = "/directory?place=30303&radius=25&service=u-visa&lang=es";

test("an advocate finds U-visa help in Spanish near a ZIP, filters, maps and opens a confidential address", async ({
  page,
  signIn,
  visit,
  check,
}) => {
  await signIn(page, demo.advocate);
  await visit(page, "/directory");
  await page.getByLabel("Place").fill("30303");
  await page.getByRole("checkbox", { name: /^U visa/ }).check();
  await page.getByRole("checkbox", { name: /^Spanish/ }).check();
  await page.getByRole("button", { name: "Search" }).click();
  await page.waitForURL(/place=30303/);
  await check(page);
  // The URL holds what was chosen and nothing blank (the form also sends its empty text field).
  expect(new URL(page.url()).search).toBe("?place=30303&radius=25&sort=distance&service=u-visa&lang=es");
  const results = page.locator(".p-results > li");
  await expect(results.first()).toBeVisible();
  await expect(page.getByRole("link", { name: demo.program })).toBeVisible();
  const spanishCount = await results.count();

  // A second language widens the results; its count was shown beside it.
  const vietnamese = page.getByRole("checkbox", { name: /^Vietnamese/ });
  const shown = Number((await vietnamese.locator("xpath=..").innerText()).match(/\((\d+)\)/)?.[1]);
  expect(shown).toBeGreaterThan(0);
  await vietnamese.check();
  await page.getByRole("button", { name: "Search" }).click();
  await page.waitForURL(/lang=vi/);
  await check(page);
  expect(await results.count()).toBeGreaterThanOrEqual(spanishCount);

  await page.getByRole("link", { name: "Map", exact: true }).click();
  await page.waitForURL(/view=map/);
  await check(page);
  await expect(page.locator("svg[role=img] title")).toHaveText(/Map of/);
  await expect(page.getByRole("table", { name: "The results on the map" })).toBeVisible();
  await page.getByRole("link", { name: "List", exact: true }).click();
  await page.waitForURL(/view=list/);
  await check(page);

  await page.getByRole("link", { name: demo.program }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(demo.program);
  await check(page);
  await expect(page.getByText(/Confidential — members only/)).toBeVisible();
  await expect(page.getByText(/CONF-\d+/)).toBeVisible();
});

test("a visitor running the same search receives no confidential value in any page or payload", async ({ page, visit }) => {
  await visit(page, search);
  await expect(page.getByRole("link", { name: demo.program })).toBeVisible();
  const profileHref = await page.getByRole("link", { name: demo.program }).first().getAttribute("href");
  expect(profileHref).toBeTruthy();
  for (const path of [search, `${search}&view=map`, `/directory/print?place=30303&radius=25&service=u-visa&lang=es`, profileHref!]) {
    const sent = await everythingSentFor(page, path);
    expect(sent, path).not.toMatch(confidential);
  }
  await visit(page, profileHref!);
  await expect(page.getByText(/Confidential location in Atlanta, GA/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Suggest an edit" })).toHaveCount(0);
});

test("an unknown place says so instead of showing an empty page", async ({ page, visit }) => {
  await visit(page, "/directory?place=Atlantis%2C%20ZZ");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("We could not find the place");
});

test("a member suggests an edit and a moderator accepts it", async ({ page, signIn, visit, check, newPage }) => {
  await signIn(page, demo.advocate);
  await visit(page, search);
  await page.getByRole("link", { name: demo.program }).first().click();
  await check(page);
  const profile = new URL(page.url()).pathname;
  await page.getByRole("link", { name: "Suggest an edit" }).click();
  await check(page);
  const website = `https://casasegura-${Date.now()}.example.org`;
  await page.getByLabel("Website").fill(website);
  await page.getByLabel(/What changed/).fill("Their new website");
  await page.getByRole("button", { name: "Send suggestion" }).click();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "A moderator will review" })).toBeVisible();

  const moderator = await newPage();
  await moderatorSignIn(moderator, signIn);
  await visit(moderator, "/moderation/listings");
  const card = moderator.locator(".p-card").filter({ hasText: website });
  await expect(card).toContainText(demo.program);
  await card.getByRole("button", { name: `Accept: ${demo.program}` }).click();
  await expect(moderator.getByRole("main").getByRole("status").filter({ hasText: "Suggestion accepted" })).toBeVisible();
  await check(moderator);

  await visit(page, profile);
  await expect(page.getByRole("link", { name: website })).toBeVisible();
});

async function moderatorSignIn(page: Page, signIn: (page: Page, email: string) => Promise<unknown>) {
  await signIn(page, demo.moderator);
}

test("the directory speaks Spanish", async ({ page, visit }) => {
  await visit(page, "/es/directory?place=30303&service=u-visa");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Directorio");
  await expect(page.getByRole("button", { name: "Buscar" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /^Visa U/ })).toBeChecked();
  await expect(page.getByText(/resultados?/).first()).toBeVisible();
});
