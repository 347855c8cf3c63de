import { isMember } from "@puente/auth/actor";
import { caseTypes, referralConsentScopes, referralMeetingModes } from "@puente/db/schema";
import { states } from "@puente/geo";
import { PageHeader } from "@puente/ui";
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "~/i18n/navigation";
import { getActor } from "~/server/actor";
import { api } from "~/server/api";
import { languageLabel, referralLanguageCodes } from "../labels";
import { ReferralForm } from "./referral-form";

export async function generateMetadata() {
  const t = await getTranslations("referrals.form");
  return { title: t("title") };
}

export default async function NewReferralPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const locale = await getLocale();
  const actor = await getActor();
  if (!isMember(actor) || actor.memberships.length === 0) return redirect({ href: "/referrals", locale });
  const t = await getTranslations("referrals");
  const attorneys = await getTranslations("attorneys");
  const mine = await (await api()).organization.mine();
  return (
    <>
      <PageHeader title={t("form.title")} lead={t("form.lead")} />
      <ReferralForm
        organizations={mine.map((o) => ({ value: o.id, label: o.name }))}
        caseTypes={caseTypes.map((c) => ({ value: c, label: attorneys(`caseTypes.${c}`) }))}
        states={states.map((s) => ({ value: s.code, label: locale === "es" ? s.nameEs : s.name }))}
        languages={referralLanguageCodes.map((code) => ({ value: code, label: languageLabel(code, locale) }))}
        meetingModes={referralMeetingModes.map((m) => ({ value: m, label: t(`meetingMode.${m}`) }))}
        consentScopes={referralConsentScopes.map((s) => ({ value: s, label: t(`consentScope.${s}`) }))}
        today={new Date().toISOString().slice(0, 10)}
      />
    </>
  );
}
