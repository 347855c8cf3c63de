import type { Page } from "@playwright/test";
import { demo } from "./support/env";
import { expect, test } from "./support/test";

const publicPages = [
  "/",
  "/sign-in",
  "/sign-in/check-email",
  "/es",
  "/es/sign-in",
  "/no-such-page",
  "/invitations/not-a-real-token-0000000000",
];

/** There is no internet here: the neutral site the quick exit goes to is a tiny local page. */
async function fakeNeutralSite(page: Page) {
  await page.route("https://weather.com/**", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: "<!doctype html><title>Weather</title><h1>Weather</h1>",
    }),
  );
}

test("every public page has the quick exit, described for screen readers", async ({
  page,
  visit,
}) => {
  for (const path of publicPages) {
    await visit(page, path);
    const exit = page.getByRole("link", { name: /^(Quick exit|Salida rápida)$/ });
    await expect(exit, path).toHaveAttribute("href", "https://weather.com/");
    await expect(exit, path).toHaveAccessibleDescription(/Esc/);
  }
});

test("the quick exit leaves for the neutral site and replaces the history entry", async ({
  page,
  visit,
  check,
}) => {
  await fakeNeutralSite(page);
  await visit(page, "/");
  await visit(page, "/sign-in");
  await page.getByRole("link", { name: "Quick exit" }).click();
  await expect(page).toHaveURL("https://weather.com/");
  await page.goBack();
  // Back goes to the page before the one the exit was pressed on, not to the sign-in page.
  await expect(page).toHaveURL(/:\d+\/$/);
  await check(page);
});

test("pressing Escape twice does the same", async ({ page, visit, check }) => {
  await fakeNeutralSite(page);
  await visit(page, "/es");
  await visit(page, "/es/sign-in");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL("https://weather.com/");
  await page.goBack();
  await expect(page).toHaveURL(/\/es$/);
  await check(page);
});

test("a single Escape does not leave", async ({ page, visit }) => {
  await fakeNeutralSite(page);
  await visit(page, "/sign-in");
  await page.keyboard.press("Escape");
  await page.waitForTimeout(1200);
  await page.keyboard.press("Escape");
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("pages carry a nonce-based CSP and privacy headers", async ({ page, check }) => {
  const response = await page.goto("/");
  await check(page);
  const headers = response!.headers();
  const policy = headers["content-security-policy"] ?? "";
  const scriptSrc =
    policy
      .split(";")
      .map((d) => d.trim())
      .find((d) => d.startsWith("script-src ")) ?? "";
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
  expect(nonce, `script-src in "${policy}"`).toBeTruthy();
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  // Next put this response's nonce on its scripts (browsers hide it from getAttribute).
  const nonces = await page.evaluate(() => [...document.scripts].map((s) => s.nonce));
  expect(nonces.length).toBeGreaterThan(0);
  expect(new Set(nonces)).toEqual(new Set([nonce]));
  // A fresh nonce per response.
  const again = (await page.request.get("/")).headers()["content-security-policy"];
  expect(again).not.toContain(nonce);
});

test("the health check reports the embedded database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "pglite" });
});

test("the skip link is the first focusable element and moves focus to the main content", async ({
  page,
  visit,
}) => {
  await visit(page, "/sign-in");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
  // The next Tab continues inside main: the sign-in form's email field.
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Email address")).toBeFocused();
});

test("the session cookie is httpOnly, SameSite and Secure", async ({ page, signIn, context }) => {
  await signIn(page, demo.advocate);
  const session = (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"));
  expect(session, "session cookie").toBeDefined();
  expect(session!.httpOnly).toBe(true);
  expect(["Lax", "Strict"]).toContain(session!.sameSite);
  expect(session!.secure).toBe(true);
  expect(session!.name.startsWith("__Secure-")).toBe(true);
});
