import { getDatabase } from "@puente/db/runtime";
import { sql } from "@puente/db";

export const dynamic = "force-dynamic";

/** For load balancers and monitors: 200 when the database answers, 503 with a reason when not. */
export async function GET() {
  try {
    const { db, engine } = await getDatabase();
    await db.execute(sql`select 1`);
    return Response.json({ status: "ok", database: engine });
  } catch {
    return Response.json(
      { status: "unavailable", message: "The database cannot be reached. Check DATABASE_URL and that the server is running." },
      { status: 503, headers: { "Retry-After": "10" } },
    );
  }
}
