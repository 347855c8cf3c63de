export * from "./factories";
export { seedDemo, demoAccounts, demoProgramName, type SeedDemoOptions } from "./demo";
export {
  demoConfidentialMarkers,
  demoDirectoryPlans,
  demoNationalName,
  DEMO_ORGANIZATION_COUNT,
} from "./directory-demo";
export { CONFIDENTIAL_MARKER } from "./confidential";
export { seedScale, type SeedScaleOptions, type ScaleProgress } from "./scale";
export { mulberry32, Random, seededUuid } from "./random";
export { demoAttorneyApplicant, demoAttorneys, DEMO_ATTORNEY_ACCOUNTS } from "./attorneys-demo";
