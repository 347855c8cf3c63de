import { createRequire } from "node:module";
import type { GeometryCollection, Topology } from "topojson-specification";
import { memo } from "./memo";

/**
 * Every byte of geography comes from installed packages, read synchronously from
 * node_modules: search must work on a machine with no network, and a request must never wait
 * on a third-party web service (nor tell one what an advocate searched for).
 */
const require = createRequire(import.meta.url);

export interface RawZip {
  zip: string;
  latitude: number;
  longitude: number;
  city: string;
  state: string;
}

export type NamedCollection = GeometryCollection<{ name: string }>;

export type StatesTopology = Topology<{ states: NamedCollection; nation: GeometryCollection }>;

export type CountiesTopology = Topology<{
  counties: NamedCollection;
  states: NamedCollection;
  nation: GeometryCollection;
}>;

/** The `zipcodes` package (GeoNames + federalgovernmentzipcodes.us), US part only. */
export const loadZipCodes = memo(
  // lib/codes.js alone: the package's index also loads a Canadian table we have no use for.
  () => (require("zipcodes/lib/codes.js") as { codes: Record<string, RawZip> }).codes,
);

/** Census cartographic state boundaries (2017), unprojected, 1:10,000,000. */
export const loadStatesTopology = memo(() => require("us-atlas/states-10m.json") as StatesTopology);

/**
 * Census cartographic county boundaries (2017); its `states` object is merged from the
 * counties, so state outlines and county borders drawn from it line up exactly.
 */
export const loadCountiesTopology = memo(
  () => require("us-atlas/counties-10m.json") as CountiesTopology,
);
