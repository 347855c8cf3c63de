/** GET /: which HSDS this API speaks (openapi.json, getAPIMetaInformation). */
export const HSDS_VERSION = "3.0";
/** Puente publishes HSDS 3.0 core, with no profile of its own; the profile URL names the core specification. */
export const HSDS_PROFILE_URL = "https://github.com/openreferral/specification/tree/3.0";
export const HSDS_OPENAPI_URL =
  "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json";

export function apiInfo() {
  return { version: HSDS_VERSION, profile: HSDS_PROFILE_URL, openapi_url: HSDS_OPENAPI_URL };
}
