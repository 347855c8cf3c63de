import type { RouterOutputs } from "@puente/api";
import { TableScroll } from "@puente/ui";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { languageLabel, regionLabel, stateLabel } from "./labels";

export type AttorneyProfile = NonNullable<RouterOutputs["attorney"]["mine"]>;

/**
 * One attorney's profile as a description list, for every audience: what the procedure
 * returned for the reader is all there is (bar numbers only reach the attorney and moderators).
 */
export async function ProfileDetails({ profile, headingLevel = 2 }: { profile: AttorneyProfile; headingLevel?: 2 | 3 }) {
  const t = await getTranslations("attorneys");
  const locale = await getLocale();
  const format = await getFormatter();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const showNumbers = profile.barAdmissions.some((b) => b.number !== undefined);
  return (
    <>
      <dl className="p-dl">
        <dt>{t("fields.affiliation")}</dt>
        <dd>{[t(`affiliationKinds.${profile.affiliationKind}`), profile.affiliationName].filter(Boolean).join(" · ")}</dd>
        <dt>{t("fields.practiceAreas")}</dt>
        <dd>{profile.practiceAreas.map((c) => t(`caseTypes.${c}`)).join(", ")}</dd>
        <dt>{t("fields.languages")}</dt>
        <dd>{profile.languages.map((l) => `${languageLabel(l.code, locale)} (${t(`proficiency.${l.proficiency}`)})`).join(", ")}</dd>
        <dt>{t("fields.regions")}</dt>
        <dd>{profile.regions.length ? profile.regions.map((r) => regionLabel(r, locale)).join("; ") : t("noRegions")}</dd>
        <dt>{t("fields.remote")}</dt>
        <dd>{profile.remote ? t("yes") : t("no")}</dd>
        <dt>{t("fields.capacity")}</dt>
        <dd>{t("capacityValue", { count: profile.capacity })}</dd>
        <dt>{t("fields.availability")}</dt>
        <dd>
          {profile.availableNow
            ? t("availability.open")
            : profile.accepting && profile.pausedUntil
              ? t("availability.pausedUntil", { date: format.dateTime(new Date(`${profile.pausedUntil}T12:00:00Z`), { dateStyle: "medium" }) })
              : t("availability.closed")}
        </dd>
        <dt>{t("fields.mentors")}</dt>
        <dd>{profile.mentors ? t("yes") : t("no")}</dd>
      </dl>
      <Heading>{t("fields.barAdmissions")}</Heading>
      <TableScroll label={t("fields.barAdmissions")}>
        <table className="p-table">
          <thead>
            <tr>
              <th scope="col">{t("fields.barState")}</th>
              {showNumbers ? <th scope="col">{t("fields.barNumber")}</th> : null}
              <th scope="col">{t("fields.barYear")}</th>
              <th scope="col">{t("fields.barStatus")}</th>
            </tr>
          </thead>
          <tbody>
            {profile.barAdmissions.map((b) => (
              <tr key={b.id}>
                <th scope="row">{stateLabel(b.state, locale)}</th>
                {showNumbers ? <td>{b.number}</td> : null}
                <td>{b.year}</td>
                <td>{t(`barStates.${b.verificationState}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
