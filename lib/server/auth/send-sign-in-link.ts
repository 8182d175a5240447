import "server-only";
import { signInEmail } from "../../email/templates";
import { queueEmail } from "../../email/outbox";
import { db } from "../db";
import { kickOutbox } from "../outbox-worker";

/**
 * next-auth's sendVerificationRequest. Only known, active people get a link; for anyone else
 * nothing is sent, and the page they see is the same, so the form reveals no address.
 */
export async function sendSignInLink({ identifier, url }: { identifier: string; url: string }): Promise<void> {
  const user = await db().user.findUnique({
    where: { email: identifier.toLowerCase() },
    select: { id: true, disabledAt: true, preferredLanguage: true, name: true },
  });
  if (!user || user.disabledAt) return;
  await queueEmail(db(), signInEmail(user.preferredLanguage, { to: identifier, url, name: user.name }));
  void kickOutbox();
}
