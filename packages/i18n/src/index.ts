export * from "./locales";
export { messages, type Messages } from "./messages";
export { getTranslator, formatDateTime, type Translator } from "./translator";
