export {
  ensureStrategyCategories,
  strategyCategoryDefinitions,
  type StrategyCategoryDefinition,
} from "./categories";
