import { expect, type Page } from "@playwright/test";
import { linkIn, waitForMail } from "./mail";

type Check = (page: Page) => Promise<void>;

const text = {
  en: {
    email: "Email address",
    submit: "Email me a sign-in link",
    checkEmail: "Check your email",
    signOut: "Sign out",
  },
  es: {
    email: "Correo electrónico",
    submit: "Enviarme un enlace para iniciar sesión",
    checkEmail: "Revise su correo",
    signOut: "Cerrar sesión",
  },
};

export type Locale = keyof typeof text;

export function mainNav(page: Page) {
  return page.getByRole("navigation", { name: /^(Main|Principal)$/ });
}

/** The labels of the main navigation, in order (links and the sign-out button). */
export async function navItems(page: Page): Promise<string[]> {
  return (await mainNav(page).getByRole("listitem").allInnerTexts()).map((item) => item.trim());
}

/**
 * On a sign-in page already open: asks for a link and returns it from the mailbox. The form
 * may carry a callbackUrl (the invitation flow), so this does not navigate to /sign-in itself.
 */
export async function requestMagicLink(
  page: Page,
  check: Check,
  email: string,
  locale: Locale = "en",
) {
  const since = Date.now();
  await page.getByLabel(text[locale].email).fill(email);
  await page.getByRole("button", { name: text[locale].submit }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: text[locale].checkEmail }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in\/check-email$/);
  await check(page);
  const magicLink = /\/api\/auth\/callback\/email\?/;
  const mail = await waitForMail(email, since, {
    matches: (m) => m.links.some((l) => magicLink.test(l)),
    claim: true,
  });
  return { mail, link: linkIn(mail, magicLink) };
}

/** Opens a magic link and asserts that it signed the browser in. */
export async function openMagicLink(page: Page, check: Check, link: string, locale: Locale = "en") {
  await page.goto(link);
  await check(page);
  await expect(mainNav(page).getByRole("button", { name: text[locale].signOut })).toBeVisible();
}

/** The whole sign-in as a person does it: form, email, link. */
export async function signInWithMagicLink(
  page: Page,
  check: Check,
  email: string,
  locale: Locale = "en",
) {
  await page.goto(locale === "es" ? "/es/sign-in" : "/sign-in");
  await check(page);
  const { mail, link } = await requestMagicLink(page, check, email, locale);
  await openMagicLink(page, check, link, locale);
  return mail;
}
