import { demo } from "./support/env";
import { expect, test } from "./support/test";

/**
 * The administrators' strategy topics page: a topic is added with its English and Spanish names
 * (a missing Spanish name is refused beside the field, the rest kept as typed), renamed and moved
 * to the end, given a topic moderator who is then removed (both changes in the moderation log;
 * the same removal from a second tab is refused, and said where the moderator was listed),
 * shown in Spanish, and archived at the end so specs beside this one see only the seeded topics.
 * Other people are sent away from the page.
 */
const moderator = {
  email: "staff.seattle-civil-liberties-project@demo.example.org",
  name: "Staff, Seattle Civil Liberties Project",
};

test("an administrator adds, renames, reorders and archives a topic and names and removes its moderator; the log shows both", async ({
  page,
  visit,
  check,
  signIn,
}) => {
  test.setTimeout(300_000);
  const stamp = `${Date.now()}`;
  const slug = `e2e-topic-${stamp}`;
  const name = `E2E topic ${stamp}`;
  const renamed = `E2E topic renamed ${stamp}`;
  const nameEs = `Tema e2e ${stamp}`;

  await signIn(page, demo.admin);
  await visit(page, "/strategy");
  await page.getByRole("link", { name: "Manage topics" }).click();
  await page.waitForURL(/\/strategy\/categories$/);
  await check(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Strategy topics");

  // A topic without its Spanish name is refused, the message beside that field, what was typed
  // kept; nothing is added.
  const add = page.getByRole("region", { name: "Add a topic" });
  await add.getByLabel("Short name (for links)").fill(slug);
  await add.getByLabel("Name in English").fill(name);
  await add.getByRole("button", { name: "Add a topic" }).click();
  await expect(add.getByRole("alert")).toHaveText("Please correct the fields marked below.");
  await expect(add.getByLabel("Name in Spanish")).toHaveAttribute("aria-invalid", "true");
  await expect(add.locator(".p-field__error")).toHaveText(["This field is required."]);
  await expect(add.getByLabel("Short name (for links)")).toHaveValue(slug);
  await expect(add.getByLabel("Name in English")).toHaveValue(name);
  await expect(page.locator("summary", { hasText: stamp })).toHaveCount(0);
  await check(page);

  await add.getByLabel("Name in Spanish").fill(nameEs);
  await add.getByRole("button", { name: "Add a topic" }).click();
  await expect(add.getByRole("status")).toHaveText("Topic added.");
  const cards = page.locator("li.p-card");
  const card = cards.filter({ has: page.locator("summary", { hasText: stamp }) });
  await expect(card.locator("summary")).toHaveText(`${name} · No threads`);
  // Position 0, as the seeded first topic: not at the end of the list.
  await expect(cards.last().locator("summary")).not.toContainText(stamp);
  await check(page);

  // Renamed and moved to the end (position 1000).
  await card.locator("summary").click();
  await card.getByLabel("Name in English").fill(renamed);
  await card.getByLabel("Position").fill("1000");
  await card.getByRole("button", { name: "Save" }).click();
  await expect(card.getByRole("status").filter({ hasText: "Topic saved." })).toBeVisible();
  await expect(card.locator("summary")).toHaveText(`${renamed} · No threads`);
  await expect(cards.last().locator("summary")).toHaveText(`${renamed} · No threads`);
  await check(page);

  // A topic moderator is named by the email of a vetted account: an unknown address is refused.
  await expect(card.getByText("Only national moderators moderate this topic.")).toBeVisible();
  await card.getByLabel("Add a moderator by email").fill(`nobody+${stamp}@demo.example.org`);
  await card.getByRole("button", { name: "Add moderator" }).click();
  await expect(card.getByRole("alert")).toHaveText("No vetted member has that email address.");
  await expect(card.getByLabel("Add a moderator by email")).toHaveValue(`nobody+${stamp}@demo.example.org`);
  await check(page);
  await card.getByLabel("Add a moderator by email").fill(moderator.email);
  await card.getByLabel("Reason (optional, for the moderation log)").fill(`Covers the Pacific Northwest ${stamp}`);
  await card.getByRole("button", { name: "Add moderator" }).click();
  await expect(card.getByRole("status").filter({ hasText: "Moderator added." })).toBeVisible();
  const named = card.getByRole("list", { name: "Moderators of this topic" }).getByRole("listitem");
  await expect(named).toHaveCount(1);
  await expect(named).toContainText(`${moderator.name} (${moderator.email})`);
  await check(page);

  // A second tab, opened now, still shows the moderator after the removal below: its own removal
  // is refused. The page refreshes without the moderator, so the refusal is said by the topic's
  // live region, not on the form that leaves, and focus moves to the heading there too.
  const other = await page.context().newPage();
  await visit(other, "/strategy/categories");
  const otherCard = other.locator("li.p-card").filter({ has: other.locator("summary", { hasText: stamp }) });
  await otherCard.locator("summary").click();
  const otherNamed = otherCard.getByRole("list", { name: "Moderators of this topic" }).getByRole("listitem");
  await expect(otherNamed).toHaveCount(1);
  const otherLive = otherCard.locator('[role="status"]:empty');
  await expect(otherLive).toHaveCount(1);
  await otherLive.evaluate((region) => region.setAttribute("data-e2e-live", "before-removal"));

  // The removal, by keyboard: its list item leaves with the form, so the confirmation is
  // announced by the topic's live region, which was there (empty) before, and focus moves to the
  // moderators heading instead of falling to the page's body.
  const live = card.locator('[role="status"]:empty');
  await expect(live).toHaveCount(1);
  await live.evaluate((region) => region.setAttribute("data-e2e-live", "before-removal"));
  await named.getByLabel("Reason (optional, for the moderation log)").fill(`Trial ended ${stamp}`);
  await named.getByRole("button", { name: `Remove ${moderator.name} as moderator` }).press("Enter");
  await expect(card.locator('[data-e2e-live="before-removal"]')).toHaveText(
    `${moderator.name} was removed as a moderator of the topic “${renamed}”.`,
  );
  await expect(card.getByText("Only national moderators moderate this topic.")).toBeVisible();
  await expect(card.getByRole("list", { name: "Moderators of this topic" })).toHaveCount(0);
  await expect(page.locator(":focus")).toHaveCount(1);
  await expect(card.getByRole("heading", { name: "Moderators of this topic" })).toBeFocused();
  await check(page);

  await otherNamed.getByRole("button", { name: `Remove ${moderator.name} as moderator` }).press("Enter");
  await expect(otherCard.locator('[data-e2e-live="before-removal"]')).toHaveText(
    "We could not find that. It may have been removed.",
  );
  await expect(otherCard.getByText("Only national moderators moderate this topic.")).toBeVisible();
  await expect(otherCard.getByRole("list", { name: "Moderators of this topic" })).toHaveCount(0);
  await expect(other.locator(":focus")).toHaveCount(1);
  await expect(otherCard.getByRole("heading", { name: "Moderators of this topic" })).toBeFocused();
  await check(other);
  await other.close();

  // The moderation log has the topic's creation and both moderator changes, with their reasons.
  await visit(page, "/moderation/strategy");
  const log = page.getByRole("region", { name: "Moderation log" });
  const topic = `Topic: ${renamed}`;
  await expect(log.getByRole("row", { name: `Created the topic ${topic}` })).toBeVisible();
  await expect(log.getByRole("row", { name: `Changed the topic ${topic}` })).toBeVisible();
  await expect(
    log.getByRole("row", { name: `Named a topic moderator ${topic} · Member: ${moderator.name} Covers the Pacific Northwest ${stamp}` }),
  ).toBeVisible();
  await expect(
    log.getByRole("row", { name: `Removed a topic moderator ${topic} · Member: ${moderator.name} Trial ended ${stamp}` }),
  ).toBeVisible();

  // In Spanish the topic shows its Spanish name; archiving it (last, as the language choice is
  // remembered) leaves the demo's topics as seeded.
  await visit(page, "/es/strategy/categories");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Temas de estrategia");
  await expect(card.locator("summary")).toHaveText(`${nameEs} · Sin hilos`);
  await card.locator("summary").click();
  await card.getByLabel("Archivado").check();
  await card.getByRole("button", { name: "Guardar" }).click();
  await expect(card.getByRole("status").filter({ hasText: "Tema guardado." })).toBeVisible();
  await expect(card.locator("summary")).toHaveText(`${nameEs} · Sin hilos · Archivado`);
  await check(page);
  await visit(page, "/es/strategy");
  await expect(page.getByText(nameEs)).toHaveCount(0);
});

test("a national moderator and a member are sent away from the topics page", async ({
  page,
  newPage,
  signIn,
  check,
}) => {
  test.setTimeout(240_000);
  await signIn(page, demo.moderator);
  await page.goto("/strategy/categories");
  await check(page);
  await expect(page).not.toHaveURL(/\/strategy\/categories/);
  await expect(page.getByRole("heading", { name: "Strategy topics" })).toHaveCount(0);

  const member = await newPage();
  await signIn(member, demo.advocate);
  await member.goto("/strategy/categories");
  await check(member);
  await expect(member).not.toHaveURL(/\/strategy\/categories/);
  await expect(member.getByRole("heading", { name: "Strategy topics" })).toHaveCount(0);
});
