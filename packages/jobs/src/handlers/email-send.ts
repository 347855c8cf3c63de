import { sendMail } from "@puente/email";
import type { JobHandler } from "../queue";

/**
 * Sends one rendered email. Callers queue it instead of calling sendMail in the request, so a slow
 * or failing SMTP server costs the person nothing and the message is retried with backoff. A failure
 * is thrown for the queue to log (job id and error, never the message) and retry.
 */
export const sendEmail: JobHandler<"email.send"> = async (payload) => {
  await sendMail(payload);
};
