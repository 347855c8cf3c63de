import { randomUUID } from "node:crypto";
import { attorneySamples } from "./samples/attorneys";
import { referralSamples } from "./samples/referrals";
import { strategySamples } from "./samples/strategy";
import { strategyConversationSamples } from "./samples/strategy-conversation";
import { strategyModerationSamples } from "./samples/strategy-moderation";

/**
 * One input per procedure that passes validation and is harmless to repeat: ids that name
 * nothing (a domain NOT_FOUND is an answer too), an invitation that only the first admitted
 * caller creates, searches. The access walk fails for a procedure missing here, so a new
 * procedure cannot slip past it unchecked.
 */
export function sampleInputs(organizationId: string): Record<string, unknown> {
  const nobody = () => randomUUID();
  return {
    "profile.me": undefined,
    "profile.update": { name: "Walked Name", preferredLanguage: "en" },
    "profile.signOutEverywhere": undefined,
    "organization.mine": undefined,
    "organization.invite": { organizationId, email: "access-walk@example.org", role: "member" },
    "organization.revokeInvitation": { organizationId, invitationId: nobody() },
    "organization.setMemberRole": { organizationId, userId: nobody(), role: "member" },
    "organization.removeMember": { organizationId, userId: nobody() },
    "invitation.preview": { token: "t".repeat(43) },
    "invitation.accept": { token: "t".repeat(43) },
    "vetting.queue": undefined,
    "vetting.approvePerson": { userId: nobody() },
    "vetting.suspendPerson": { userId: nobody() },
    "vetting.reinstatePerson": { userId: nobody() },
    "vetting.verifyOrganization": { organizationId: nobody() },
    "vetting.rejectOrganization": { organizationId: nobody() },
    "admin.people": { query: "" },
    "admin.setRoles": { userId: nobody(), roles: [] },
    "admin.auditLog": { limit: 1 },
    "directory.search": { q: "shelter", limit: 5 },
    "directory.byId": { organizationId: nobody() },
    "directory.history": { organizationId },
    // No changes: an admitted caller gets the domain's "nothing to change", and nothing is written.
    "directory.edit": { organizationId },
    "directory.editors": { organizationId },
    // No such account: refused before anything is written.
    "directory.addEditor": { organizationId, email: "no-such-editor@example.org" },
    "directory.removeEditor": { organizationId, userId: nobody() },
    "directory.suggest": { organizationId: nobody(), changes: { acceptsReferrals: true } },
    "directory.suggestions": undefined,
    "directory.acceptSuggestion": { suggestionId: nobody() },
    "directory.rejectSuggestion": { suggestionId: nobody(), reason: "Access walk" },
    "directory.verify": { organizationId: nobody() },
    "directory.stale": undefined,
    ...attorneySamples(organizationId),
    ...referralSamples(organizationId),
    ...strategySamples(organizationId),
    ...strategyModerationSamples(organizationId),
    ...strategyConversationSamples(organizationId),
  };
}
