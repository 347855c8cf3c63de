import { TableScroll } from "@puente/ui";
import type { RouterOutputs } from "@puente/api";
import { getFormatter, getTranslations } from "next-intl/server";
import { MembershipButton } from "./membership-button";

type Organization = RouterOutputs["organization"]["mine"][number];

export async function OrganizationMembers({ organization, currentUserId }: { organization: Organization; currentUserId: string }) {
  const t = await getTranslations("organization");
  const common = await getTranslations("common");
  const format = await getFormatter();
  return (
    <TableScroll label={t("members")}>
      <table className="p-table">
        <caption className="p-visually-hidden">{t("members")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("memberName")}</th>
            <th scope="col">{t("memberEmail")}</th>
            <th scope="col">{t("memberRole")}</th>
            <th scope="col">{t("memberSince")}</th>
            {organization.isAdmin ? <th scope="col">{t("actions")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {organization.members.map((member) => {
            const name = member.name ?? member.email;
            const isSelf = member.userId === currentUserId;
            return (
              <tr key={member.userId}>
                <td>
                  {name} {isSelf ? <span className="p-muted">{t("you")}</span> : null}
                </td>
                <td>{member.email}</td>
                <td>{common(`membershipRoles.${member.role}`)}</td>
                <td>{format.dateTime(member.since, { dateStyle: "medium" })}</td>
                {organization.isAdmin ? (
                  <td>
                    <div className="p-actions">
                      <MembershipButton
                        organizationId={organization.id}
                        userId={member.userId}
                        intent={member.role === "admin" ? "make-member" : "make-admin"}
                        label={member.role === "admin" ? t("makeMember") : t("makeAdmin")}
                        accessibleLabel={`${member.role === "admin" ? t("makeMember") : t("makeAdmin")}: ${name}`}
                      />
                      <MembershipButton
                        organizationId={organization.id}
                        userId={member.userId}
                        intent="remove"
                        label={t("remove")}
                        accessibleLabel={t("removeConfirm", { name, organization: organization.name })}
                      />
                    </div>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
