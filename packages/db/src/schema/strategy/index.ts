export * from "./enums";
export * from "./categories";
export * from "./threads";
export * from "./posts";
export * from "./moderation";
export * from "./conversation";
export * from "./search";
