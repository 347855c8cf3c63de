import { demo } from "./support/env";
import { expect, test } from "./support/test";

const gwinnett = "Sheriff agreed to stop 287(g) screening of people booked as victims";

test("an advocate lists strategy notes, filters on structured fields (all in the URL) and searches in Spanish", async ({
  page,
  signIn,
  visit,
  check,
}) => {
  await signIn(page, demo.advocate);
  await visit(page, "/strategy");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Strategy notes");
  await expect(page.getByRole("link", { name: gwinnett })).toBeVisible();

  // "What worked with sheriffs in Georgia": every filter lands in the URL.
  await page.getByLabel("State").selectOption("GA");
  await page.getByLabel("With whom").selectOption("sheriff");
  await page.getByLabel("Outcome").selectOption("worked");
  await page.getByRole("button", { name: "Apply" }).click();
  await page.waitForURL(/state=GA/);
  await check(page);
  // Only the filters that have values: the form's blank fields are dropped (a server redirect).
  expect(new URL(page.url()).search).toBe("?state=GA&outcome=worked&with=sheriff");
  const cards = page.locator(".p-card-list > li");
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText(gwinnett);
  // Once a state is chosen, its counties can narrow further.
  await page.getByLabel("County").selectOption({ label: "Gwinnett County" });
  await page.getByRole("button", { name: "Apply" }).click();
  await page.waitForURL(/county=13135/);
  await check(page);
  expect(new URL(page.url()).search).toBe("?state=GA&county=13135&outcome=worked&with=sheriff");
  await expect(cards).toHaveCount(1);

  // Search in Spanish without accents, with a filter.
  await visit(page, "/strategy?q=retencion&state=TX");
  await expect(page.getByRole("heading", { name: "Search results" })).toBeVisible();
  await expect(
    page.getByRole("link", { name: "Reunión con el alguacil sobre las órdenes de retención" }),
  ).toBeVisible();
  await visit(page, "/strategy?q=retencion&state=GA");
  await expect(page.getByText("No strategy notes match.")).toBeVisible();
});

test("an advocate reads a thread, reacts, quotes a reply and answers; her first reply waits for review", async ({
  page,
  signIn,
  visit,
  check,
}) => {
  await signIn(page, demo.advocate);
  await visit(page, "/strategy?state=GA&with=sheriff&outcome=worked");
  await page.getByRole("link", { name: gwinnett }).click();
  await page.waitForURL(/\/strategy\/[0-9a-f-]{36}$/);
  await check(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(gwinnett);
  await expect(page.getByText("Gwinnett County, Georgia")).toBeVisible();
  const helpful = page.getByRole("button", { name: /^Helpful/ }).first();
  await expect(helpful).toHaveAttribute("aria-pressed", "false");
  await helpful.click();
  await expect(page.getByRole("button", { name: /^Helpful/ }).first()).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await check(page);

  await page.getByRole("link", { name: "Quote" }).nth(1).click();
  await page.waitForURL(/quote=/);
  await check(page);
  await expect(page.getByText(/^Quoting /)).toBeVisible();
  await page.getByLabel("Your reply").fill("We are trying the same with our sheriff next month.");
  await page.getByRole("button", { name: "Post reply" }).click();
  // Ana has never been published: her first reply waits for a moderator, visible to her meanwhile.
  await expect(page.getByText("Your reply waits for a moderator's review.")).toBeVisible();
  await check(page);
  await expect(
    page.getByText("Waiting for review: only you and moderators can see this."),
  ).toBeVisible();
});

test("an advocate posts a structured note in Spanish and it waits for review", async ({
  page,
  signIn,
  visit,
  check,
}) => {
  await signIn(page, demo.advocate, "es");
  await visit(page, "/es/strategy/new");
  await page.getByLabel("Tema").selectOption({ label: "Reuniones con la oficina local de ICE" });
  await page.getByLabel("Título").fill("Reunión con ICE en Atlanta sobre sobrevivientes detenidas");
  await page
    .getByLabel("¿Qué intentaron?")
    .fill("Pedimos revisar la custodia de sobrevivientes con peticiones VAWA.");
  await page.getByLabel("¿Cuándo?").fill("2025-10-02");
  await page.getByLabel("¿Con quién?").selectOption("ice_field_office");
  await page.getByRole("radio", { name: "Es pronto para saberlo" }).check();
  await page.getByLabel("Estado").selectOption("GA");
  await page.getByLabel("Condado (opcional)").fill("Fulton");
  await page.getByRole("checkbox", { name: "Órdenes de retención (detainers)" }).check();
  await page.getByRole("checkbox", { name: "Español" }).check();
  await page.getByRole("button", { name: "Publicar la nota" }).click();
  await page.waitForURL(/posted=pending_review/);
  await check(page);
  await expect(page.getByText(/Su nota espera la revisión de un moderador/)).toBeVisible();
  await expect(page.getByText("Condado de Fulton, Georgia")).toBeVisible();
});

test("bad notes are refused field by field, and a moderator's reply is published at once", async ({
  page,
  newPage,
  signIn,
  visit,
  check,
}) => {
  await signIn(page, demo.moderator);
  await visit(page, "/strategy/new");
  await page.getByLabel("Title").fill("Missing most fields");
  await page.getByRole("button", { name: "Post the note" }).click();
  await expect(page.getByText("Choose a topic from the list.").first()).toBeVisible();
  await expect(page.getByText("Fill in this part of the note.").first()).toBeVisible();
  await expect(page.getByText("Say where this happened: at least a state.").first()).toBeVisible();
  await check(page);
  // What was typed comes back with the errors, so a long note is not lost to one missing field.
  await expect(page.getByLabel("Title")).toHaveValue("Missing most fields");
  await expect(page.getByLabel("What did you try?")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("What did you try?").fill("A long account typed on a phone, which a refusal must not lose.");
  await page.getByRole("radio", { name: "Mixed" }).check();
  await page.getByRole("button", { name: "Post the note" }).click();
  // The second answer has come back once the field it fixed is no longer marked invalid.
  await expect(page.getByLabel("What did you try?")).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Choose a topic from the list.").first()).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue("Missing most fields");
  await expect(page.getByLabel("What did you try?")).toHaveValue("A long account typed on a phone, which a refusal must not lose.");
  await expect(page.getByRole("radio", { name: "Mixed" })).toBeChecked();
  await check(page);

  await visit(page, "/strategy?q=council+resolution");
  await visit(page, "/strategy?outcome=did_not_work&with=ice_field_office");
  await page
    .getByRole("link", { name: "Stakeholder meeting at the field office went nowhere" })
    .click();
  await page.waitForURL(/\/strategy\/[0-9a-f-]{36}$/);
  await check(page);
  const url = page.url();
  await page
    .getByLabel("Your reply")
    .fill("Ask for a meeting with the deputy field office director instead.");
  await page.getByRole("button", { name: "Post reply" }).click();
  await expect(page.getByText("Your reply is posted.")).toBeVisible();

  const other = await newPage();
  await signIn(other, demo.attorney);
  await visit(other, new URL(url).pathname);
  await expect(
    other.getByText("Ask for a meeting with the deputy field office director instead."),
  ).toBeVisible();
});
