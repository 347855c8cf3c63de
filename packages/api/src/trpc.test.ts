import { rmSync } from "node:fs";
import { visitor, type Actor } from "@puente/auth/actor";
import type { Database, DatabaseHandle } from "@puente/db";
import { organizations } from "@puente/db/schema";
import { demoAccounts, demoProgramName } from "@puente/db/seed";
import { getTranslator, messages } from "@puente/i18n";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { listProcedures } from "./testing/procedures";
import { sampleInputs } from "./testing/samples";
import {
  actorByEmail,
  callerFor,
  callOverHttp,
  contextFor,
  internalLeak,
  rejectionOf,
  seededDatabase,
  type WireResult,
} from "./testing/test-context";
import { startTestQueue } from "./testing/test-queue";
import type { JobQueue } from "@puente/jobs";

const mailDir = await vi.hoisted(async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join(tmpdir(), "puente-trpc-mail-"));
  process.env.MAIL_DIR = dir;
  return dir;
});

const en = getTranslator("en");
const es = getTranslator("es");

let handle: DatabaseHandle;
// Invitations queue their email; no worker runs here, the queue only has to accept the job.
let queue: JobQueue;
let programId: string;

beforeAll(async () => {
  handle = await seededDatabase();
  queue = await startTestQueue(handle, { work: false });
  const [program] = await handle.db.select().from(organizations).where(eq(organizations.name, demoProgramName));
  programId = program!.id;
});

afterAll(async () => {
  await queue?.stop();
  await handle?.close();
  rmSync(mailDir, { recursive: true, force: true });
});

/** A database whose driver fails the way a real one does: with its own words and a stack. */
function brokenDatabase(db: Database): Database {
  const fail = () => {
    const error = new Error("connect ECONNREFUSED 10.1.2.3:5432 password authentication failed for user \"puente\"");
    error.stack = `Error: ${error.message}\n    at Connection.connect (/srv/app/node_modules/postgres/src/connection.js:12:3)`;
    throw error;
  };
  return new Proxy(db, {
    get(target, property, receiver) {
      if (property === "select" || property === "insert" || property === "update" || property === "delete" || property === "transaction" || property === "execute") {
        return fail;
      }
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}

function expectFailure(result: WireResult) {
  expect(result.ok, `expected an error, got ${result.raw}`).toBe(false);
  if (result.ok) throw new Error("unreachable");
  return result.error;
}

describe("an unexpected failure", () => {
  it.each(["en", "es"] as const)("reads as errors.internal in %s, with no stack and no driver text", async (locale) => {
    const actor = await actorByEmail(handle.db, demoAccounts.advocate);
    const ctx = { ...contextFor(handle, actor, { locale }), db: brokenDatabase(handle.db) };
    for (const [path, type, input] of [
      ["profile.me", "query", undefined],
      ["organization.mine", "query", undefined],
      ["profile.signOutEverywhere", "mutation", undefined],
    ] as const) {
      const result = await callOverHttp(ctx, path, input, type);
      expect(result.status).toBe(500);
      const error = expectFailure(result);
      expect(error.data.code).toBe("INTERNAL_SERVER_ERROR");
      expect(error.data.messageKey).toBe("errors.internal");
      expect(error.message).toBe(getTranslator(locale)("errors.internal"));
      expect(error.data).not.toHaveProperty("stack");
      expect(result.raw).not.toMatch(internalLeak);
      expect(result.raw).not.toMatch(/ECONNREFUSED|password|10\.1\.2\.3|connection\.js/);
    }
  });

  it("reaches in-process callers as INTERNAL_SERVER_ERROR, so a page can show the same sentence", async () => {
    const actor = await actorByEmail(handle.db, demoAccounts.advocate);
    const caller = callerFor({ db: brokenDatabase(handle.db), engine: handle.engine }, actor);
    const error = await rejectionOf(caller.profile.me());
    expect(error.code).toBe("INTERNAL_SERVER_ERROR");
  });
});

describe("refusals by tier read as sentences", () => {
  it("a visitor is asked to sign in (401)", async () => {
    for (const [locale, t] of [["en", en], ["es", es]] as const) {
      const result = await callOverHttp(contextFor(handle, visitor, { locale }), "organization.mine", undefined);
      expect(result.status).toBe(401);
      const error = expectFailure(result);
      expect(error.data.code).toBe("UNAUTHORIZED");
      expect(error.message).toBe(t("errors.unauthorized"));
    }
  });

  it("a pending person is told their account is not approved yet (403)", async () => {
    const pending = await actorByEmail(handle.db, demoAccounts.pending);
    const result = await callOverHttp(contextFor(handle, pending, { locale: "es" }), "organization.mine", undefined);
    expect(result.status).toBe(403);
    expect(expectFailure(result).message).toBe(es("errors.notVetted"));
  });

  it("a member is refused moderators' work, and another organization's admin that organization's", async () => {
    const member = await actorByEmail(handle.db, demoAccounts.advocate);
    const queue = expectFailure(await callOverHttp(contextFor(handle, member), "vetting.queue", undefined));
    expect(queue).toMatchObject({ message: en("errors.forbidden"), data: { code: "FORBIDDEN", messageKey: "errors.forbidden" } });

    const moderator = await actorByEmail(handle.db, demoAccounts.moderator);
    const invite = expectFailure(
      await callOverHttp(
        contextFor(handle, moderator, { locale: "es" }),
        "organization.invite",
        { organizationId: programId, email: "someone@example.org" },
        "mutation",
      ),
    );
    expect(invite).toMatchObject({ message: es("errors.notOrgAdmin"), data: { messageKey: "errors.notOrgAdmin" } });
  });
});

describe("requests the router cannot take", () => {
  it("an unknown procedure is a translated NOT_FOUND", async () => {
    const error = expectFailure(await callOverHttp(contextFor(handle, visitor, { locale: "es" }), "organization.nothingHere", undefined));
    expect(error.data.code).toBe("NOT_FOUND");
    expect(error.message).toBe(es("errors.notFound"));
  });

  it("an id that is not one is a field error, not a database error", async () => {
    const moderator = await actorByEmail(handle.db, demoAccounts.moderator);
    const error = expectFailure(
      await callOverHttp(contextFor(handle, moderator), "vetting.approvePerson", { userId: "1; drop table users" }, "mutation"),
    );
    expect(error.data.code).toBe("BAD_REQUEST");
    expect(error.data.fieldErrors).toEqual({ userId: en("errors.validation.invalid") });
  });

  it("a number out of range is not described in characters", async () => {
    const admin = await actorByEmail(handle.db, demoAccounts.admin);
    for (const limit of [0, 1000]) {
      const error = expectFailure(await callOverHttp(contextFor(handle, admin), "admin.auditLog", { limit }));
      expect(error.data.fieldErrors).toEqual({ limit: en("errors.validation.invalid") });
    }
  });

  it("a missing input is a field error in the caller's language", async () => {
    const admin = await actorByEmail(handle.db, demoAccounts.admin);
    const error = expectFailure(await callOverHttp(contextFor(handle, admin, { locale: "es" }), "admin.setRoles", {}, "mutation"));
    expect(error.message).toBe(es("errors.validation.summary"));
    expect(error.data.fieldErrors).toEqual({
      userId: es("errors.validation.required"),
      roles: es("errors.validation.required"),
    });
  });
});

/** An ICU template as a pattern: each top-level {placeholder} (plural included) matches any text. */
function templatePattern(template: string): RegExp {
  let pattern = "";
  let depth = 0;
  for (const char of template) {
    if (char === "{") {
      if (depth === 0) pattern += ".+?";
      depth++;
    } else if (char === "}") {
      depth--;
    } else if (depth === 0) {
      pattern += char.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
    }
  }
  return new RegExp(`^${pattern}$`, "s");
}

describe("every error from every procedure", () => {
  const flat = (node: unknown): string[] =>
    typeof node === "string" ? [node] : Object.values(node as object).flatMap(flat);
  // Error sentences live in `errors`, in each domain namespace's own `errors` subtree
  // (`referrals.errors.…`), and in `identifiers` (what the identifier checker found, and where).
  const errorSentences = (catalog: (typeof messages)["en"]) =>
    Object.entries(catalog).flatMap(([namespace, tree]) => {
      if (namespace === "errors" || namespace === "identifiers") return flat(tree);
      const own = (tree as Record<string, unknown>).errors;
      return own === undefined ? [] : flat(own);
    });
  const patterns = {
    en: errorSentences(messages.en).map(templatePattern),
    es: errorSentences(messages.es).map(templatePattern),
  };
  const fromCatalog = (text: string, locale: "en" | "es" = "en") => patterns[locale].some((p) => p.test(text));
  const procedures = listProcedures();

  it("recognises catalog sentences and nothing else", () => {
    expect(fromCatalog(en("errors.invitation.alreadyInvited", { email: "a@b.org" }))).toBe(true);
    expect(fromCatalog(es("errors.rateLimited", { minutes: 3 }), "es")).toBe(true);
    expect(fromCatalog(es("errors.rateLimited", { minutes: 3 }), "en")).toBe(false);
    expect(fromCatalog("Error: relation \"users\" does not exist")).toBe(false);
    expect(fromCatalog("a@b.org already has an invitation waiting.")).toBe(false);
  });

  it.each(["en", "es"] as const)("is a sentence from the catalog in %s, for good input, bad input and any caller", async (locale) => {
    const callers: Actor[] = [
      visitor,
      await actorByEmail(handle.db, demoAccounts.pending),
      await actorByEmail(handle.db, demoAccounts.advocate),
      await actorByEmail(handle.db, demoAccounts.admin),
    ];
    const samples = sampleInputs(programId);
    let errors = 0;
    for (const { path, type } of procedures) {
      for (const actor of callers) {
        for (const input of [samples[path], { unexpected: ["shape", 1] }, "not an object"]) {
          const result = await callOverHttp(contextFor(handle, actor, { locale }), path, input, type === "mutation" ? "mutation" : "query");
          if (result.ok) continue;
          errors++;
          expect(result.raw, path).not.toMatch(internalLeak);
          expect(result.error.data, path).not.toHaveProperty("stack");
          expect(result.error.data.code, `${path}: ${result.error.message}`).not.toBe("INTERNAL_SERVER_ERROR");
          expect(fromCatalog(result.error.message, locale), `${path} said "${result.error.message}"`).toBe(true);
          expect(result.error.data.messageKey, path).toMatch(/^((\w+\.)?errors|identifiers)\./);
          for (const text of Object.values(result.error.data.fieldErrors ?? {})) {
            expect(fromCatalog(text, locale), `${path} field error "${text}"`).toBe(true);
          }
        }
      }
    }
    expect(errors).toBeGreaterThan(procedures.length);
  });
});
