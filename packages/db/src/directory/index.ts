export { refreshSearchEntries } from "./refresh-search-entries";
export { ensureTaxonomy } from "./ensure-taxonomy";
export { taxonomyTermDefinitions, PUENTE_TAXONOMY_ID, type TaxonomyTermDefinition } from "./taxonomy-terms";
