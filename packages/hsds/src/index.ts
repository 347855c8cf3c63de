/**
 * @puente/hsds: Open Referral HSDS 3.0 for the Puente directory — the public read API, the CSV
 * datapackage export and the import. Everything published is read with the data-class rule in
 * SQL (serialize/public-rows.ts): confidential locations, addresses, phones and staff contacts
 * never leave the database through this package.
 */
export * from "./api";
export * from "./export";
export * from "./import";
export { loadPublicBundle, type PublicBundle } from "./serialize/public-rows";
export { createAssembler } from "./serialize/assemble";
export { hsdsTables, tableDef, puenteColumns, type TableDef, type TableName } from "./tables";
