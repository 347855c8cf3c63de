import { isOrganizationAdmin, isVetted, type Actor, type SignedInActor } from "@puente/auth/actor";
import type { Database, Executor } from "@puente/db";
import { listingEditors, organizations, users } from "@puente/db/schema";
import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { notFound, PuenteError } from "../errors";

export const addEditorInput = z.object({ organizationId: z.uuid(), email: z.email().max(254) });
export const removeEditorInput = z.object({ organizationId: z.uuid(), userId: z.uuid() });

/**
 * Who may edit a listing: its organization's admins, the people they named as listing editors,
 * and moderators (who keep the directory true). Editors must still be vetted: a suspended
 * editor edits nothing.
 */
export async function mayEditListing(db: Executor, actor: Actor, organizationId: string): Promise<boolean> {
  if (!isVetted(actor)) return false;
  if (isOrganizationAdmin(actor, organizationId) || actor.roles.includes("moderator")) return true;
  const [row] = await db
    .select({ userId: listingEditors.userId })
    .from(listingEditors)
    .where(and(eq(listingEditors.organizationId, organizationId), eq(listingEditors.userId, actor.userId)));
  return row !== undefined;
}

export async function assertMayEditListing(db: Executor, actor: Actor, organizationId: string): Promise<void> {
  if (!(await mayEditListing(db, actor, organizationId))) {
    throw new PuenteError("FORBIDDEN", "errors.directory.notListingEditor");
  }
}

/** The named editors of a listing (admins are editors by role and are not listed here). */
export async function listEditors(db: Executor, organizationId: string) {
  return db
    .select({ userId: users.id, name: users.name, email: users.email, since: listingEditors.createdAt })
    .from(listingEditors)
    .innerJoin(users, eq(users.id, listingEditors.userId))
    .where(eq(listingEditors.organizationId, organizationId))
    .orderBy(asc(users.name), asc(users.email));
}

/** An admin names an editor by the address of their Puente account, which must be vetted. */
export async function addEditor(db: Database, actor: SignedInActor, input: z.infer<typeof addEditorInput>) {
  return db.transaction(async (tx) => {
    const [org] = await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, input.organizationId));
    if (!org) throw notFound();
    const [person] = await tx
      .select({ id: users.id, state: users.accountState })
      .from(users)
      .where(eq(sql`lower(${users.email})`, input.email.toLowerCase()));
    if (!person || person.state !== "active") {
      throw new PuenteError("BAD_REQUEST", "errors.directory.editorNotFound", { email: input.email });
    }
    const added = await tx
      .insert(listingEditors)
      .values({ organizationId: org.id, userId: person.id, grantedBy: actor.userId })
      .onConflictDoNothing()
      .returning({ userId: listingEditors.userId });
    if (added.length === 0) throw new PuenteError("CONFLICT", "errors.directory.editorExists", { email: input.email });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "listing.editor_added",
      subjectType: "organization",
      subjectId: org.id,
      details: { userId: person.id },
    });
    return { userId: person.id };
  });
}

export async function removeEditor(db: Database, actor: SignedInActor, input: z.infer<typeof removeEditorInput>) {
  return db.transaction(async (tx) => {
    const removed = await tx
      .delete(listingEditors)
      .where(and(eq(listingEditors.organizationId, input.organizationId), eq(listingEditors.userId, input.userId)))
      .returning({ userId: listingEditors.userId });
    if (removed.length === 0) throw notFound();
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "listing.editor_removed",
      subjectType: "organization",
      subjectId: input.organizationId,
      details: { userId: input.userId },
    });
  });
}
