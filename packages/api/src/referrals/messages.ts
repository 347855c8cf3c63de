import type { SignedInActor } from "@puente/auth/actor";
import type { Database } from "@puente/db";
import { referralMessages } from "@puente/db/schema";
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { PuenteError } from "../errors";
import { assertDeIdentified } from "../identifiers/assert-de-identified";
import { referralForParty } from "./access";
import type { messageInput } from "./inputs";
import { notifyPeople } from "./notify";

/**
 * A message in the referral's private thread. Identifier-checked like the summary; the other side
 * gets an email that says only "there is a new message" and links here.
 */
export async function postMessage(db: Database, actor: SignedInActor, input: z.infer<typeof messageInput>, appUrl: string) {
  assertDeIdentified({ body: input.body });
  return db.transaction(async (tx) => {
    const { referral, side } = await referralForParty(tx, actor, input.referralId);
    if (["closed", "withdrawn", "expired"].includes(referral.status)) {
      throw new PuenteError("CONFLICT", "referrals.errors.threadClosed");
    }
    const [message] = await tx
      .insert(referralMessages)
      .values({ referralId: referral.id, authorId: actor.userId, body: input.body })
      .returning({ id: referralMessages.id, at: referralMessages.createdAt });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "referral.message_posted",
      subjectType: "referral",
      subjectId: referral.id,
      details: { messageId: message!.id },
    });
    // The attorney side before acceptance is whoever holds the live offer: the offer's email already reached them.
    const recipient = side === "organization" ? referral.acceptedAttorneyId : referral.createdById;
    await notifyPeople(db, tx, { userIds: [recipient], kind: "message", referralId: referral.id, appUrl });
    return { id: message!.id, at: message!.at };
  });
}
