export * from "./client";
export * as schema from "./schema";
export { findRepoRoot, dataDir } from "./repo-root";
export { queryRows } from "./query-rows";
export { checkDatabase, type DatabaseHealth } from "./health";
export { sql, eq, and, or, not, inArray, desc, asc, isNull, isNotNull, count } from "drizzle-orm";
