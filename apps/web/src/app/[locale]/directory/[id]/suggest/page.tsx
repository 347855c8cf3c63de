import { isVetted } from "@puente/auth/actor";
import { populations } from "@puente/db/schema";
import { PageHeader } from "@puente/ui";
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "~/i18n/navigation";
import { getActor } from "~/server/actor";
import { sendSuggestion } from "../listing-actions";
import { ListingForm } from "../listing-form";
import { loadListing } from "../load-listing";

export default async function SuggestEditPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  if (!isVetted(await getActor())) return redirect({ href: `/directory/${id}`, locale: await getLocale() });
  const listing = await loadListing(id);
  const t = await getTranslations("directory");
  const org = listing.organization;
  return (
    <>
      <p>
        <Link href={`/directory/${id}`}>{org.name}</Link>
      </p>
      <PageHeader title={t("suggest.title", { name: org.name })} lead={t("suggest.intro")} />
      <ListingForm
        organizationId={org.id}
        action={sendSuggestion}
        submitLabel={t("suggest.submit")}
        withNote
        populationOptions={populations.map((p) => ({ value: p, label: t(`populations.${p}`) }))}
        values={org}
      />
    </>
  );
}
