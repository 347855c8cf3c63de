import type { Page } from "@playwright/test";
import { baseURL, demo, freshAddress } from "./support/env";
import { linkIn, waitForMail } from "./support/mail";
import { mainNav, navItems, openMagicLink, requestMagicLink } from "./support/sign-in";
import { expect, test } from "./support/test";

const memberNav = ["Home", "Directory", "Strategy notes", "Attorneys", "Referrals", "My organization", "My profile", "Notifications", "Sign out"];
const pendingNav = ["Home", "Directory", "My profile", "Sign out"];

function membersTable(page: Page) {
  return page.getByRole("table", { name: "Members" });
}

test("an organization admin invites a new advocate, who accepts and becomes an active member", async ({
  page,
  signIn,
  check,
  newPage,
}) => {
  const invitee = freshAddress("new.advocate");
  await signIn(page, demo.orgadmin);
  await mainNav(page).getByRole("link", { name: "My organization" }).click();
  await expect(page.getByRole("heading", { level: 2, name: demo.program })).toBeVisible();
  await check(page);

  const since = Date.now();
  await page.getByLabel("Their email address").fill(invitee);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(
    `Invitation sent to ${invitee}.`,
  );
  await expect(page.getByText(invitee, { exact: true })).toBeVisible(); // listed under "Invitations waiting"
  await check(page);

  // The email carries one link and the sentences of the template, nothing about anyone's case.
  const invitation = await waitForMail(invitee, since);
  const link = linkIn(invitation, /\/invitations\/[\w-]{20,}$/);
  expect(link.startsWith(`${baseURL}/invitations/`)).toBe(true);
  expect(invitation.subject).toBe("You are invited to join Puente");
  expect(invitation.links).toEqual([link]);
  expect(invitation.text.split("\n").filter(Boolean)).toEqual([
    `Olga Orgadmin invited you to join ${demo.program} on Puente, a workspace for advocates of immigrant survivors. The invitation expires in 14 days.`,
    `Accept the invitation: ${link}`,
    "If you were not expecting this, you can ignore this email.",
    "Puente — this email was sent automatically. Do not reply with case details.",
  ]);

  // The invitee, on their own computer: open the link, sign in with the invited address, accept.
  const invited = await newPage();
  await invited.goto(link);
  await check(invited);
  await expect(invited.getByRole("heading", { level: 1 })).toHaveText(`Join ${demo.program}`);
  await invited.getByRole("link", { name: `Sign in with ${invitee} to accept.` }).click();
  await expect(invited).toHaveURL(/\/sign-in\?callbackUrl=%2Finvitations%2F/);
  await check(invited);
  const { link: magicLink } = await requestMagicLink(invited, check, invitee);
  await openMagicLink(invited, check, magicLink);
  await expect(invited).toHaveURL(link);
  expect(await navItems(invited)).toEqual(pendingNav);

  // Accepting lands on their organization with a welcome, members' navigation and no banner.
  await invited.getByRole("button", { name: "Accept and join" }).click();
  await expect(invited).toHaveURL(/\/organization\?joined=/);
  await expect(invited.getByRole("main").getByRole("status")).toHaveText(
    `You joined ${demo.program}. Welcome to Puente.`,
  );
  expect(await navItems(invited)).toEqual(memberNav);
  await expect(membersTable(invited).getByRole("row").filter({ hasText: invitee })).toContainText(
    "Member",
  );
  await check(invited);

  // The admin sees the new member, and the invitation is no longer waiting.
  await page.reload();
  await check(page);
  await expect(membersTable(page).getByRole("row").filter({ hasText: invitee })).toContainText(
    "Member",
  );
  await expect(
    page.getByRole("listitem").filter({ hasText: invitee }),
    "invitation still waiting",
  ).toHaveCount(0);
});

test("a moderator approves a person and verifies an organization from the vetting queue", async ({
  page,
  signIn,
  check,
  newPage,
}) => {
  // The applicant is signed in and waiting before the decision.
  const applicant = await newPage();
  await signIn(applicant, "applicant2@demo.example.org");
  expect(await navItems(applicant)).toEqual(pendingNav);

  await signIn(page, demo.moderator);
  await mainNav(page).getByRole("link", { name: "Vetting queue" }).click();
  await check(page);

  const person = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "Applicant 2" }) });
  const approved = page.waitForResponse((r) => r.url().includes("/api/trpc/vetting.approvePerson"));
  await person.getByRole("button", { name: "Approve: Applicant 2", exact: true }).click();
  expect((await approved).status()).toBe(200);
  // The card leaves the queue; the confirmation stays on the page.
  await expect(person).toHaveCount(0);
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Applicant 2 is approved.");
  await check(page);

  const organizations = page.getByRole("region", {
    name: "Organizations waiting for verification",
  });
  const organization = organizations.getByRole("listitem").first();
  const name = (await organization.getByRole("heading").innerText()).trim();
  const verified = page.waitForResponse((r) =>
    r.url().includes("/api/trpc/vetting.verifyOrganization"),
  );
  await organization.getByRole("button", { name: `Verify: ${name}`, exact: true }).click();
  expect((await verified).status()).toBe(200);
  await expect(organizations.getByRole("heading", { name, exact: true })).toHaveCount(0);
  await expect(page.getByRole("main").getByRole("status")).toHaveText(`${name} is verified.`);
  await check(page);

  // The decision takes effect on the applicant's current session: members' navigation, no banner.
  await applicant.reload();
  await check(applicant);
  expect(await navItems(applicant)).toEqual(memberNav);
  await expect(applicant.getByRole("main").getByRole("status")).toHaveCount(0);
});
