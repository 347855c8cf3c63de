import type { RouterOutputs } from "@puente/api";
import { getTranslations } from "next-intl/server";

type Location = RouterOutputs["directory"]["byId"]["locations"][number];

/** A location as the reader may see it: a confidential one is only its city unless they are vetted. */
export async function LocationDetails({ location }: { location: Location }) {
  const t = await getTranslations("directory.profile");
  const place = [location.city, location.stateCode].filter(Boolean).join(", ");
  if (location.hidden) {
    return (
      <li className="p-card">
        <p>{t("hiddenLocation", { place })}</p>
      </li>
    );
  }
  return (
    <li className="p-card">
      {location.name ? <h3>{location.name}</h3> : null}
      {location.confidential ? <p className="p-badge p-badge--warn">{t("confidential")}</p> : null}
      {location.addresses.map((a) => (
        <address key={a.id}>
          {a.address1}
          {a.address2 ? (
            <>
              <br />
              {a.address2}
            </>
          ) : null}
          <br />
          {a.city}, {a.stateProvince} {a.postalCode}
        </address>
      ))}
      {location.addresses.length === 0 ? <p>{place}</p> : null}
      {location.phones.map((p) => (
        <p key={p.id}>
          <a href={`tel:${p.number.replace(/[^\d+]/g, "")}`}>{p.number}</a> {p.description ?? ""}
        </p>
      ))}
    </li>
  );
}
