export * from "./enums";
export * from "./users";
export * from "./organizations";
export * from "./audit";
export * from "./rate-limits";
export * from "./directory";
export * from "./attorneys";
export * from "./strategy";
