import { hasRole, isSignedIn, isVetted, isOrganizationAdmin } from "@puente/auth/actor";
import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import { z } from "zod";
import type { Context } from "./context";
import { describeError } from "./describe-error";
import { AccessDenied } from "./errors";

/** Who may call a procedure. Every procedure declares one by the tier it is built from. */
export type Access =
  | "public"
  | "authenticated"
  | "member"
  | "orgAdmin"
  | "attorney"
  | "moderator"
  | "admin";

export interface Meta {
  access: Access;
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    /** Every error leaves translated, with no stack and no internal message. */
    errorFormatter({ shape, error, ctx }) {
      const described = describeError(error, ctx?.locale ?? "en");
      return {
        code: shape.code,
        message: described.message,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          messageKey: described.messageKey,
          fieldErrors: described.fieldErrors,
        },
      };
    },
  });

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure.meta({ access: "public" });

export const authenticatedProcedure = t.procedure.meta({ access: "authenticated" }).use(({ ctx, next }) => {
  if (!isSignedIn(ctx.actor)) throw new AccessDenied("UNAUTHORIZED", "errors.unauthorized");
  return next({ ctx: { actor: ctx.actor } });
});

function vetted<A extends Access>(access: A) {
  return t.procedure.meta({ access }).use(({ ctx, next }) => {
    if (!isSignedIn(ctx.actor)) throw new AccessDenied("UNAUTHORIZED", "errors.unauthorized");
    if (!isVetted(ctx.actor)) throw new AccessDenied("FORBIDDEN", "errors.notVetted");
    return next({ ctx: { actor: ctx.actor } });
  });
}

export const memberProcedure = vetted("member");

export const attorneyProcedure = vetted("attorney").use(({ ctx, next }) => {
  if (!hasRole(ctx.actor, "attorney")) throw new AccessDenied("FORBIDDEN", "errors.forbidden");
  return next();
});

export const moderatorProcedure = vetted("moderator").use(({ ctx, next }) => {
  if (!hasRole(ctx.actor, "moderator")) throw new AccessDenied("FORBIDDEN", "errors.forbidden");
  return next();
});

export const adminProcedure = vetted("admin").use(({ ctx, next }) => {
  if (!hasRole(ctx.actor, "admin")) throw new AccessDenied("FORBIDDEN", "errors.forbidden");
  return next();
});

/** Procedures about one organization take its id; only that organization's admins pass. */
export const orgAdminProcedure = vetted("orgAdmin")
  .input(z.object({ organizationId: z.uuid() }))
  .use(({ ctx, input, next }) => {
    if (!isOrganizationAdmin(ctx.actor, input.organizationId)) {
      throw new AccessDenied("FORBIDDEN", "errors.notOrgAdmin");
    }
    return next();
  });
