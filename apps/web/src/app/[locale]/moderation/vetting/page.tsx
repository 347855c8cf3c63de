import { hasRole } from "@puente/auth/actor";
import { PageHeader, Section } from "@puente/ui";
import { getFormatter, getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "~/i18n/navigation";
import { getActor } from "~/server/actor";
import { api } from "~/server/api";
import { DecisionButton } from "./decision-button";
import { DecisionStatus } from "./decision-status";

export async function generateMetadata() {
  const t = await getTranslations("vetting");
  return { title: t("title") };
}

export default async function VettingPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  if (!hasRole(await getActor(), "moderator")) return redirect({ href: "/", locale: await getLocale() });
  const t = await getTranslations("vetting");
  const common = await getTranslations("common");
  const profile = await getTranslations("profile");
  const format = await getFormatter();
  const queue = await (await api()).vetting.queue();
  return (
    <>
      <PageHeader title={t("title")} lead={t("intro")} />
      <DecisionStatus>
        <Section id="people" title={t("people")}>
          {queue.people.length === 0 ? (
            <p>{t("noPeople")}</p>
          ) : (
            <ul className="p-card-list">
              {queue.people.map((person) => {
                const name = person.name ?? person.email;
                return (
                  <li key={person.id} className="p-card">
                    <h3>{name}</h3>
                    <dl className="p-dl">
                      <dt>{profile("email")}</dt>
                      <dd>{person.email}</dd>
                      <dt>{t("signedUp")}</dt>
                      <dd>{format.dateTime(person.createdAt, { dateStyle: "medium" })}</dd>
                      <dt>{t("application")}</dt>
                      <dd>{person.application || t("noApplication")}</dd>
                    </dl>
                    <div className="p-actions">
                      <DecisionButton
                        decision="approvePerson"
                        subjectId={person.id}
                        label={t("approve")}
                        accessibleLabel={`${t("approve")}: ${name}`}
                        doneMessage={t("approved", { name })}
                      />
                      <DecisionButton
                        decision="suspendPerson"
                        subjectId={person.id}
                        label={t("suspend")}
                        accessibleLabel={`${t("suspend")}: ${name}`}
                        doneMessage={t("suspended", { name })}
                      />
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
        </Section>
        <Section id="organizations" title={t("organizations")}>
          {queue.organizations.length === 0 ? (
            <p>{t("noOrganizations")}</p>
          ) : (
            <ul className="p-card-list">
              {queue.organizations.map((org) => (
                <li key={org.id} className="p-card">
                  <h3>{org.name}</h3>
                  <p className="p-muted">
                    {common(`organizationKinds.${org.kind}`)} · {[org.city, org.state].filter(Boolean).join(", ")}
                  </p>
                  <div className="p-actions">
                    <DecisionButton
                      decision="verifyOrganization"
                      subjectId={org.id}
                      label={t("verify")}
                      accessibleLabel={`${t("verify")}: ${org.name}`}
                      doneMessage={t("verified", { name: org.name })}
                    />
                    <DecisionButton
                      decision="rejectOrganization"
                      subjectId={org.id}
                      label={t("reject")}
                      accessibleLabel={`${t("reject")}: ${org.name}`}
                      doneMessage={t("rejected", { name: org.name })}
                    />
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Section>
      </DecisionStatus>
    </>
  );
}
