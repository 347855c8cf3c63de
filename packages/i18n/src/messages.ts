import enAttorneys from "./messages/en/attorneys.json";
import enReferrals from "./messages/en/referrals.json";
import enStrategy from "./messages/en/strategy.json";
import enStrategyModeration from "./messages/en/strategyModeration.json";
import enIdentifiers from "./messages/en/identifiers.json";
import enAuth from "./messages/en/auth.json";
import enCommon from "./messages/en/common.json";
import enDirectory from "./messages/en/directory.json";
import enEmail from "./messages/en/email.json";
import enErrors from "./messages/en/errors.json";
import enHome from "./messages/en/home.json";
import enOrganization from "./messages/en/organization.json";
import enProfile from "./messages/en/profile.json";
import enVetting from "./messages/en/vetting.json";
import esAttorneys from "./messages/es/attorneys.json";
import esReferrals from "./messages/es/referrals.json";
import esStrategy from "./messages/es/strategy.json";
import esStrategyModeration from "./messages/es/strategyModeration.json";
import esIdentifiers from "./messages/es/identifiers.json";
import esAuth from "./messages/es/auth.json";
import esCommon from "./messages/es/common.json";
import esDirectory from "./messages/es/directory.json";
import esEmail from "./messages/es/email.json";
import esErrors from "./messages/es/errors.json";
import esHome from "./messages/es/home.json";
import esOrganization from "./messages/es/organization.json";
import esProfile from "./messages/es/profile.json";
import esVetting from "./messages/es/vetting.json";
import type { Locale } from "./locales";

/**
 * One JSON file per namespace and language, so that work on different screens does not collide
 * in one giant catalog. English is the reference shape; the parity test holds Spanish to it.
 */
const en = {
  attorneys: enAttorneys,
  referrals: enReferrals,
  strategy: enStrategy,
  strategyModeration: enStrategyModeration,
  identifiers: enIdentifiers,
  auth: enAuth,
  common: enCommon,
  directory: enDirectory,
  email: enEmail,
  errors: enErrors,
  home: enHome,
  organization: enOrganization,
  profile: enProfile,
  vetting: enVetting,
};

export type Messages = typeof en;

const es: Messages = {
  attorneys: esAttorneys,
  referrals: esReferrals,
  strategy: esStrategy,
  strategyModeration: esStrategyModeration,
  identifiers: esIdentifiers,
  auth: esAuth,
  common: esCommon,
  directory: esDirectory,
  email: esEmail,
  errors: esErrors,
  home: esHome,
  organization: esOrganization,
  profile: esProfile,
  vetting: esVetting,
};

export const messages: Record<Locale, Messages> = { en, es };
