import { getTranslator, type Locale } from "@puente/i18n";
import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { PuenteError } from "./errors";
import { IdentifyingTextError } from "./identifiers/assert-de-identified";
import { describeFindings } from "./identifiers/describe-findings";
import { fieldErrors } from "./validation-messages";

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

export interface ErrorDescription {
  message: string;
  messageKey: string;
  fieldErrors?: Record<string, string>;
}

/**
 * The one place an error becomes words for a person: a catalog message in their language, and
 * per-field messages for invalid input. Internal messages and stacks never pass through.
 */
export function describeError(error: TRPCError, locale: Locale): ErrorDescription {
  const t = getTranslator(locale);
  let key = fallbackKeys[error.code] ?? "errors.internal";
  let params: Record<string, string | number> = { minutes: 1 };
  let fields: Record<string, string> | undefined;
  if (error instanceof PuenteError) {
    key = error.key;
    params = error.params;
    if (error instanceof IdentifyingTextError) fields = describeFindings(error.findings, t);
  } else if (error.cause instanceof ZodError) {
    key = "errors.validation.summary";
    fields = fieldErrors(error.cause, t);
  }
  const message = t(key as never, params as never);
  if (!fields && error instanceof PuenteError && error.field) fields = { [error.field]: message };
  return { message, messageKey: key, fieldErrors: fields };
}

export function isTRPCError(error: unknown): error is TRPCError {
  return error instanceof TRPCError;
}
