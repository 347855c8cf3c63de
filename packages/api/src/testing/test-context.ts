import { randomBytes, randomUUID } from "node:crypto";
import { isSignedIn, loadActor, visitor, type Actor, type SignedInActor } from "@puente/auth/actor";
import { and, asc, eq, type DatabaseHandle, type Executor } from "@puente/db";
import { auditEvents, sessions } from "@puente/db/schema";
import { findUserByEmail, seedDemo } from "@puente/db/seed";
import { createTestDatabase } from "@puente/db/testing";
import type { Locale } from "@puente/i18n";
import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import type { Context } from "../context";
import { appRouter, createCaller } from "../index";

/**
 * Shared by the API tests: a fresh database per test file, a real context for any actor, and
 * the two ways a procedure is reached in the app: in-process (`createCaller`, as server
 * components do) and over HTTP (the fetch adapter, as client components do). Only the HTTP
 * path runs the error formatter, so tests about what a person reads use that one.
 */

export const TEST_APP_URL = "https://puente.test";

/** A fresh, migrated database with the deterministic demo network in it. */
export async function seededDatabase(): Promise<DatabaseHandle> {
  const handle = await createTestDatabase();
  try {
    await seedDemo(handle.db);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}

export function contextFor(
  handle: Pick<DatabaseHandle, "db" | "engine">,
  actor: Actor = visitor,
  options: { locale?: Locale; appUrl?: string; clientIp?: string | null } = {},
): Context {
  return {
    db: handle.db,
    engine: handle.engine,
    actor,
    locale: options.locale ?? "en",
    appUrl: options.appUrl ?? TEST_APP_URL,
    clientIp: options.clientIp === undefined ? "203.0.113.7" : options.clientIp,
  };
}

export function callerFor(
  handle: Pick<DatabaseHandle, "db" | "engine">,
  actor: Actor = visitor,
  options?: { locale?: Locale },
) {
  return createCaller(contextFor(handle, actor, options));
}

/** The signed-in actor of an existing user, loaded the way a request loads it. */
export async function actorByEmail(db: Executor, email: string): Promise<SignedInActor> {
  const user = await findUserByEmail(db, email);
  if (!user) throw new Error(`no user ${email} in the test database`);
  const actor = await loadActor(db, user.id);
  if (!isSignedIn(actor)) throw new Error(`could not load ${email} as an actor`);
  return actor;
}

/** Awaits a call that must fail and returns its error, so tests can look at code, key and cause. */
export async function rejectionOf(promise: Promise<unknown>): Promise<TRPCError> {
  let outcome: unknown;
  try {
    outcome = await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw new Error(`expected a TRPCError, got ${String(error)}`, { cause: error });
  }
  throw new Error(`expected the call to fail, but it returned ${JSON.stringify(outcome)}`);
}

/** The error object a browser receives: message and data after the error formatter. */
export interface WireError {
  message: string;
  code: number;
  data: {
    code: string;
    httpStatus: number;
    path?: string;
    messageKey: string;
    fieldErrors?: Record<string, string>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

export type WireResult =
  | { ok: true; status: number; data: unknown; raw: string }
  | { ok: false; status: number; error: WireError; raw: string };

/** Calls a procedure through the tRPC fetch adapter, exactly as the web app's route handler does. */
export async function callOverHttp(
  ctx: Context,
  path: string,
  input: unknown,
  type: "query" | "mutation" = "query",
): Promise<WireResult> {
  const base = `http://localhost/api/trpc/${path}`;
  const serialized = input === undefined ? undefined : JSON.stringify(superjson.serialize(input));
  const req =
    type === "query"
      ? new Request(serialized === undefined ? base : `${base}?input=${encodeURIComponent(serialized)}`)
      : new Request(base, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: serialized ?? "{}",
        });
  const res = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => ctx,
  });
  const raw = await res.text();
  const body = JSON.parse(raw) as { result?: { data: unknown }; error?: unknown };
  if (body.error !== undefined) {
    return {
      ok: false,
      status: res.status,
      error: superjson.deserialize(body.error as Parameters<typeof superjson.deserialize>[0]),
      raw,
    };
  }
  return {
    ok: true,
    status: res.status,
    data: superjson.deserialize(body.result!.data as Parameters<typeof superjson.deserialize>[0]),
    raw,
  };
}

/** Audit rows about one subject, oldest first. */
export async function auditRowsFor(db: Executor, subjectId: string, action?: string) {
  return db
    .select()
    .from(auditEvents)
    .where(
      action
        ? and(eq(auditEvents.subjectId, subjectId), eq(auditEvents.action, action))
        : eq(auditEvents.subjectId, subjectId),
    )
    .orderBy(asc(auditEvents.createdAt));
}

/** A database session such as next-auth writes at sign-in. */
export async function createSession(db: Executor, userId: string) {
  const sessionToken = randomBytes(24).toString("hex");
  await db.insert(sessions).values({ sessionToken, userId, expires: new Date(Date.now() + 60 * 60 * 1000) });
  return sessionToken;
}

export async function sessionsOf(db: Executor, userId: string) {
  return db.select().from(sessions).where(eq(sessions.userId, userId));
}

/** A well-formed id that names nothing. */
export const nobody = () => randomUUID();

/** Text a person must never read in an error: stack frames and raw exception names. */
export const internalLeak = /Error:|\n\s+at |\.ts:\d+|node_modules|TRPCError|ZodError|PGlite|postgres/i;
