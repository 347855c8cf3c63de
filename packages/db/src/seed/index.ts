export * from "./factories";
export { seedDemo, demoAccounts, demoProgramName } from "./demo";
