import { hasRole } from "@puente/auth/actor";
import { PageHeader, Section, TableScroll } from "@puente/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { api } from "~/server/api";
import { AnnouncedChanges } from "../_components/announced-changes";
import { requireVettedMember } from "../load";
import { addMember, changeRoster, createGroup } from "./actions";
import { AddMemberForm, CreateGroupForm, RosterChangeForm } from "./group-forms";

export async function generateMetadata() {
  const t = await getTranslations("strategy.groups");
  return { title: t("title") };
}

/** Groups the reader is in; for the groups they moderate, the roster and membership forms. */
export default async function StrategyGroupsPage({
  params,
}: {
  params: Promise<{ locale: string }>;
}) {
  setRequestLocale((await params).locale);
  const actor = await requireVettedMember();
  const t = await getTranslations("strategy.groups");
  const caller = await api();
  const groups = await caller.strategy.groups();
  // National moderators name and remove each group's own moderators (setGroupModerator's tier).
  const national = hasRole(actor, "moderator");
  const rosters = new Map(
    await Promise.all(
      groups
        .filter((g) => g.moderator)
        .map(async (g) => [g.id, await caller.strategy.groupRoster({ groupId: g.id })] as const),
    ),
  );
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      {groups.length === 0 ? <p>{t("none")}</p> : null}
      {groups.map((group) => {
        const roster = rosters.get(group.id);
        return (
          <Section key={group.id} id={`group-${group.id}`} title={group.name}>
            {group.description ? <p>{group.description}</p> : null}
            <p className="p-muted">
              {t("members", { count: group.members })} ·{" "}
              {group.moderator ? t("youModerate") : t("youBelong")}
            </p>
            {roster ? (
              // The roster's heading and live region stay when a row leaves with its form.
              <AnnouncedChanges id={`roster-${group.id}`} heading={t("roster", { name: group.name })}>
                <TableScroll label={t("roster", { name: group.name })}>
                  <table className="p-table">
                    <caption className="p-visually-hidden">
                      {t("roster", { name: group.name })}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("name")}</th>
                        <th scope="col">{t("email")}</th>
                        <th scope="col">{t("manage")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {roster.people.map((person) => (
                        <tr key={person.userId}>
                          <td>{person.name ?? "—"}</td>
                          <td>{person.email}</td>
                          <td>
                            <RosterChangeForm
                              action={changeRoster}
                              groupId={group.id}
                              person={person}
                              national={national}
                            />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableScroll>
                <AddMemberForm action={addMember} groupId={group.id} />
              </AnnouncedChanges>
            ) : null}
          </Section>
        );
      })}
      {national ? (
        <Section id="create-group" title={t("create")}>
          <CreateGroupForm action={createGroup} />
        </Section>
      ) : null}
    </>
  );
}
