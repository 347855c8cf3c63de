import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { appRouter, type AppRouter } from "./root";
import { createCallerFactory } from "./trpc";

export { appRouter, type AppRouter };
export type { Context } from "./context";
export type { Access, Meta } from "./trpc";
export { PuenteError, AccessDenied } from "./errors";
export const createCaller = createCallerFactory(appRouter);
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export { describeError, isTRPCError, type ErrorDescription } from "./describe-error";
export { jobWork } from "./job-work";
