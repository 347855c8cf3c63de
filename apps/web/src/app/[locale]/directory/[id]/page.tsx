import { isVetted } from "@puente/auth/actor";
import { PageHeader, Section } from "@puente/ui";
import { getFormatter, getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "~/i18n/navigation";
import { getActor } from "~/server/actor";
import { EditHistory } from "./edit-history";
import { loadListing } from "./load-listing";
import { LocationDetails } from "./location-details";
import { ServiceDetails } from "./service-details";

type Params = Promise<{ locale: string; id: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  const listing = await loadListing((await params).id);
  return { title: listing.organization.name };
}

export default async function ListingPage({ params }: { params: Params }) {
  const { locale: requested, id } = await params;
  setRequestLocale(requested);
  const listing = await loadListing(id);
  const t = await getTranslations("directory");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const locale = await getLocale();
  const org = listing.organization;
  const member = isVetted(await getActor());
  const date = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: "medium" });
  return (
    <>
      <p>
        <Link href="/directory">{t("profile.backToSearch")}</Link>
      </p>
      <PageHeader title={org.name} lead={`${common(`organizationKinds.${org.kind}`)} · ${[org.city, org.stateCode].filter(Boolean).join(", ")}`} />
      <p className="p-badges">
        <span className={org.verified ? "p-badge p-badge--ok" : "p-badge"}>{org.verified ? t("result.verified") : t("result.notVerified")}</span>
        {org.stale ? <span className="p-badge p-badge--warn">{t("result.stale")}</span> : null}
        {org.acceptsReferrals ? <span className="p-badge">{t("result.acceptsReferrals")}</span> : null}
        <span className="p-muted"> {org.assuredDate ? t("result.lastVerified", { date: date(org.assuredDate) }) : t("result.neverVerified")}</span>
      </p>
      {listing.canEdit || member ? (
        <p className="p-actions">
          {listing.canEdit ? (
            <Link href={`/directory/${org.id}/edit`} className="p-button p-button--secondary">
              {t("profile.edit")}
            </Link>
          ) : null}
          {member ? (
            <Link href={`/directory/${org.id}/suggest`} className="p-button p-button--secondary">
              {t("profile.suggest")}
            </Link>
          ) : null}
        </p>
      ) : null}
      <Section id="about" title={t("profile.about")}>
        {org.description ? <p>{org.description}</p> : null}
        <dl className="p-dl">
          {org.alternateName ? (
            <>
              <dt>{t("fields.alternateName")}</dt>
              <dd>{org.alternateName}</dd>
            </>
          ) : null}
          {org.website ? (
            <>
              <dt>{t("profile.website")}</dt>
              <dd>
                <a href={org.website} rel="nofollow noreferrer">
                  {org.website}
                </a>
              </dd>
            </>
          ) : null}
          {org.email ? (
            <>
              <dt>{t("profile.email")}</dt>
              <dd>
                <a href={`mailto:${org.email}`}>{org.email}</a>
              </dd>
            </>
          ) : null}
          {org.populations.length ? (
            <>
              <dt>{t("profile.populations")}</dt>
              <dd>{org.populations.map((p) => (t.has(`populations.${p}`) ? t(`populations.${p}` as "populations.women") : p)).join(", ")}</dd>
            </>
          ) : null}
          {listing.phones.length ? (
            <>
              <dt>{t("profile.phones")}</dt>
              <dd>
                {listing.phones.map((p) => (
                  <span key={p.id} className="p-block">
                    <a href={`tel:${p.number.replace(/[^\d+]/g, "")}`}>{p.number}</a> {p.description ?? ""}
                  </span>
                ))}
              </dd>
            </>
          ) : null}
        </dl>
      </Section>
      <Section id="services" title={t("profile.services")}>
        <ul className="p-card-list">
          {listing.services.map((s) => (
            <ServiceDetails key={s.id} service={s} />
          ))}
        </ul>
      </Section>
      <Section id="locations" title={t("profile.locations")}>
        {listing.locations.length === 0 ? <p>{t("profile.noLocations")}</p> : null}
        <ul className="p-card-list">
          {listing.locations.map((l) => (
            <LocationDetails key={l.id} location={l} />
          ))}
        </ul>
      </Section>
      {listing.contacts.length ? (
        <Section id="contacts" title={t("profile.contacts")}>
          <ul className="p-card-list">
            {listing.contacts.map((c) => (
              <li key={c.id} className="p-card">
                <strong>{c.name}</strong> {c.title ? `· ${c.title}` : ""}
                {c.email ? (
                  <>
                    <br />
                    <a href={`mailto:${c.email}`}>{c.email}</a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {listing.canEdit ? <EditHistory organizationId={org.id} locale={locale} /> : null}
    </>
  );
}
