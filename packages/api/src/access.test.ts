import { rmSync } from "node:fs";
import { visitor, type Actor } from "@puente/auth/actor";
import { type DatabaseHandle } from "@puente/db";
import { and, eq, ne, sql } from "drizzle-orm";
import { organizationMembers, organizations, users } from "@puente/db/schema";
import { addMember, createUser, demoAccounts, demoProgramName } from "@puente/db/seed";
import { mailDirectory } from "@puente/email";
import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ZodError } from "zod";
import { AccessDenied, type Access } from "./index";
import {
  adminProcedure,
  attorneyProcedure,
  authenticatedProcedure,
  createCallerFactory,
  createTRPCRouter,
  memberProcedure,
  moderatorProcedure,
  orgAdminProcedure,
  publicProcedure,
} from "./trpc";
import { listProcedures } from "./testing/procedures";
import { sampleInputs } from "./testing/samples";
import { actorByEmail, callerFor, contextFor, seededDatabase } from "./testing/test-context";
import { startTestQueue } from "./testing/test-queue";
import type { JobQueue } from "@puente/jobs";

// The walk calls organization.invite, which queues mail: keep any that is sent out of the repository's .data.
const mailDir = await vi.hoisted(async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join(tmpdir(), "puente-access-mail-"));
  process.env.MAIL_DIR = dir;
  return dir;
});

const tiers: readonly Access[] = ["public", "authenticated", "member", "orgAdmin", "attorney", "moderator", "admin"];

const actorKinds = [
  "visitor",
  "pending",
  "suspended",
  "member",
  "ownOrgAdmin",
  "otherOrgAdmin",
  "attorney",
  "moderator",
  "admin",
] as const;
type ActorKind = (typeof actorKinds)[number];

/**
 * Who each tier lets in. `ownOrgAdmin` (an admin of the demo program, whose id the orgAdmin
 * samples use) is here so a tier that refused everyone but platform admins would also fail.
 */
const admitted: Record<Access, readonly ActorKind[]> = {
  public: actorKinds,
  authenticated: actorKinds.filter((k) => k !== "visitor"),
  member: ["member", "ownOrgAdmin", "otherOrgAdmin", "attorney", "moderator", "admin"],
  orgAdmin: ["ownOrgAdmin", "admin"],
  attorney: ["attorney"],
  moderator: ["moderator", "admin"],
  admin: ["admin"],
};

let handle: DatabaseHandle;
// Invitations queue their email; no worker runs here, the queue only has to accept the job.
let queue: JobQueue;
let programId: string;
const actors = {} as Record<ActorKind, Actor>;

const procedures = listProcedures();

async function call(actor: Actor, path: string, input: unknown): Promise<unknown> {
  const caller = callerFor(handle, actor) as unknown as Record<string, unknown>;
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (input: unknown) => Promise<unknown>)(input);
}

async function outcome(actor: Actor, path: string, input: unknown): Promise<{ error?: TRPCError }> {
  try {
    await call(actor, path, input);
    return {};
  } catch (error) {
    return { error: error as TRPCError };
  }
}

beforeAll(async () => {
  handle = await seededDatabase();
  queue = await startTestQueue(handle, { work: false });
  const db = handle.db;
  const [program] = await db.select().from(organizations).where(eq(organizations.name, demoProgramName));
  programId = program!.id;

  // Suspended, yet holding every role and adminship: the account state must outrank all of them.
  const suspended = await createUser(db, {
    email: "suspended@demo.example.org",
    accountState: "suspended",
    roles: ["member", "attorney", "moderator", "admin"],
  });
  await addMember(db, programId, suspended.id, "admin");

  // An admin of some other seeded organization, with no platform role beyond member.
  const [otherAdmin] = await db
    .select({ email: users.email })
    .from(organizationMembers)
    .innerJoin(users, eq(users.id, organizationMembers.userId))
    .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
    .where(
      and(
        eq(organizationMembers.role, "admin"),
        ne(organizations.id, programId),
        eq(organizations.national, false),
        sql`${users.roles} = '{member}'::platform_role[]`,
      ),
    )
    .limit(1);

  actors.visitor = visitor;
  actors.pending = await actorByEmail(db, demoAccounts.pending);
  actors.suspended = await actorByEmail(db, suspended.email);
  actors.member = await actorByEmail(db, demoAccounts.advocate);
  actors.ownOrgAdmin = await actorByEmail(db, demoAccounts.orgadmin);
  actors.otherOrgAdmin = await actorByEmail(db, otherAdmin!.email);
  actors.attorney = await actorByEmail(db, demoAccounts.attorney);
  actors.moderator = await actorByEmail(db, demoAccounts.moderator);
  actors.admin = await actorByEmail(db, demoAccounts.admin);
});

afterAll(async () => {
  await queue?.stop();
  await handle?.close();
  rmSync(mailDir, { recursive: true, force: true });
});

describe("access declarations", () => {
  it("every procedure declares who may call it", () => {
    const undeclared = procedures.filter((p) => p.meta?.access === undefined).map((p) => p.path);
    expect(undeclared, `procedures without meta.access: ${undeclared.join(", ")}`).toEqual([]);
  });

  it("every declared access is a known tier", () => {
    const unknown = procedures
      .filter((p) => !tiers.includes(p.meta?.access as Access))
      .map((p) => `${p.path} (${String(p.meta?.access)})`);
    expect(unknown).toEqual([]);
  });

  it("every procedure has a sample input for the walk, and no sample names a removed procedure", () => {
    expect(procedures.length).toBeGreaterThan(0);
    const samples = Object.keys(sampleInputs(programId)).sort();
    expect(procedures.map((p) => p.path).sort()).toEqual(samples);
  });

  it("the walk's actors are who they are meant to be", () => {
    expect(actors.otherOrgAdmin).toMatchObject({ kind: "user", state: "active", roles: ["member"] });
    const other = actors.otherOrgAdmin as Extract<Actor, { kind: "user" }>;
    expect(other.memberships.some((m) => m.role === "admin" && m.organizationId !== programId)).toBe(true);
    expect(other.memberships.some((m) => m.organizationId === programId)).toBe(false);
    expect(actors.suspended).toMatchObject({ state: "suspended" });
    expect(actors.pending).toMatchObject({ state: "pending" });
    expect(mailDirectory()).toBe(mailDir);
  });
});

describe.each(procedures.map((p) => ({ path: p.path, access: p.meta?.access as Access })))(
  "$path ($access)",
  ({ path, access }) => {
    it.each(actorKinds.map((kind) => ({ kind })))("$kind", async ({ kind }) => {
      const input = sampleInputs(programId)[path];
      const { error } = await outcome(actors[kind], path, input);
      if ((admitted[access] ?? []).includes(kind)) {
        // Success or a domain refusal are both fine; a refusal by the tier is not.
        expect(error instanceof AccessDenied, `${kind} was refused by ${access}: ${error?.message}`).toBe(false);
        expect(error?.code, `${kind} got ${error?.code} (${error?.message})`).not.toBe("INTERNAL_SERVER_ERROR");
        expect(error?.cause instanceof ZodError, `${kind}'s sample input for ${path} must pass validation`).toBe(false);
      } else {
        expect(error, `${kind} was let into a ${access} procedure`).toBeInstanceOf(AccessDenied);
        expect(error!.code).toBe(kind === "visitor" ? "UNAUTHORIZED" : "FORBIDDEN");
      }
    });
  },
);

// The tiers themselves, each on a probe procedure: a tier no procedure uses yet (attorney, today)
// is held to the same matrix, so the first procedure built on it inherits a checked gate.
const probeRouter = createTRPCRouter({
  public: publicProcedure.query(() => "ok"),
  authenticated: authenticatedProcedure.query(() => "ok"),
  member: memberProcedure.query(() => "ok"),
  orgAdmin: orgAdminProcedure.query(() => "ok"),
  attorney: attorneyProcedure.query(() => "ok"),
  moderator: moderatorProcedure.query(() => "ok"),
  admin: adminProcedure.query(() => "ok"),
});
const probeCaller = createCallerFactory(probeRouter);

describe.each(tiers.map((tier) => ({ tier })))("the $tier tier", ({ tier }) => {
  it("declares itself and admits exactly the expected actors", async () => {
    const probe = probeRouter._def.procedures as unknown as Record<string, { _def: { meta?: { access?: unknown } } }>;
    expect(probe[tier]!._def.meta?.access).toBe(tier);
    const results: Record<string, string> = {};
    for (const kind of actorKinds) {
      const caller = probeCaller(contextFor(handle, actors[kind])) as unknown as Record<
        Access,
        (input?: unknown) => Promise<string>
      >;
      try {
        results[kind] = await caller[tier]({ organizationId: programId });
      } catch (error) {
        results[kind] = error instanceof AccessDenied ? error.code : `unexpected ${String(error)}`;
      }
    }
    const expected = Object.fromEntries(
      actorKinds.map((kind) => [kind, admitted[tier].includes(kind) ? "ok" : kind === "visitor" ? "UNAUTHORIZED" : "FORBIDDEN"]),
    );
    expect(results).toEqual(expected);
  });
});
