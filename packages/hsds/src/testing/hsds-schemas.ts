import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { hsdsReferenceDir } from "./fixtures";

// ajv-formats is CommonJS; under ESM its function sits on `default`.
const addFormats =
  (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule;

let ajv: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

/**
 * A validator for one of the specification's schemas (schema/compiled/*.json or schema/*.json).
 * The files carry documentation keywords (`core`, `example`, `constraints`) and a `csv` format
 * of their own, so Ajv runs non-strict with that format accepted.
 */
export function hsdsValidator(file: string): ValidateFunction {
  let validate = compiled.get(file);
  if (validate) return validate;
  ajv ??= (() => {
    const instance = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
    addFormats(instance);
    instance.addFormat("csv", true);
    return instance;
  })();
  const read = (name: string) =>
    JSON.parse(readFileSync(path.join(hsdsReferenceDir, "schema", name), "utf8")) as object;
  if (file.startsWith("compiled/")) {
    validate = ajv.compile(read(file));
  } else {
    // The per-object schemas point at each other by file name ("metadata.json"): register them all.
    if (!ajv.getSchema("taxonomy.json")) {
      for (const name of readdirSync(path.join(hsdsReferenceDir, "schema"))) {
        if (name.endsWith(".json") && name !== "openapi.json") ajv.addSchema(read(name), name);
      }
    }
    const found = ajv.getSchema(file);
    if (!found) throw new Error(`No HSDS schema ${file}`);
    validate = found;
  }
  compiled.set(file, validate);
  return validate;
}

/** Errors as short lines, for a failing expectation that says where the object went wrong. */
export function schemaErrors(validate: ValidateFunction): string[] {
  return (validate.errors ?? [])
    .slice(0, 10)
    .map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`);
}
