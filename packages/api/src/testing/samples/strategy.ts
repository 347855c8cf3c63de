import { randomUUID } from "node:crypto";

/** Access-walk inputs for the strategy procedures (see ../samples.ts). */
export function strategySamples(_organizationId: string): Record<string, unknown> {
  const nobody = () => randomUUID();
  return {
    "strategy.categories": { includeArchived: false },
    // A slug the walk never reuses: the one admitted caller creates it, then gets "slug taken".
    "strategy.createCategory": {
      slug: "access-walk",
      name: "Access walk",
      nameEs: "Recorrido de acceso",
    },
    "strategy.updateCategory": {
      categoryId: nobody(),
      slug: "access-walk-renamed",
      name: "Access walk",
      nameEs: "Recorrido de acceso",
      archived: false,
    },
    "strategy.categoryModerators": undefined,
    // Nobody's topic: the admitted caller gets "not found" and nothing is written.
    "strategy.addCategoryModerator": {
      categoryId: nobody(),
      email: "advocate@demo.example.org",
    },
    "strategy.removeCategoryModerator": { categoryId: nobody(), userId: nobody() },
    "strategy.list": { state: "GA", limit: 5 },
    "strategy.search": { q: "sheriff", limit: 5 },
    "strategy.byId": { threadId: nobody() },
    // A category that does not exist: validation passes, the domain answers "unknown category".
    "strategy.create": {
      categoryId: nobody(),
      title: "Access walk",
      whatTried: "Walked every procedure",
      triedOn: "2026-01-15",
      withWhom: "sheriff",
      outcome: "mixed",
      jurisdictions: [{ state: "GA" }],
    },
    "strategy.reply": { threadId: nobody(), body: "Access walk reply" },
    "strategy.edit": { postId: nobody(), body: "Access walk edit" },
    "strategy.revisions": { postId: nobody() },
    "strategy.react": { postId: nobody(), kind: "helpful", on: true },
    "strategy.groups": undefined,
    "strategy.createGroup": { name: "Access walk group" },
    "strategy.groupRoster": { groupId: nobody() },
    "strategy.addGroupMember": { groupId: nobody(), email: "advocate@demo.example.org" },
    "strategy.removeGroupMember": { groupId: nobody(), userId: nobody() },
    "strategy.setGroupModerator": { groupId: nobody(), userId: nobody(), on: true },
  };
}
