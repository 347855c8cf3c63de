import { checkDatabase } from "@puente/db";
import { getDatabase } from "@puente/db/runtime";

export const dynamic = "force-dynamic";

const unavailable = () =>
  Response.json(
    { status: "unavailable", message: "The database cannot be reached. Check DATABASE_URL and that the server is running." },
    { status: 503, headers: { "Retry-After": "10" } },
  );

/** For load balancers and monitors: 200 when the database answers, 503 with a reason when not. */
export async function GET() {
  const handle = await getDatabase().catch(() => null);
  if (!handle) return unavailable();
  const health = await checkDatabase(handle);
  return health.ok ? Response.json({ status: "ok", database: health.engine }) : unavailable();
}
