import { createTestDatabase } from "@puente/db/testing";
import type { DatabaseHandle } from "@puente/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuthConfig } from "./config";
import { localeOfSignInRequest } from "./locale";

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
});

afterAll(async () => {
  await handle?.close();
});

describe("session settings", () => {
  it("uses database sessions that end after 30 idle minutes, renewed at most once a minute", () => {
    const config = createAuthConfig(handle.db);
    expect(config.session).toEqual({ strategy: "database", maxAge: 30 * 60, updateAge: 60 });
    expect(config.pages).toMatchObject({ signIn: "/sign-in", error: "/sign-in" });
  });
});

describe("the language of a sign-in email", () => {
  it("follows the page the person asked from, then their remembered choice", () => {
    const link = (callback: string) =>
      `https://puente.test/api/auth/callback/email?token=x&callbackUrl=${encodeURIComponent(callback)}`;
    expect(localeOfSignInRequest(link("https://puente.test/es/profile"), undefined)).toBe("es");
    expect(localeOfSignInRequest(link("/es"), undefined)).toBe("es");
    expect(localeOfSignInRequest(link("/profile"), undefined)).toBe("en");
    const request = new Request("https://puente.test", { headers: { cookie: "a=1; NEXT_LOCALE=es" } });
    expect(localeOfSignInRequest("https://puente.test/api/auth/callback/email?token=x", request)).toBe("es");
  });
});
