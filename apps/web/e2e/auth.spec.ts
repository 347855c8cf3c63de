import { demo, freshAddress } from "./support/env";
import { waitForMail } from "./support/mail";
import { mainNav, navItems, openMagicLink, requestMagicLink } from "./support/sign-in";
import { expect, test } from "./support/test";

const pendingBanner = /Your account is waiting for approval/;

// What each demo role may use, in navigation order. The development mailbox link never appears
// in production, whoever is signed in.
const navigationByRole = [
  { email: demo.pending, items: ["Home", "Directory", "My profile", "Sign out"] },
  { email: demo.advocate, items: ["Home", "Directory", "Strategy notes", "Attorneys", "Referrals", "My organization", "My profile", "Notifications", "Sign out"] },
  { email: demo.attorney, items: ["Home", "Directory", "Strategy notes", "Attorneys", "Referrals", "My organization", "My profile", "Notifications", "My attorney profile", "Sign out"] },
  {
    email: demo.moderator,
    items: ["Home", "Directory", "Strategy notes", "Attorneys", "Referrals", "My organization", "My profile", "Notifications", "Vetting queue", "Listing review", "Attorney applications", "Referral totals", "Strategy moderation", "Sign out"],
  },
  {
    email: demo.admin,
    items: ["Home", "Directory", "Strategy notes", "Attorneys", "Referrals", "My organization", "My profile", "Notifications", "Vetting queue", "Listing review", "Attorney applications", "Referral totals", "Strategy moderation", "Administration", "Sign out"],
  },
];

test("a visitor sees only Home and Sign in; the mail preview is absent in production", async ({
  page,
  visit,
  request,
}) => {
  await visit(page, "/");
  expect(await navItems(page)).toEqual(["Home", "Directory", "Sign in"]);
  await expect(page.getByText("Sent emails (development)")).toHaveCount(0);
  expect((await request.get("/dev/mail")).status()).toBe(404);
});

for (const { email, items } of navigationByRole) {
  test(`${email.split("@")[0]} signs in by magic link and sees exactly their navigation`, async ({
    page,
    signIn,
    check,
  }) => {
    await signIn(page, email);
    expect(await navItems(page)).toEqual(items);
    const banner = page.getByRole("main").getByRole("status").filter({ hasText: pendingBanner });
    await expect(banner).toHaveCount(email === demo.pending ? 1 : 0);
    // Every link in the navigation opens a page this role may see (not a redirect home).
    for (const item of items.filter((label) => !["Home", "Sign out"].includes(label))) {
      await mainNav(page).getByRole("link", { name: item }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(item);
      await check(page);
      await expect(mainNav(page).getByRole("link", { name: item })).toHaveAttribute(
        "aria-current",
        "page",
      );
    }
  });
}

test("a used or tampered sign-in link is refused with a way to get a new one", async ({
  page,
  visit,
  check,
  newPage,
}) => {
  const email = freshAddress("reuse");
  await visit(page, "/sign-in");
  const { link } = await requestMagicLink(page, check, email);

  const tampered = new URL(link);
  tampered.searchParams.set("token", `${tampered.searchParams.get("token")!.slice(0, -4)}0000`);
  const linkProblem = async (target: string) => {
    const other = await newPage();
    await other.goto(target);
    await expect(other).toHaveURL(/\/sign-in\?error=Verification/);
    await check(other);
    await expect(other.getByRole("status")).toHaveText(
      "That sign-in link has expired or was already used. Enter your email to get a new one.",
    );
    await expect(other.getByLabel("Email address")).toBeVisible();
    await expect(other.getByRole("button", { name: "Email me a sign-in link" })).toBeVisible();
    await expect(other.getByRole("link", { name: "Sign in", exact: true })).toBeVisible();
  };

  await linkProblem(tampered.toString());
  // The tampered attempt did not spend the real link…
  await openMagicLink(page, check, link);
  // …which works once only.
  await linkProblem(link);
});

test("sign out ends the session", async ({ page, signIn, check, context }) => {
  await signIn(page, demo.orgadmin);
  await mainNav(page).getByRole("button", { name: "Sign out" }).click();
  await expect(mainNav(page).getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  await check(page);
  expect((await context.cookies()).filter((c) => c.name.includes("session-token"))).toEqual([]);
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=\/profile$/);
  await check(page);
});

test("sign out on all devices ends the sessions of every browser", async ({
  page,
  signIn,
  check,
  newPage,
}) => {
  const email = freshAddress("everywhere");
  await signIn(page, email);
  const otherDevice = await newPage();
  await signIn(otherDevice, email);

  await mainNav(page).getByRole("link", { name: "My profile" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My profile");
  await check(page);
  await page.getByRole("button", { name: "Sign out on all devices" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await check(page);
  await expect(mainNav(page).getByRole("link", { name: "Sign in" })).toBeVisible();

  await otherDevice.reload();
  await check(otherDevice);
  expect(await navItems(otherDevice)).toEqual(["Home", "Directory", "Sign in"]);
});

test("a pending person cannot open members' pages", async ({ page, signIn, check }) => {
  await signIn(page, demo.pending);
  for (const path of ["/organization", "/moderation/vetting", "/admin"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/$/);
    await check(page);
    await expect(page.getByRole("main").getByRole("status")).toHaveText(pendingBanner);
  }
});

test("an invalid email address gets a field error in the page's language", async ({
  page,
  visit,
  check,
}) => {
  const since = Date.now();
  for (const { path, submit, error, summary } of [
    {
      path: "/sign-in",
      submit: "Email me a sign-in link",
      error: "Enter an email address such as name@example.org.",
      summary: "Please correct the fields marked below.",
    },
    {
      path: "/es/sign-in",
      submit: "Enviarme un enlace para iniciar sesión",
      error: "Escriba un correo electrónico como nombre@ejemplo.org.",
      summary: "Por favor, corrija los campos señalados abajo.",
    },
  ]) {
    await visit(page, path);
    const field = page.getByRole("textbox");
    await field.fill("not-an-email");
    await page.getByRole("button", { name: submit }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(summary);
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(new RegExp(error.replace(/\./g, "\\.")));
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await check(page);
  }
  // Nothing was sent for the invalid address.
  await expect(waitForMail("not-an-email", since, { timeout: 500 })).rejects.toThrow();
});
