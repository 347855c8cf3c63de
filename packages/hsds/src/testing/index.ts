import { strFromU8, unzipSync } from "fflate";

export { hsdsReferenceDir, ids, MARKER, seedListing } from "./fixtures";

/** A zip's files as text, for tests of the export download that do not depend on fflate themselves. */
export function unzipText(bytes: Uint8Array): Map<string, string> {
  return new Map(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}
