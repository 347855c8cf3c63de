/**
 * The HSDS OpenAPI file defines no error schema, so errors follow the common JSON API shape
 * `{ "error": { "code": 400, "message": "…", "details": [{ "parameter": "page", "message": "…" }] } }`:
 * the status again in the body (for clients that lose it), one sentence a person can act on, and
 * for bad parameters which parameter and why.
 */
export interface ParameterProblem {
  parameter: string;
  message: string;
}

export class HsdsError extends Error {
  constructor(
    readonly status: 400 | 404 | 500,
    message: string,
    readonly details: ParameterProblem[] = [],
  ) {
    super(message);
    this.name = "HsdsError";
  }
}

export interface HsdsErrorBody {
  error: { code: number; message: string; details?: ParameterProblem[] };
}

export function errorBody(error: HsdsError): HsdsErrorBody {
  return {
    error: {
      code: error.status,
      message: error.message,
      ...(error.details.length ? { details: error.details } : {}),
    },
  };
}

export const notFound = (what: string, id: string) =>
  new HsdsError(404, `No ${what} with id ${id}.`);
