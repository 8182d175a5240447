// The e-mail outbox. A change writes its e-mails here in its own transaction (nothing is
// sent if it rolls back); a worker delivers them with retries, so nothing is lost while
// the mail server is down.
import type { Db } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { EmailTransport } from "./transport";

/** A file sent with an e-mail (e.g. a calendar invitation), kept as text in OutboxEmail.attachments. */
export type EmailAttachment = { filename: string; contentType: string; content: string };
export type EmailMessage = {
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: EmailAttachment[];
};
type Writer = Pick<Db, "outboxEmail"> | Prisma.TransactionClient;

export const MAX_ATTEMPTS = 8;
/** Minutes to wait before attempt n+1 (1, 2, 4, … capped at 4 hours). */
export function retryDelayMinutes(attempts: number): number {
  return Math.min(2 ** Math.max(0, attempts - 1), 240);
}

export async function queueEmail(tx: Writer, message: EmailMessage): Promise<string> {
  const { attachments, ...rest } = message;
  const row = await tx.outboxEmail.create({
    data: { ...rest, ...(attachments?.length ? { attachments } : {}) },
    select: { id: true },
  });
  return row.id;
}

/** The attachments stored with an outbox row (anything malformed is left out). */
export function attachmentsOf(value: unknown): EmailAttachment[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (a): a is EmailAttachment =>
      typeof a === "object" &&
      a !== null &&
      typeof a.filename === "string" &&
      typeof a.contentType === "string" &&
      typeof a.content === "string",
  );
}

type Claimed = {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  attachments: unknown;
  attempts: number;
};

/**
 * Claims due e-mails (SKIP LOCKED, so several workers never send one twice), sends them and
 * records the outcome. A claimed row is leased for 5 minutes in case the worker dies.
 */
export async function deliverDueEmails(
  prisma: Db,
  transport: EmailTransport,
  options: { from: string; batch?: number },
): Promise<{ sent: number; failed: number; retried: number }> {
  const claimed = await prisma.$queryRaw<Claimed[]>`
    update "OutboxEmail" set "attempts" = "attempts" + 1, "nextAttemptAt" = now() + interval '5 minutes'
    where "id" in (
      select "id" from "OutboxEmail"
      where "status" = 'pending' and "nextAttemptAt" <= now()
      order by "createdAt" limit ${options.batch ?? 20}
      for update skip locked)
    returning "id", "to", "subject", "text", "html", "attachments", "attempts"`;
  const outcome = { sent: 0, failed: 0, retried: 0 };
  for (const email of claimed) {
    try {
      await transport.send({ ...email, attachments: attachmentsOf(email.attachments), from: options.from });
      await prisma.outboxEmail.update({
        where: { id: email.id },
        data: { status: "sent", sentAt: new Date(), lastError: null },
      });
      outcome.sent++;
    } catch (error) {
      const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
      const giveUp = email.attempts >= MAX_ATTEMPTS;
      await prisma.outboxEmail.update({
        where: { id: email.id },
        data: giveUp
          ? { status: "failed", lastError }
          : { lastError, nextAttemptAt: new Date(Date.now() + retryDelayMinutes(email.attempts) * 60_000) },
      });
      if (giveUp) outcome.failed++;
      else outcome.retried++;
    }
  }
  return outcome;
}
