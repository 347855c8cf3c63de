export {
  exportHsdsFiles,
  exportHsdsToFolder,
  exportHsdsZip,
  type ExportSummary,
} from "./export-hsds";
export { datapackageDescriptor } from "./datapackage";
