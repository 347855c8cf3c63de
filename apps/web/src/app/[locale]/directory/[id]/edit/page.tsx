import { populations } from "@puente/db/schema";
import { PageHeader } from "@puente/ui";
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "~/i18n/navigation";
import { saveListing } from "../listing-actions";
import { ListingForm } from "../listing-form";
import { loadListing } from "../load-listing";
import { ListingEditors } from "./listing-editors";

export default async function EditListingPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ editors?: string }>;
}) {
  const { locale, id } = await params;
  const { editors } = await searchParams;
  setRequestLocale(locale);
  const listing = await loadListing(id);
  if (!listing.canEdit) return redirect({ href: `/directory/${id}`, locale: await getLocale() });
  const t = await getTranslations("directory");
  const org = listing.organization;
  return (
    <>
      <p>
        <Link href={`/directory/${id}`}>{org.name}</Link>
      </p>
      <PageHeader title={t("edit.title", { name: org.name })} lead={t("edit.intro")} />
      <ListingForm
        organizationId={org.id}
        action={saveListing}
        submitLabel={t("edit.submit")}
        populationOptions={populations.map((p) => ({ value: p, label: t(`populations.${p}`) }))}
        values={org}
      />
      {listing.canManageEditors ? <ListingEditors organizationId={org.id} outcome={editors} /> : null}
    </>
  );
}
