import { isSignedIn } from "@puente/auth/actor";
import { Button, PageHeader, Section } from "@puente/ui";
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "~/i18n/navigation";
import { api } from "~/server/api";
import { getActor } from "~/server/actor";
import { signOutEverywhere } from "./actions";
import { ProfileForm } from "./profile-form";

export async function generateMetadata() {
  const t = await getTranslations("profile");
  return { title: t("title") };
}

export default async function ProfilePage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const locale = await getLocale();
  if (!isSignedIn(await getActor())) return redirect({ href: "/sign-in?callbackUrl=/profile", locale });
  const t = await getTranslations("profile");
  const common = await getTranslations("common");
  const me = await (await api()).profile.me();
  return (
    <>
      <PageHeader title={t("title")} />
      <Section id="account" title={t("account")}>
        <dl className="p-dl">
          <dt>{t("email")}</dt>
          <dd>{me.email}</dd>
          <dt>{t("state")}</dt>
          <dd>{common(`accountStates.${me.accountState}`)}</dd>
          <dt>{t("roles")}</dt>
          <dd>{me.roles.length ? me.roles.map((r) => common(`roles.${r}`)).join(", ") : "—"}</dd>
          <dt>{t("organizations")}</dt>
          <dd>
            {me.memberships.length
              ? me.memberships.map((m) => `${m.name} (${common(`membershipRoles.${m.role}`)})`).join(", ")
              : t("noOrganizations")}
          </dd>
        </dl>
      </Section>
      <Section id="edit" title={t("details")}>
        <ProfileForm
          name={me.name ?? ""}
          preferredLanguage={me.preferredLanguage}
          application={me.application}
          pending={me.accountState === "pending"}
        />
      </Section>
      <Section id="sessions" title={t("sessionsTitle")}>
        <p>{t("sessionsBody")}</p>
        <form action={signOutEverywhere}>
          <Button type="submit" variant="danger">
            {t("signOutEverywhere")}
          </Button>
        </form>
      </Section>
    </>
  );
}
