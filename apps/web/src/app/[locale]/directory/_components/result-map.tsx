import { TableScroll } from "@puente/ui";
import type { RouterOutputs } from "@puente/api";
import { renderMapSvg } from "@puente/geo";
import { getTranslations } from "next-intl/server";
import { Link } from "~/i18n/navigation";

type Search = RouterOutputs["directory"]["search"];

/**
 * A server-rendered SVG map (no tiles, no map script) with its accessible table twin. Points are
 * the ones the search chose for this reader: a confidential shelter sits at its city for non-members.
 */
export async function ResultMap({ search }: { search: Search }) {
  const t = await getTranslations("directory.map");
  const located = search.results.flatMap((r, i) =>
    r.point ? [{ id: r.serviceId, lat: r.point.lat, lon: r.point.lon, label: String(i + 1) }] : [],
  );
  const scope = search.area && search.area.kind === "state" ? search.area.stateCode : search.area ? search.area.stateCode : "us";
  const map = renderMapSvg({ scope, points: located, width: 640 }) ?? renderMapSvg({ scope: "us", points: located, width: 640 });
  const numbers = new Map(search.results.map((r, i) => [r.serviceId, i + 1]));
  const dropped = search.results.length - (map?.points.length ?? 0);
  return (
    <figure className="p-map">
      {map ? (
        <svg viewBox={map.viewBox} role="img" aria-labelledby="map-title" className="p-map__svg">
          <title id="map-title">{t("title", { count: map.points.length })}</title>
          <path d={map.outlinePath} className="p-map__land" />
          {map.points.map((p) => (
            <g key={p.id} transform={`translate(${p.x} ${p.y})`} className="p-map__point">
              <circle r="11" />
              <text textAnchor="middle" dy="4">
                {numbers.get(p.id)}
              </text>
            </g>
          ))}
        </svg>
      ) : null}
      <figcaption className="p-muted">
        {t("confidentialNote")} {dropped > 0 ? t("dropped", { count: dropped }) : null}
      </figcaption>
      <TableScroll label={t("tableCaption")}>
        <table className="p-table">
          <caption>{t("tableCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("number")}</th>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("place")}</th>
              <th scope="col">{t("distance")}</th>
            </tr>
          </thead>
          <tbody>
            {search.results.map((r, i) => (
              <tr key={r.serviceId}>
                <td>{i + 1}</td>
                <td>
                  <Link href={`/directory/${r.organizationId}`}>{r.organizationName}</Link>
                </td>
                <td>{[r.city, r.stateCode].filter(Boolean).join(", ")}</td>
                <td>{r.distanceMiles !== null ? `${r.distanceMiles} mi` : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </figure>
  );
}
