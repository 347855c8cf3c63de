import type { Page } from "@playwright/test";
import { demo, freshAddress } from "./support/env";
import { mainNav } from "./support/sign-in";
import { expect, test } from "./support/test";

/**
 * Attorney profiles end to end: a new person is approved, applies as a volunteer attorney, a
 * moderator verifies the bar admission and approves, and an advocate finds them in the roster,
 * without ever seeing the bar number. Every page is scanned with axe by the fixtures.
 */

function card(page: Page, name: string) {
  return page.getByRole("main").getByRole("listitem").filter({ has: page.getByRole("heading", { name, exact: true }) });
}

test("a new person applies as an attorney, a moderator verifies and approves, a member finds them", async ({
  page,
  signIn,
  check,
  newPage,
}) => {
  // Four people and a dozen pages: longer than the default on a busy two-core machine.
  test.setTimeout(360_000);
  const email = freshAddress("new.attorney");
  const name = `Rosa Abogada ${Date.now() % 100000}`;
  const barNumber = `NC-${Date.now() % 10000000}`;

  // Sign up, name themself; a moderator approves the new account.
  const lawyer = await newPage();
  await signIn(lawyer, email);
  await mainNav(lawyer).getByRole("link", { name: "My profile" }).click();
  await check(lawyer);
  await lawyer.getByLabel("Your name").fill(name);
  await lawyer.getByRole("button", { name: "Save profile" }).click();
  await expect(lawyer.getByRole("main").getByRole("status").filter({ hasText: "Your profile is saved." })).toBeVisible();
  await check(lawyer);

  await signIn(page, demo.moderator);
  await mainNav(page).getByRole("link", { name: "Vetting queue" }).click();
  await check(page);
  await card(page, name).getByRole("button", { name: `Approve: ${name}`, exact: true }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(`${name} is approved.`);

  // Now a member: from the roster to the application form.
  await lawyer.reload();
  await check(lawyer);
  await mainNav(lawyer).getByRole("link", { name: "Attorneys" }).click();
  await check(lawyer);
  await lawyer.getByRole("link", { name: "Are you an immigration attorney? Volunteer with Puente" }).click();
  await expect(lawyer.getByRole("heading", { level: 1 })).toHaveText("My attorney profile");
  await check(lawyer);

  const form = lawyer.getByRole("main");
  await form.getByLabel("Kind of practice").selectOption({ label: "Solo practice" });
  await lawyer.locator("#bar-0-state").selectOption({ label: "North Carolina" });
  await lawyer.locator("#bar-0-number").fill(barNumber);
  await lawyer.locator("#bar-0-year").fill("2018");
  await form.getByLabel("Spanish", { exact: true }).selectOption({ label: "fluent" });
  await form.getByLabel("English", { exact: true }).selectOption({ label: "native" });
  await lawyer.locator("#region-0-state").selectOption({ label: "North Carolina" });
  await lawyer.locator("#region-0-county").fill("Wake");
  await form.getByLabel("I also take cases remotely").check();
  await form.getByLabel("Most open referrals at once").fill("4");

  // Forgetting the practice areas: told which field, nothing saved.
  await form.getByRole("button", { name: "Send my application" }).click();
  await expect(form.getByRole("alert").first()).toHaveText("Please correct the fields marked below.");
  await expect(form.getByText("Choose at least one practice area.")).toBeVisible();
  await check(lawyer);

  await form.getByLabel("U visa", { exact: true }).check();
  await form.getByLabel("VAWA self-petition", { exact: true }).check();
  await form.getByRole("button", { name: "Send my application" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Your application was sent" })).toBeVisible();
  await lawyer.reload();
  await check(lawyer);
  await expect(lawyer.getByText("Your application is waiting for a moderator.")).toBeVisible();
  await expect(lawyer.getByRole("cell", { name: barNumber, exact: true })).toBeVisible(); // their own number

  // A member cannot see the application yet.
  const advocate = await newPage();
  await signIn(advocate, demo.advocate);
  await mainNav(advocate).getByRole("link", { name: "Attorneys" }).click();
  await check(advocate);
  await expect(advocate.getByRole("link", { name, exact: true })).toHaveCount(0);

  // The moderator verifies the bar admission, then approves.
  await mainNav(page).getByRole("link", { name: "Attorney applications" }).click();
  await check(page);
  const application = card(page, name);
  await expect(application.getByRole("cell", { name: barNumber, exact: true })).toBeVisible();
  await application.getByRole("button", { name: `Verify: ${name}, NC ${barNumber}`, exact: true }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("The bar admission is verified.");
  await check(page);
  await card(page, name).getByRole("button", { name: `Approve: ${name}`, exact: true }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("The attorney is approved.");
  await expect(card(page, name)).toHaveCount(0);
  await check(page);

  // The advocate finds the new attorney with the filters their case needs.
  await advocate.getByLabel("Practice area").selectOption({ label: "U visa" });
  await advocate.getByLabel("Language", { exact: true }).selectOption({ label: "Spanish" });
  await advocate.getByLabel("State (admitted or in person)").selectOption({ label: "North Carolina" });
  await advocate.getByLabel("Taking new referrals now").check();
  await advocate.getByRole("button", { name: "Show attorneys" }).click();
  await expect(advocate).toHaveURL(/area=u_visa/);
  await check(advocate);
  await advocate.getByRole("link", { name, exact: true }).click();
  await expect(advocate.getByRole("heading", { level: 1 })).toHaveText(name);
  await check(advocate);
  await expect(advocate.getByRole("main")).toContainText("Wake County, NC");
  await expect(advocate.getByRole("row", { name: /North Carolina/ })).toContainText("Verified");
  // Bar numbers are for the attorney and moderators only: not in the page, not in its payload.
  expect(await advocate.content()).not.toContain(barNumber);

  // The approved attorney now has their own menu entry and can pause new referrals.
  await lawyer.reload();
  await check(lawyer);
  await expect(mainNav(lawyer).getByRole("link", { name: "My attorney profile" })).toBeVisible();
  await lawyer.getByLabel("I am taking new referrals").uncheck();
  await lawyer.getByRole("button", { name: "Save availability" }).click();
  await expect(lawyer.getByRole("main").getByRole("status").filter({ hasText: "Your availability was saved." })).toBeVisible();
  await check(lawyer);
  await advocate.goto(`/attorneys?area=u_visa&accepting=1&state=NC`);
  await check(advocate);
  await expect(advocate.getByRole("link", { name, exact: true })).toHaveCount(0);
});

test("visitors and pending people never reach attorney profiles", async ({ page, visit, signIn, check }) => {
  await visit(page, "/attorneys");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=(%2F|\/)attorneys$/);
  await signIn(page, demo.pending);
  await page.goto("/attorneys");
  await check(page);
  await expect(page).not.toHaveURL(/\/attorneys/);
  expect(await page.content()).not.toContain("Alicia Attorney");
});

test("the roster and the attorney's own page in Spanish", async ({ page, signIn, check }) => {
  test.setTimeout(240_000);
  await signIn(page, demo.attorney, "es");
  await mainNav(page).getByRole("link", { name: "Abogados/as" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Abogados/as");
  await check(page);
  await expect(page.getByRole("status")).toHaveText(/\d+ abogados\/as/);
  await page.getByLabel("Idioma", { exact: true }).selectOption({ label: "Español" });
  await page.getByRole("button", { name: "Mostrar abogados/as" }).click();
  await check(page);
  await page.getByRole("link", { name: "Alicia Attorney", exact: true }).click();
  await check(page);
  await expect(page.getByRole("main")).toContainText("Autopetición VAWA");

  await mainNav(page).getByRole("link", { name: "Mi perfil de abogado/a" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mi perfil de abogado/a");
  await check(page);
  await expect(page.getByText("Usted es abogado/a voluntario/a aprobado/a.")).toBeVisible();
  await expect(page.getByRole("cell", { name: "GA-204871" })).toBeVisible();
});
