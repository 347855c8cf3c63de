export * from "./enums";
export * from "./referrals";
export * from "./offers";
export * from "./activity";
