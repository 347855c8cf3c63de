import { desc, eq } from "drizzle-orm";
import type { Database } from "@puente/db";
import { auditEvents, users } from "@puente/db/schema";
import { z } from "zod";

export const auditLogInput = z.object({ limit: z.number().int().min(1).max(200).default(50) });

export async function readAuditLog(db: Database, limit: number) {
  return db
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      subjectType: auditEvents.subjectType,
      subjectId: auditEvents.subjectId,
      details: auditEvents.details,
      createdAt: auditEvents.createdAt,
      actorEmail: users.email,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    // Rows of one transaction share a timestamp; the id keeps their order stable.
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(limit);
}
