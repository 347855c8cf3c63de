import { errorBody, HsdsError } from "./errors";
import type { NdjsonResult } from "./page";

/**
 * What every HSDS route handler answers with. The data is public (DESIGN.md, Data classes), so
 * any site may read it (CORS `*`, no credentials) and shared caches may keep it for a minute;
 * errors are not cached, and an unexpected failure says nothing about its cause.
 */
export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type",
} as const;

const CACHE_OK = "public, max-age=60, stale-while-revalidate=300";

const isNdjson = (value: unknown): value is NdjsonResult =>
  typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "ndjson";

export function errorResponse(error: unknown): Response {
  const known =
    error instanceof HsdsError
      ? error
      : new HsdsError(500, "The directory could not be read just now. Try again in a minute.");
  if (!(error instanceof HsdsError)) console.error("HSDS API error", error);
  return Response.json(errorBody(known), {
    status: known.status,
    headers: { ...CORS_HEADERS, "Cache-Control": "no-store" },
  });
}

function ndjsonResponse(result: NdjsonResult): Response {
  const encoder = new TextEncoder();
  const pages = result.pages();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await pages.next();
        if (next.done) return controller.close();
        const text = next.value.map((item) => JSON.stringify(item) + "\n").join("");
        controller.enqueue(encoder.encode(text));
      } catch (error) {
        console.error("HSDS ndjson error", error);
        controller.error(error);
      }
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
  return new Response(stream, {
    headers: {
      ...CORS_HEADERS,
      "Content-Type": "application/x-ndjson; charset=utf-8",
      "Cache-Control": CACHE_OK,
    },
  });
}

/** Runs a handler's work; its result becomes JSON (or NDJSON), an HsdsError its status and body. */
export async function hsdsResponse(run: () => Promise<unknown>): Promise<Response> {
  try {
    const body = await run();
    if (isNdjson(body)) return ndjsonResponse(body);
    return Response.json(body, {
      headers: {
        ...CORS_HEADERS,
        "Content-Type": "application/json; charset=utf-8",
        "Cache-Control": CACHE_OK,
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}

/** CORS preflight; plain GETs never need one, but clients that send custom headers do. */
export function optionsResponse(): Response {
  return new Response(null, {
    status: 204,
    headers: { ...CORS_HEADERS, "Access-Control-Max-Age": "86400" },
  });
}

export function zipResponse(bytes: Uint8Array, filename: string): Response {
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      ...CORS_HEADERS,
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
