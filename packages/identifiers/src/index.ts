export { findIdentifiers } from "./find-identifiers";
export { identifierKinds, type IdentifierFinding, type IdentifierKind } from "./types";
