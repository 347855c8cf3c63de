import { demo } from "./support/env";
import { expect, test } from "./support/test";

/**
 * What administrators and national moderators change about strategy moderation itself: the flag
 * threshold (validated, logged) and a group's own moderators (logged with the person and reason).
 * A group's moderator removes a member from its roster. Everything is put back at the end, so
 * specs running beside this one see the demo as seeded.
 */
const staff = "Staff, Atlanta Safe Harbor";
// A Georgia coalition member no other spec relies on; added back at the end of the roster test.
const leaver = { email: "staff.casa-de-paz-atlanta@demo.example.org", name: "Staff, Casa de Paz Atlanta" };

test("an administrator changes the flag threshold (an out-of-range number is refused) and names a group moderator; both are in the moderation log", async ({
  page,
  signIn,
  visit,
  check,
}) => {
  test.setTimeout(300_000);
  await signIn(page, demo.admin);
  await visit(page, "/moderation/strategy");
  await page.getByRole("link", { name: "Flag threshold settings" }).click();
  await page.waitForURL(/\/moderation\/strategy\/settings$/);
  await check(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Flag threshold");
  await expect(page.getByText("Now 3 members' flags hide a post.")).toBeVisible();

  const field = page.getByRole("spinbutton", { name: "Flags that hide a post" });
  await field.fill("0");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.locator(".p-field__error")).toHaveText("Enter a whole number from 1 to 50.");
  await check(page);
  await field.fill("4");
  await page.getByLabel("Reason (optional, shown in the moderation log)").fill("A wave of spam flags");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved. From now on 4 members' flags hide a post.", { exact: false })).toBeVisible();

  // A group's own moderator, named from the roster with a reason.
  await visit(page, "/strategy/groups");
  const row = page.getByRole("row", { name: new RegExp(staff) });
  await row.getByLabel("Reason (optional, for the moderation log)").fill("Coordinates the Atlanta meetings");
  await row.getByRole("button", { name: `Make ${staff} a moderator` }).click();
  await expect(page.getByText(`${staff} now moderates this group.`)).toBeVisible();
  await check(page);

  await visit(page, "/moderation/strategy");
  const log = page.getByRole("region", { name: "Moderation log" });
  await expect(log.getByRole("row", { name: /Changed the flag threshold from 3 to 4 .*A wave of spam flags/ })).toBeVisible();
  await expect(
    log.getByRole("row", { name: new RegExp(`Named a group moderator Group: Georgia coalition · Member: ${staff} Coordinates the Atlanta meetings`) }),
  ).toBeVisible();
  await expect(page.getByText("A post is hidden when 4 members flag it", { exact: false })).toBeVisible();

  // Everything back as seeded: the group's moderator, then the threshold on the Spanish page (last,
  // since the language choice is remembered for the pages after it).
  await visit(page, "/strategy/groups");
  await page.getByRole("row", { name: new RegExp(staff) }).getByRole("button", { name: `Remove ${staff} as moderator` }).click();
  await expect(page.getByText(`${staff} no longer moderates this group and stays a member.`)).toBeVisible();
  await visit(page, "/es/moderation/strategy/settings");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Umbral de señalamientos");
  await page.getByRole("spinbutton", { name: "Señalamientos que ocultan una publicación" }).fill("3");
  await page.getByRole("button", { name: "Guardar" }).click();
  await expect(page.getByText("Guardado.", { exact: false })).toBeVisible();
});

test("a group moderator removes a member: the roster says who was removed and keeps focus; the same removal from a stale tab is refused, said the same way", async ({
  page,
  signIn,
  visit,
  check,
}) => {
  test.setTimeout(300_000);
  await signIn(page, demo.orgadmin);
  await visit(page, "/strategy/groups");

  // The roster's live region is there, empty, before any change, in this tab and in a second one
  // opened now, which will still list the member after this tab removes them.
  const roster = (tab: typeof page) => {
    const group = tab.getByRole("region", { name: "Georgia coalition" });
    return {
      group,
      row: group.getByRole("row", { name: new RegExp(leaver.name) }),
      heading: group.getByRole("heading", { name: "Members of Georgia coalition" }),
      live: group.locator('[data-e2e-live="roster"]'),
    };
  };
  const markLive = async (tab: typeof page) => {
    const empty = roster(tab).group.locator('[role="status"]:empty');
    await expect(empty).toHaveCount(1);
    await empty.evaluate((region) => region.setAttribute("data-e2e-live", "roster"));
  };
  const here = roster(page);
  await expect(here.row).toHaveCount(1);
  await markLive(page);
  const other = await page.context().newPage();
  await visit(other, "/strategy/groups");
  const there = roster(other);
  await expect(there.row).toHaveCount(1);
  await markLive(other);

  // The removal, by keyboard: the row leaves with its form, so the roster's region says who was
  // removed and focus moves to the roster's heading instead of falling to the page's body.
  await here.row.getByLabel("Reason (optional, for the moderation log)").fill("Left the coalition");
  await here.row.getByRole("button", { name: `Remove ${leaver.name}` }).press("Enter");
  await expect(here.live).toHaveText(`${leaver.name} was removed from this group.`);
  await expect(here.row).toHaveCount(0);
  await expect(page.locator(":focus")).toHaveCount(1);
  await expect(here.heading).toBeFocused();
  await check(page);

  // The stale tab's removal is refused; its refresh takes the row away too, so the refusal is
  // said by the roster's region and focus moves to the heading as well.
  await there.row.getByRole("button", { name: `Remove ${leaver.name}` }).press("Enter");
  await expect(there.live).toHaveText("We could not find that. It may have been removed.");
  await expect(there.row).toHaveCount(0);
  await expect(other.locator(":focus")).toHaveCount(1);
  await expect(there.heading).toBeFocused();
  await check(other);
  await other.close();

  // Back as seeded: the member is added again by email.
  await here.group.getByLabel("Add a member by email").fill(leaver.email);
  await here.group.getByRole("button", { name: "Add", exact: true }).click();
  await expect(here.group.getByRole("status").filter({ hasText: "Member added." })).toBeVisible();
  await expect(here.row).toHaveCount(1);
  await check(page);
});

test("a national moderator reads the threshold but cannot change it; a member cannot open the page", async ({
  page,
  newPage,
  signIn,
  visit,
}) => {
  await signIn(page, demo.moderator);
  await visit(page, "/moderation/strategy/settings");
  await expect(page.getByText("Only administrators can change it.")).toBeVisible();
  await expect(page.getByRole("spinbutton", { name: "Flags that hide a post" })).toHaveCount(0);

  const member = await newPage();
  await signIn(member, demo.orgadmin);
  await member.goto("/moderation/strategy/settings");
  await expect(member).not.toHaveURL(/\/moderation\/strategy\/settings/);
});
