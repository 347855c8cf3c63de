import { hasRole, isSignedIn, isVetted, isOrganizationAdmin } from "@puente/auth/actor";
import { getTranslator } from "@puente/i18n";
import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";
import type { Context } from "./context";
import { AccessDenied, PuenteError } from "./errors";
import { fieldErrors } from "./validation-messages";

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

const fallbackKeys: Record<string, string> = {
  UNAUTHORIZED: "errors.unauthorized",
  FORBIDDEN: "errors.forbidden",
  NOT_FOUND: "errors.notFound",
  PAYLOAD_TOO_LARGE: "errors.tooLarge",
  TOO_MANY_REQUESTS: "errors.rateLimited",
  CONFLICT: "errors.conflict",
  BAD_REQUEST: "errors.badRequest",
  PARSE_ERROR: "errors.badRequest",
  UNSUPPORTED_MEDIA_TYPE: "errors.badRequest",
  METHOD_NOT_SUPPORTED: "errors.badRequest",
};

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    /** Every error leaves translated, with no stack and no internal message. */
    errorFormatter({ shape, error, ctx }) {
      const translate = getTranslator(ctx?.locale ?? "en");
      let key = fallbackKeys[error.code] ?? "errors.internal";
      let params: Record<string, string | number> = { minutes: 1 };
      let fields: Record<string, string> | undefined;
      if (error instanceof PuenteError) {
        key = error.key;
        params = error.params;
      } else if (error.cause instanceof ZodError) {
        key = "errors.validation.summary";
        fields = fieldErrors(error.cause, translate);
      }
      return {
        code: shape.code,
        message: translate(key as never, params as never),
        data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, messageKey: key, fieldErrors: fields },
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
