import { pgEnum } from "drizzle-orm/pg-core";

export const locales = ["en", "es"] as const;
export type Locale = (typeof locales)[number];
export const localeEnum = pgEnum("locale", locales);

/** pending → active (vouched or approved) → suspended (and back). */
export const accountStates = ["pending", "active", "suspended"] as const;
export type AccountState = (typeof accountStates)[number];
export const accountStateEnum = pgEnum("account_state", accountStates);

export const platformRoles = ["member", "attorney", "moderator", "admin"] as const;
export type PlatformRole = (typeof platformRoles)[number];
export const platformRoleEnum = pgEnum("platform_role", platformRoles);

export const organizationKinds = [
  "dv_program",
  "sa_program",
  "dual_dv_sa",
  "immigrant_rights",
  "civil_rights",
  "legal_services",
  "culturally_specific",
  "faith_based",
  "other",
] as const;
export type OrganizationKind = (typeof organizationKinds)[number];
export const organizationKindEnum = pgEnum("organization_kind", organizationKinds);

export const organizationVerificationStates = ["unverified", "verified", "rejected"] as const;
export type OrganizationVerificationState = (typeof organizationVerificationStates)[number];
export const organizationVerificationEnum = pgEnum(
  "organization_verification",
  organizationVerificationStates,
);

export const membershipRoles = ["member", "admin"] as const;
export type MembershipRole = (typeof membershipRoles)[number];
export const membershipRoleEnum = pgEnum("membership_role", membershipRoles);

/**
 * Immigration case types: an attorney's practice areas and a referral's case types are the same
 * list, so matching compares like with like. Shared by attorneys.ts and referrals.ts.
 */
export const caseTypes = [
  "vawa_self_petition",
  "u_visa",
  "t_visa",
  "sijs",
  "asylum",
  "removal_defense_detained",
  "removal_defense_non_detained",
  "family_adjustment",
  "waivers",
  "naturalization",
  "daca",
  "other",
] as const;
export type CaseType = (typeof caseTypes)[number];
export const caseTypeEnum = pgEnum("case_type", caseTypes);
