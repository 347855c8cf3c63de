export { importHsds, type ImportOptions, type ImportReport } from "./import-hsds";
export { formatReport } from "./report";
export type { Problem } from "./problems";
export type { HsdsInput, HsdsInputLike } from "./read-input";
