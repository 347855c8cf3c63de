import { isTRPCError } from "@puente/api";
import { isSignedIn, isVetted } from "@puente/auth/actor";
import { caseTypes } from "@puente/db/schema";
import { states } from "@puente/geo";
import { Alert, Button, PageHeader, SelectField, TextField } from "@puente/ui";
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "~/i18n/navigation";
import { getActor } from "~/server/actor";
import { api } from "~/server/api";
import { attorneyLanguageChoices, languageLabel, regionLabel, stateLabel } from "./labels";
import { rosterQuery, type RosterParams } from "./roster-params";

export async function generateMetadata() {
  const t = await getTranslations("attorneys.roster");
  return { title: t("title") };
}

/** The roster of vetted volunteer attorneys, for members only; a GET form so the URL holds the filters. */
export default async function AttorneysPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<RosterParams> }) {
  setRequestLocale((await params).locale);
  const locale = await getLocale();
  const actor = await getActor();
  if (!isSignedIn(actor)) return redirect({ href: "/sign-in?callbackUrl=/attorneys", locale });
  if (!isVetted(actor)) return redirect({ href: "/", locale });
  const t = await getTranslations("attorneys");
  const raw = await searchParams;
  const caller = await api();
  // A hand-edited URL with an unknown filter value gets a message, not the error page.
  const result = await caller.attorney.search(rosterQuery(raw)).catch((error: unknown) => {
    if (isTRPCError(error) && error.code === "BAD_REQUEST") return null;
    throw error;
  });
  const one = (key: keyof RosterParams) => {
    const v = raw[key];
    return (Array.isArray(v) ? v[0] : v) ?? "";
  };
  return (
    <>
      <PageHeader title={t("roster.title")} lead={t("roster.intro")} />
      <p>
        <Link href="/attorney">{t("roster.volunteer")}</Link>
      </p>
      <form method="get" role="search" aria-label={t("roster.formLabel")} className="p-search-form">
        <div className="p-search-main">
          <TextField id="q" name="q" type="search" label={t("roster.q")} defaultValue={one("q")} maxLength={100} />
          <SelectField
            id="area"
            name="area"
            label={t("fields.practiceArea")}
            defaultValue={one("area")}
            options={[{ value: "", label: t("roster.any") }, ...caseTypes.map((c) => ({ value: c, label: t(`caseTypes.${c}`) }))]}
          />
          <SelectField
            id="lang"
            name="lang"
            label={t("fields.language")}
            defaultValue={one("lang")}
            options={[{ value: "", label: t("roster.any") }, ...attorneyLanguageChoices.map((c) => ({ value: c, label: languageLabel(c, locale) }))]}
          />
          <SelectField
            id="state"
            name="state"
            label={t("roster.state")}
            defaultValue={one("state")}
            options={[{ value: "", label: t("roster.any") }, ...states.map((s) => ({ value: s.code, label: stateLabel(s.code, locale) })).sort((a, b) => a.label.localeCompare(b.label, locale))]}
          />
        </div>
        <fieldset className="p-filter-group">
          <legend>{t("roster.other")}</legend>
          <label className="p-check">
            <input type="checkbox" name="remote" value="1" defaultChecked={one("remote") === "1"} />
            <span>{t("roster.remote")}</span>
          </label>
          <label className="p-check">
            <input type="checkbox" name="accepting" value="1" defaultChecked={one("accepting") === "1"} />
            <span>{t("roster.accepting")}</span>
          </label>
        </fieldset>
        <div className="p-actions">
          <Button type="submit">{t("roster.submit")}</Button>
          <Link href="/attorneys" className="p-button p-button--secondary">
            {t("roster.clear")}
          </Link>
        </div>
      </form>
      <h2>{t("roster.results")}</h2>
      {result === null ? (
        <Alert tone="error">{t("roster.invalid")}</Alert>
      ) : result.attorneys.length === 0 ? (
        <p>{t("roster.none")}</p>
      ) : (
        <>
          <p role="status">{t("roster.count", { count: result.total })}</p>
          <ul className="p-card-list">
            {result.attorneys.map((a) => (
              <li key={a.userId} className="p-card">
                <h3>
                  <Link href={`/attorneys/${a.userId}`}>{a.name}</Link>
                </h3>
                <p className="p-badges">
                  <span className={a.availableNow ? "p-badge p-badge--ok" : "p-badge"}>
                    {a.availableNow ? t("availability.open") : t("availability.notNow")}
                  </span>
                  {a.remote ? <span className="p-badge">{t("roster.remoteBadge")}</span> : null}
                  {a.mentors ? <span className="p-badge">{t("roster.mentorBadge")}</span> : null}
                </p>
                <p>{a.practiceAreas.map((c) => t(`caseTypes.${c}`)).join(", ")}</p>
                <p className="p-muted">
                  {a.languages.map((l) => languageLabel(l.code, locale)).join(", ")}
                  {a.regions.length ? ` · ${a.regions.map((r) => regionLabel(r, locale)).join("; ")}` : ""}
                </p>
              </li>
            ))}
          </ul>
          {result.nextCursor ? (
            <p>
              <Link href={{ pathname: "/attorneys", query: { ...withoutCursor(raw), cursor: result.nextCursor } }}>{t("roster.more")}</Link>
            </p>
          ) : null}
        </>
      )}
    </>
  );
}

function withoutCursor(raw: RosterParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    const value = Array.isArray(v) ? v[0] : v;
    if (k !== "cursor" && value) out[k] = value;
  }
  return out;
}
