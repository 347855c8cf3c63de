import { isMember } from "@puente/auth/actor";
import { Alert, PageHeader, Section } from "@puente/ui";
import { getFormatter, getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "~/i18n/navigation";
import { getActor } from "~/server/actor";
import { api } from "~/server/api";
import { InviteForm } from "./invite-form";
import { MembershipButton } from "./membership-button";
import { OrganizationMembers } from "./organization-members";

export async function generateMetadata() {
  const t = await getTranslations("organization");
  return { title: t("title") };
}

export default async function OrganizationPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ joined?: string }>;
}) {
  setRequestLocale((await params).locale);
  const actor = await getActor();
  if (!isMember(actor)) return redirect({ href: "/", locale: await getLocale() });
  const t = await getTranslations("organization");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const organizations = await (await api()).organization.mine();
  // After accepting an invitation: the welcome names one of the person's own organizations, never text from the URL.
  const { joined } = await searchParams;
  const joinedOrganization = organizations.find((org) => org.id === joined);
  if (organizations.length === 0) {
    return (
      <>
        <PageHeader title={t("title")} />
        <p>{t("none")}</p>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t("title")} />
      {joinedOrganization ? <Alert tone="success">{t("accept.done", { organization: joinedOrganization.name })}</Alert> : null}
      {organizations.map((org) => (
        <Section key={org.id} id={`org-${org.id}`} title={org.name}>
          <dl className="p-dl">
            <dt>{t("kind")}</dt>
            <dd>{common(`organizationKinds.${org.kind}`)}</dd>
            <dt>{t("place")}</dt>
            <dd>{[org.city, org.state].filter(Boolean).join(", ")}</dd>
            <dt>{t("verification")}</dt>
            <dd>{common(`verification.${org.verificationState}`)}</dd>
          </dl>
          <h3>{t("members")}</h3>
          <OrganizationMembers organization={org} currentUserId={actor.userId} />
          {org.isAdmin ? (
            <>
              <h3>{t("pendingInvitations")}</h3>
              {org.invitations.length === 0 ? (
                <p className="p-muted">{t("noInvitations")}</p>
              ) : (
                <ul className="p-card-list">
                  {org.invitations.map((invitation) => (
                    <li key={invitation.id} className="p-card">
                      <strong>{invitation.email}</strong> — {common(`membershipRoles.${invitation.role}`)}.{" "}
                      {t("expires")}: {format.dateTime(invitation.expiresAt, { dateStyle: "medium" })}
                      <div className="p-actions">
                        <MembershipButton
                          organizationId={org.id}
                          invitationId={invitation.id}
                          intent="revoke"
                          label={t("revoke")}
                          accessibleLabel={`${t("revoke")}: ${invitation.email}`}
                        />
                      </div>
                    </li>
                  ))}
                </ul>
              )}
              <h3>{t("inviteTitle")}</h3>
              <p>{t("inviteBody")}</p>
              <InviteForm organizationId={org.id} />
            </>
          ) : null}
        </Section>
      ))}
    </>
  );
}
