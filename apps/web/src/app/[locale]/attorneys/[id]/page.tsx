import { isTRPCError } from "@puente/api";
import { isSignedIn, isVetted } from "@puente/auth/actor";
import { PageHeader } from "@puente/ui";
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Link, redirect } from "~/i18n/navigation";
import { getActor } from "~/server/actor";
import { api } from "~/server/api";
import { ProfileDetails } from "../profile-details";

type Params = Promise<{ locale: string; id: string }>;

/** Only vetted members reach a profile; anything else is "not found", as for a wrong id. */
const loadAttorney = cache(async (id: string) => {
  if (!isVetted(await getActor())) return null;
  try {
    return await (await api()).attorney.byId({ userId: id });
  } catch (error) {
    if (isTRPCError(error) && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return null;
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }) {
  const profile = await loadAttorney((await params).id);
  const t = await getTranslations("attorneys.roster");
  return { title: profile?.name ?? t("title") };
}

export default async function AttorneyPage({ params }: { params: Params }) {
  const { locale: requested, id } = await params;
  setRequestLocale(requested);
  const locale = await getLocale();
  if (!isSignedIn(await getActor())) return redirect({ href: `/sign-in?callbackUrl=/attorneys/${id}`, locale });
  const profile = await loadAttorney(id);
  if (!profile) notFound();
  const t = await getTranslations("attorneys");
  return (
    <>
      <p>
        <Link href="/attorneys">{t("roster.back")}</Link>
      </p>
      <PageHeader title={profile.name} lead={t("profileLead")} />
      <ProfileDetails profile={profile} />
    </>
  );
}
