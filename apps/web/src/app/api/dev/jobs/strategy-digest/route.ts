import { enqueue } from "@puente/jobs/runtime";
import { z } from "zod";
import { env } from "~/env";
import { appUrl } from "~/server/request-info";

export const dynamic = "force-dynamic";

const body = z.object({ frequency: z.enum(["daily", "weekly"]) });

/**
 * Queues a strategy digest run now, through the same job and worker as the schedule. Off in
 * production unless JOB_TRIGGERS=true (the end-to-end tests set it); a run only mails what each
 * recipient has not had yet, so repeating it is harmless.
 */
export async function POST(request: Request) {
  if (!env.JOB_TRIGGERS) return new Response("Not found", { status: 404 });
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "frequency must be daily or weekly" }, { status: 400 });
  const id = await enqueue("strategy.digest", { frequency: parsed.data.frequency, appUrl: await appUrl() });
  return Response.json({ queued: id });
}
