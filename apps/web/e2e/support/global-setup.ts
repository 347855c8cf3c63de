import { request } from "@playwright/test";
import { baseURL } from "./env";

/**
 * Runs once the server answers its health check. The first page render opens the embedded
 * database and warms Next's caches; doing it here keeps that cost out of the first test's timeout.
 */
export default async function globalSetup() {
  const api = await request.newContext({ baseURL });
  for (const path of ["/", "/es", "/sign-in"]) {
    const response = await api.get(path);
    if (!response.ok()) throw new Error(`Warm-up request ${path} failed with ${response.status()}`);
  }
  await api.dispose();
}
