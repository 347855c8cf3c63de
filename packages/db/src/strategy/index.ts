export {
  ensureStrategyCategories,
  strategyCategoryDefinitions,
  type StrategyCategoryDefinition,
} from "./categories";
export { refreshPostSearch, refreshOnePostSearch } from "./refresh-post-search";
