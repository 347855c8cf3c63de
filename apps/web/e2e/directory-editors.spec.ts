import { expect, test } from "./support/test";

// An organization no other spec edits, so parallel workers never race on its listing.
const program = "Gainesville Civil Liberties Project";
const admin = "lead.gainesville-civil-liberties-project@demo.example.org";
const volunteer = { email: "staff.gainesville-immigrant-legal-clinic@demo.example.org", name: "Staff, Gainesville Immigrant Legal Clinic" };

test("an organization admin names a listing editor, who edits the listing until removed", async ({
  page,
  newPage,
  signIn,
  visit,
  check,
}) => {
  await signIn(page, admin);
  await visit(page, `/directory?q=${encodeURIComponent(program)}&place=GA&radius=state`);
  await page.getByRole("link", { name: program }).first().click();
  await check(page);
  const profile = new URL(page.url()).pathname;
  await page.getByRole("link", { name: "Edit this listing" }).click();
  await check(page);
  const editors = page.getByRole("region", { name: "Who may edit this listing" });
  await editors.getByLabel("Email address of their Puente account").fill("nobody-at-all@example.org");
  await editors.getByRole("button", { name: "Allow to edit" }).click();
  await expect(editors.getByRole("alert")).toContainText("no active Puente account with the address nobody-at-all@example.org");
  await editors.getByLabel("Email address of their Puente account").fill(volunteer.email);
  await editors.getByRole("button", { name: "Allow to edit" }).click();
  await expect(editors.getByRole("status")).toContainText(`${volunteer.email} can now edit this listing.`);
  await expect(editors.getByRole("listitem").filter({ hasText: volunteer.name })).toBeVisible();
  await check(page);

  const other = await newPage();
  await signIn(other, volunteer.email);
  await visit(other, profile);
  await other.getByRole("link", { name: "Edit this listing" }).click();
  await check(other);
  await expect(other.getByRole("region", { name: "Who may edit this listing" })).toHaveCount(0);
  const alternateName = `GCLP ${Date.now()}`;
  await other.getByLabel(/Other name/).fill(alternateName);
  await other.getByRole("button", { name: "Save listing" }).click();
  await expect(other.getByRole("main").getByRole("status").filter({ hasText: "The listing is saved." })).toBeVisible();
  await visit(other, profile);
  await expect(other.getByText(alternateName).first()).toBeVisible();

  await visit(page, `${profile}/edit`);
  await page
    .getByRole("region", { name: "Who may edit this listing" })
    .getByRole("button", { name: `Remove ${volunteer.name}` })
    .click();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "can no longer edit" })).toBeVisible();
  await check(page);

  await visit(other, profile);
  await expect(other.getByRole("link", { name: "Edit this listing" })).toHaveCount(0);
});
