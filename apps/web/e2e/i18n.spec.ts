import { freshAddress } from "./support/env";
import { navItems, openMagicLink, requestMagicLink } from "./support/sign-in";
import { expect, test } from "./support/test";

test("/es renders Spanish", async ({ page, visit }) => {
  await visit(page, "/es");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Puente: un espacio seguro para quienes acompañan a sobrevivientes inmigrantes",
  );
  expect(await navItems(page)).toEqual(["Inicio", "Directorio", "Iniciar sesión"]);
  await expect(page.getByRole("link", { name: "Salida rápida" })).toBeVisible();
});

test("the language switcher opens the same page in the other language and is remembered", async ({
  page,
  visit,
  check,
}) => {
  await visit(page, "/sign-in");
  await page.getByRole("link", { name: "Leer en español" }).click();
  await expect(page).toHaveURL(/\/es\/sign-in$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Iniciar sesión");
  await check(page);

  // Coming back to the site's root later lands on the Spanish home page.
  await page.goto("/");
  await expect(page).toHaveURL(/\/es$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await check(page);

  await page.getByRole("link", { name: "Read in English" }).click();
  await expect(page).toHaveURL(/:\d+\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await check(page);
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  await check(page);
});

for (const { path, lang, title } of [
  { path: "/no-such-page", lang: "en", title: "Page not found" },
  { path: "/es/no-existe", lang: "es", title: "No encontramos la página" },
]) {
  test(`an unknown path shows the 404 page in ${lang}`, async ({ page, check }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await check(page);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  });
}

test("signing in from /es sends the email in Spanish and returns to Spanish pages", async ({
  page,
  visit,
  check,
}) => {
  const email = freshAddress("nueva");
  await visit(page, "/es/sign-in");
  const { mail, link } = await requestMagicLink(page, check, email, "es");
  expect(mail.subject).toBe("Su enlace para iniciar sesión en Puente");
  expect(mail.language).toBe("es");
  expect(mail.text).toContain("Use este enlace para iniciar sesión en Puente.");
  expect(mail.text).toContain(`Iniciar sesión en Puente: ${link}`);
  expect(mail.html).toContain('<html lang="es">');

  await openMagicLink(page, check, link, "es");
  await expect(page).toHaveURL(/\/es$/);
  expect(await navItems(page)).toEqual(["Inicio", "Directorio", "Mi perfil", "Cerrar sesión"]);
});
