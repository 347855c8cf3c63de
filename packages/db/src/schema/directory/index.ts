export * from "./enums";
export * from "./taxonomy";
export * from "./services";
export * from "./locations";
export * from "./listing-changes";
export * from "./search-entries";
export * from "./search-filters";
export * from "./search-words";
