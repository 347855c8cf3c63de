import { demo } from "./support/env";
import { linkIn, waitForMail } from "./support/mail";
import { mainNav } from "./support/sign-in";
import { expect, test } from "./support/test";

/**
 * Referrals end to end: an advocate writes a de-identified referral (the checker refuses a phone
 * number first), offers it to a matched attorney; the attorney finds it by the email link (in
 * Spanish, with no case details in the email), accepts after the conflict check; they exchange
 * messages; the attorney logs hours and closes with an outcome; a moderator sees the totals but
 * not the summary. Every page is scanned with axe by the fixtures.
 */
test("an advocate refers a case, the attorney accepts it by the email link, and they see it through", async ({
  page,
  signIn,
  check,
  newPage,
}) => {
  // Three people sign in and about thirty pages are scanned: CI's clean run passed 120 s here.
  test.setTimeout(480_000);
  const marker = `${Date.now() % 100000}`;
  const summary = `Survivor of domestic violence needs help with a U visa certification request, case ${marker}.`;

  // The advocate writes the referral; a phone number in the summary is refused and nothing is saved.
  await signIn(page, demo.advocate);
  await mainNav(page).getByRole("link", { name: "Referrals" }).click();
  await check(page);
  // The dashboard's chart by status has its table twin; the demo referral whose consent ended says
  // so, and its timeline shows that Puente expired it.
  await expect(page.getByRole("img", { name: "Chart: Referrals of Casa Segura Atlanta by status" })).toBeVisible();
  const byStatus = page.getByRole("group", { name: "Table: Referrals of Casa Segura Atlanta by status" });
  await expect(byStatus.getByRole("row", { name: "Expired 1" })).toBeVisible();
  await page.getByRole("link", { name: "PR-DEMO-EXPD" }).click();
  // Scanned once there: check() right after the click could scan the dashboard still showing.
  await page.waitForURL(/\/referrals\/[0-9a-f-]{36}$/);
  await check(page);
  await expect(page.getByRole("status").filter({ hasText: "expired on its own because the survivor's consent ended" })).toBeVisible();
  const expiredTimeline = page.getByRole("region", { name: "Timeline" });
  await expect(expiredTimeline.getByRole("listitem").last()).toContainText("Expired");
  await expect(expiredTimeline.getByRole("listitem").last()).toContainText("Puente (automatic)");
  await expect(page.getByRole("region", { name: "Matching attorneys" })).toHaveCount(0);
  await page.getByRole("link", { name: "All referrals" }).click();
  await page.getByRole("link", { name: "New referral" }).click();
  await check(page);
  const form = page.getByRole("main");
  await form.getByLabel("U visa", { exact: true }).check();
  await form.getByLabel("State", { exact: true }).selectOption({ label: "Georgia" });
  await form.getByLabel("County (optional)").fill("Fulton");
  await form.getByLabel("Language the survivor needs").selectOption("es");
  await form.getByLabel("Short summary").fill(`${summary} Call her at 404-555-0199.`);
  await form.getByLabel("Date consent was given").fill("2026-01-05");
  await form.getByRole("button", { name: "Create referral" }).click();
  await expect(form.getByRole("alert").first()).toContainText("seems to identify a person");
  await expect(form.getByText(/a phone number on line 1/)).toBeVisible();
  await expect(form.getByLabel("Short summary")).toHaveAttribute("aria-invalid", "true");
  await check(page);

  await form.getByLabel("Short summary").fill(summary);
  await form.getByRole("button", { name: "Create referral" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Referral PR-/);
  await check(page);
  const referralUrl = new URL(page.url());
  const referralId = referralUrl.pathname.split("/").pop()!;
  const referenceCode = (await page.getByRole("heading", { level: 1 }).textContent())!.replace(/^Referral /, "");

  // Explained matches; the demo attorney is among them.
  const matches = page.getByRole("region", { name: "Matching attorneys" });
  const alicia = matches.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Alicia Attorney", exact: true }) });
  await expect(alicia.getByText("Native speaker of the language needed.").or(alicia.getByText("Fluent in the language needed."))).toBeVisible();
  await expect(alicia.getByText("Takes in-person cases in this county.")).toBeVisible();
  const since = Date.now();
  await alicia.getByRole("button", { name: "Offer to Alicia Attorney" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Offer sent." })).toBeVisible();
  await check(page);

  // The attorney's email: Spanish, a link, no case details.
  const mail = await waitForMail(demo.attorney, since, {
    timeout: 30_000,
    matches: (m) => m.links.some((l) => l.includes("/es/referrals/")),
  });
  expect(mail.language).toBe("es");
  expect(mail.subject).toBe("Le ofrecen una remisión en Puente");
  expect(mail.text + mail.html).not.toContain(marker);
  expect(mail.text + mail.html).not.toContain("U visa");
  const link = linkIn(mail, /\/es\/referrals\//);

  const lawyer = await newPage();
  await signIn(lawyer, demo.attorney, "es");
  // The live offer waits on the attorney's own list, with the hours left of the 72 offered.
  await lawyer.goto("/es/referrals");
  await check(lawyer);
  await lawyer.getByRole("link", { name: "Ofertas para mí" }).click();
  await lawyer.waitForURL(/\/es\/referrals\/offers$/);
  await check(lawyer);
  const offer = lawyer
    .getByRole("region", { name: "Ofertas que esperan su respuesta" })
    .getByRole("listitem")
    .filter({ has: lawyer.getByRole("link", { name: referenceCode, exact: true }) });
  await expect(offer).toContainText("Visa U · Georgia");
  await expect(offer.getByText("Quedan 71 horas", { exact: true })).toBeVisible();
  await lawyer.goto(link);
  await check(lawyer);
  await expect(lawyer.getByRole("heading", { level: 1 })).toHaveText(/^Remisión PR-/);
  await expect(lawyer.getByText(summary)).toBeVisible();
  // Accepting needs the conflict check.
  await lawyer.getByRole("button", { name: "Aceptar la remisión" }).click();
  await expect(lawyer.getByRole("alert").first()).toBeVisible();
  await check(lawyer);
  await lawyer.getByLabel("Revisé los conflictos de interés y no encontré ninguno").check();
  await lawyer.getByRole("button", { name: "Aceptar la remisión" }).click();
  await expect(lawyer.getByRole("status").filter({ hasText: "Aceptó esta remisión." })).toBeVisible();
  await check(lawyer);

  // Messages both ways. A refused message keeps what was typed, with the error beside the field.
  const identifying = `Su correo es maria.lopez@example.com, caso ${marker}.`;
  await lawyer.getByLabel("Mensaje", { exact: true }).fill(identifying);
  await lawyer.getByRole("button", { name: "Enviar" }).click();
  await expect(lawyer.getByRole("alert").first()).toBeVisible();
  await expect(lawyer.getByLabel("Mensaje", { exact: true })).toHaveValue(identifying);
  await expect(lawyer.getByLabel("Mensaje", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await check(lawyer);
  await lawyer.getByLabel("Mensaje", { exact: true }).fill(`Gracias, revisaré el caso ${marker} esta semana.`);
  await lawyer.getByRole("button", { name: "Enviar" }).click();
  await expect(lawyer.getByRole("status").filter({ hasText: "Mensaje enviado." })).toBeVisible();
  await check(lawyer);
  await page.reload();
  await check(page);
  await expect(page.getByText(`Gracias, revisaré el caso ${marker} esta semana.`)).toBeVisible();
  await page.getByLabel("Message", { exact: true }).fill("Thank you. Intake is complete.");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Message sent." })).toBeVisible();
  await check(page);
  await lawyer.reload();
  await check(lawyer);
  await expect(lawyer.getByText("Thank you. Intake is complete.")).toBeVisible();

  // Hours (a refused entry keeps its value, with the error beside it), then closing with an outcome.
  await lawyer.getByRole("spinbutton", { name: "Horas" }).fill("1.3");
  await lawyer.getByRole("button", { name: "Registrar horas" }).click();
  await expect(lawyer.getByRole("spinbutton", { name: "Horas" })).toHaveAttribute("aria-invalid", "true");
  await expect(lawyer.getByRole("spinbutton", { name: "Horas" })).toHaveValue("1.3");
  await check(lawyer);
  await lawyer.getByRole("spinbutton", { name: "Horas" }).fill("1.5");
  await lawyer.getByRole("button", { name: "Registrar horas" }).click();
  await expect(lawyer.getByRole("status").filter({ hasText: "Horas registradas." })).toBeVisible();
  await check(lawyer);
  await lawyer.getByLabel("Resultado").selectOption({ label: "Solo asesoría" });
  await lawyer.getByRole("button", { name: "Cerrar la remisión" }).click();
  await expect(lawyer.getByRole("status").filter({ hasText: "Remisión cerrada." })).toBeVisible();
  await check(lawyer);
  await lawyer.reload();
  await check(lawyer);
  await expect(lawyer.getByText("Total: 1.5 h")).toBeVisible();
  const timeline = lawyer.getByRole("region", { name: "Historial" });
  for (const step of ["Creada", "Ofrecida", "Oferta aceptada", "Cerrada"]) {
    await expect(timeline.getByText(step, { exact: true }).first()).toBeVisible();
  }

  // A moderator (not a party) sees totals, never the referral or its summary.
  const moderator = await newPage();
  await signIn(moderator, demo.moderator);
  await moderator.goto(`/referrals/${referralId}`);
  await check(moderator);
  await expect(moderator.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(moderator.getByText(marker)).toHaveCount(0);
  await mainNav(moderator).getByRole("link", { name: "Referral totals" }).click();
  await check(moderator);
  await expect(moderator.getByRole("heading", { level: 1 })).toHaveText("Referral totals");
  await expect(moderator.getByRole("region", { name: "By case type" }).getByRole("cell", { name: "U visa" })).toBeVisible();
  expect(await moderator.content()).not.toContain(marker);
});
