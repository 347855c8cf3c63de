import { adminProcedure, createTRPCRouter } from "../trpc";
import { auditLogInput, readAuditLog } from "./audit-log";
import { peopleSearchInput, searchPeople, setRoles, setRolesInput } from "./people";

export const adminRouter = createTRPCRouter({
  people: adminProcedure.input(peopleSearchInput).query(({ ctx, input }) => searchPeople(ctx.db, input.query)),
  setRoles: adminProcedure.input(setRolesInput).mutation(({ ctx, input }) => setRoles(ctx.db, ctx.actor, input)),
  auditLog: adminProcedure.input(auditLogInput).query(({ ctx, input }) => readAuditLog(ctx.db, input.limit)),
});
