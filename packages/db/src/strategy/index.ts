export {
  ensureStrategyCategories,
  strategyCategoryDefinitions,
  type StrategyCategoryDefinition,
} from "./categories";
export { refreshPostSearch, refreshOnePostSearch } from "./refresh-post-search";
export { seedStrategyScale, type SeedStrategyScaleOptions } from "../seed/strategy-scale";
export { refreshThreadSearch } from "./refresh-thread-search";
