import { TableScroll } from "@puente/ui";
import { getTranslations } from "next-intl/server";

export interface TotalsRow {
  key: string;
  label: string;
  count: number;
}

/**
 * A horizontal bar chart drawn on the server, with its numbers repeated in a table for screen
 * readers and printing. Used by the moderator's network totals and the advocate's dashboard.
 */
export async function TotalsChart({ title, rows }: { title: string; rows: TotalsRow[] }) {
  const t = await getTranslations("referrals.chart");
  const max = Math.max(1, ...rows.map((r) => r.count));
  const barHeight = 22;
  return (
    <>
      <svg role="img" aria-label={t("chart", { title })} viewBox={`0 0 320 ${rows.length * barHeight + 4}`} width="100%" style={{ maxWidth: 480 }}>
        {rows.map((r, i) => (
          <g key={r.key} transform={`translate(0 ${i * barHeight})`}>
            <text x="0" y="15" fontSize="11" fill="currentColor">
              {r.label.slice(0, 24)}
            </text>
            <rect x="150" y="4" height="14" width={Math.max(2, (140 * r.count) / max)} fill="#1d4ed8" />
            <text x={156 + (140 * r.count) / max} y="15" fontSize="11" fill="currentColor">
              {r.count}
            </text>
          </g>
        ))}
      </svg>
      <TableScroll label={t("table", { title })}>
        <table className="p-table">
          <thead>
            <tr>
              <th scope="col">{t("label")}</th>
              <th scope="col">{t("count")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <td>{r.label}</td>
                <td>{r.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
