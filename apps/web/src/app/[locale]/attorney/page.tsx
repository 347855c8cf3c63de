import { hasRole, isSignedIn } from "@puente/auth/actor";
import { attorneyAffiliationKinds, caseTypes, languageProficiencies } from "@puente/db/schema";
import { countyByFips, states } from "@puente/geo";
import { Alert, PageHeader, Section } from "@puente/ui";
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "~/i18n/navigation";
import { getActor } from "~/server/actor";
import { api } from "~/server/api";
import { attorneyLanguageChoices, languageLabel, stateLabel } from "../attorneys/labels";
import { ProfileDetails, type AttorneyProfile } from "../attorneys/profile-details";
import { AvailabilityForm } from "./availability-form";
import { AttorneyProfileForm, type ProfileFormValues } from "./profile-form";

export async function generateMetadata() {
  const t = await getTranslations("attorneys.mine");
  return { title: t("title") };
}

/** Apply as a volunteer attorney, or keep one's profile and availability up to date. */
export default async function MyAttorneyProfilePage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const locale = await getLocale();
  const actor = await getActor();
  if (!isSignedIn(actor)) return redirect({ href: "/sign-in?callbackUrl=/attorney", locale });
  const t = await getTranslations("attorneys");
  const profile = await (await api()).attorney.mine();
  const languageCodes = [...new Set([...attorneyLanguageChoices, ...(profile?.languages.map((l) => l.code) ?? [])])];
  const options = {
    affiliationKinds: attorneyAffiliationKinds.map((k) => ({ value: k, label: t(`affiliationKinds.${k}`) })),
    caseTypes: caseTypes.map((c) => ({ value: c, label: t(`caseTypes.${c}`) })),
    languages: languageCodes.map((code) => ({ value: code, label: languageLabel(code, locale) })),
    proficiencies: languageProficiencies.map((p) => ({ value: p, label: t(`proficiency.${p}`) })),
    states: states.map((s) => ({ value: s.code, label: stateLabel(s.code, locale) })).sort((a, b) => a.label.localeCompare(b.label, locale)),
  };
  return (
    <>
      <PageHeader title={t("mine.title")} lead={profile ? undefined : t("mine.intro")} />
      {profile ? <ApplicationStatus profile={profile} /> : null}
      {profile && hasRole(actor, "attorney") && profile.applicationState === "approved" ? (
        <Section id="availability" title={t("mine.availabilityTitle")}>
          <AvailabilityForm accepting={profile.accepting} pausedUntil={profile.pausedUntil} today={new Date().toISOString().slice(0, 10)} />
        </Section>
      ) : null}
      {profile ? (
        <Section id="summary" title={t("mine.summaryTitle")}>
          <ProfileDetails profile={profile} headingLevel={3} />
        </Section>
      ) : null}
      <Section id="profile" title={profile ? t("mine.editTitle") : t("mine.applyTitle")}>
        <AttorneyProfileForm mode={profile ? "update" : "apply"} values={formValues(profile, locale)} options={options} />
      </Section>
    </>
  );
}

async function ApplicationStatus({ profile }: { profile: AttorneyProfile }) {
  const t = await getTranslations("attorneys.mine");
  if (profile.applicationState === "approved") return <Alert tone="success">{t("statusApproved")}</Alert>;
  if (profile.applicationState === "rejected") {
    return (
      <Alert tone="warning">
        {t("statusRejected")} {profile.review?.rejectionReason ? t("rejectionReason", { reason: profile.review.rejectionReason }) : null}
      </Alert>
    );
  }
  return <Alert tone="info">{t("statusPending")}</Alert>;
}

function formValues(profile: AttorneyProfile | null, locale: string): ProfileFormValues {
  if (!profile) {
    return { affiliationKind: "nonprofit", affiliationName: "", barAdmissions: [], practiceAreas: [], languages: {}, regions: [], remote: false, capacity: "3", mentors: false };
  }
  return {
    affiliationKind: profile.affiliationKind,
    affiliationName: profile.affiliationName ?? "",
    barAdmissions: profile.barAdmissions.map((b) => ({ state: b.state, number: b.number ?? "", year: String(b.year) })),
    practiceAreas: profile.practiceAreas,
    languages: Object.fromEntries(profile.languages.map((l) => [l.code, l.proficiency])),
    regions: profile.regions.map((r) => {
      const county = r.countyFips ? countyByFips(r.countyFips) : undefined;
      return { state: r.state, county: county ? (locale === "es" ? county.name : county.fullName) : (r.countyFips ?? "") };
    }),
    remote: profile.remote,
    capacity: String(profile.capacity),
    mentors: profile.mentors,
  };
}
