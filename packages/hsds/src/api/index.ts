export { HsdsError, errorBody, type HsdsErrorBody, type ParameterProblem } from "./errors";
export { CORS_HEADERS, errorResponse, hsdsResponse, optionsResponse, zipResponse } from "./http";
export { apiInfo, HSDS_VERSION, HSDS_PROFILE_URL, HSDS_OPENAPI_URL } from "./meta";
export { toPage, type Page, type NdjsonResult } from "./page";
export {
  parseParams,
  parseId,
  serviceListParams,
  serviceAtLocationListParams,
  organizationListParams,
  organizationParams,
  taxonomyListParams,
  taxonomyTermListParams,
  MAX_PER_PAGE,
  DEFAULT_PER_PAGE,
  type ServiceListParams,
  type ServiceAtLocationListParams,
  type OrganizationListParams,
  type OrganizationParams,
  type TaxonomyListParams,
  type TaxonomyTermListParams,
} from "./params";
export { listServices, getService } from "./services";
export { listOrganizations, getOrganization } from "./organizations";
export { listServiceAtLocations, getServiceAtLocation } from "./service-at-locations";
export { listTaxonomies, getTaxonomy, listTaxonomyTerms, getTaxonomyTerm } from "./taxonomies";
