import { TRPCError } from "@trpc/server";

type ErrorCode = ConstructorParameters<typeof TRPCError>[0]["code"];

/**
 * An error a person can act on: `key` names a message in the `errors` catalog, `params` fill it.
 * The tRPC error formatter translates it into the caller's language.
 */
export class PuenteError extends TRPCError {
  readonly key: string;
  readonly params: Record<string, string | number>;
  /** The input field the refusal is about, so a form shows the message beside it. */
  readonly field: string | undefined;

  constructor(code: ErrorCode, key: string, params: Record<string, string | number> = {}, options: { field?: string } = {}) {
    super({ code, message: key });
    this.key = key;
    this.params = params;
    this.field = options.field;
  }
}

/** Refusal by a procedure tier: the access test tells these apart from domain refusals. */
export class AccessDenied extends PuenteError {}

export const notFound = () => new PuenteError("NOT_FOUND", "errors.notFound");
