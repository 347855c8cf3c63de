export { sendMail, mailDirectory, type OutgoingMail, type SentMail } from "./transport";
export { sendSignInLink, renderInvitationMail } from "./templates";
export { listStoredMail, readStoredMail, type StoredMail } from "./mailbox";
export { renderReferralMail, referralMailKinds, type ReferralMailKind } from "./referral-mail";
export { renderStrategyDigest, type StrategyDigestInput, type DigestLink } from "./strategy-digest-mail";
