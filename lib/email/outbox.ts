// The e-mail outbox. A change writes its e-mails here in its own transaction (nothing is
// sent if it rolls back); a worker delivers them with retries, so nothing is lost while
// the mail server is down.
import type { Db } from "../db/client";
import { isDatabaseUnavailable } from "../db/errors";
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
  /** Raised by every claim: the claim's token (only the worker holding this number may record the outcome). */
  attempts: number;
};

/**
 * A claimed e-mail is the claiming worker's for LEASE_SECONDS (in case the worker dies), and the
 * lease is renewed every LEASE_RENEW_SECONDS while the conversation with the mail server lasts: a
 * slow server never lets another worker claim (and send) the same e-mail. SMTP_TIMEOUTS
 * (lib/email/transport.ts) keep each step of a conversation well inside the lease.
 */
export const LEASE_SECONDS = 5 * 60;
export const LEASE_RENEW_SECONDS = 30;
/** Conversations one worker holds with the mail server at once: one slow message holds one of them. */
export const DELIVERY_CONCURRENCY = 4;

export type DeliveryOptions = {
  from: string;
  /** At most this many e-mails per call (default 100); what is left is due at the next call. */
  batch?: number;
  concurrency?: number;
  leaseSeconds?: number;
  renewEverySeconds?: number;
};
export type DeliveryOutcome = { sent: number; failed: number; retried: number };

/** Claims the oldest due e-mail (SKIP LOCKED: two workers never claim the same one), leased to this worker. */
async function claimOne(prisma: Db, leaseSeconds: number): Promise<Claimed | null> {
  const [claimed] = await prisma.$queryRaw<Claimed[]>`
    update "OutboxEmail" set "attempts" = "attempts" + 1,
      "nextAttemptAt" = now() + make_interval(secs => ${leaseSeconds})
    where "id" = (
      select "id" from "OutboxEmail"
      where "status" = 'pending' and "nextAttemptAt" <= now()
      order by "createdAt" limit 1
      for update skip locked)
    returning "id", "to", "subject", "text", "html", "attachments", "attempts"`;
  return claimed ?? null;
}

/** Only the claim still holding the lease (same attempt number, still pending) may change the row. */
const held = (email: Claimed) => ({ id: email.id, attempts: email.attempts, status: "pending" as const });

/** Sends one claimed e-mail, renewing its lease while the mail server takes its time, and records the outcome. */
async function deliverOne(
  prisma: Db,
  transport: EmailTransport,
  email: Claimed,
  options: { from: string; leaseSeconds: number; renewEverySeconds: number },
): Promise<keyof DeliveryOutcome> {
  let renewal: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    renewal = prisma.outboxEmail
      .updateMany({
        where: held(email),
        data: { nextAttemptAt: new Date(Date.now() + options.leaseSeconds * 1000) },
      })
      .catch((error) =>
        console.warn("[outbox] could not renew a lease:", error instanceof Error ? error.message : error),
      );
  }, options.renewEverySeconds * 1000);
  let failure: unknown = null;
  try {
    await transport.send({ ...email, attachments: attachmentsOf(email.attachments), from: options.from });
  } catch (error) {
    failure = error;
  } finally {
    clearInterval(timer);
    await renewal;
  }
  if (failure === null) {
    const { count } = await prisma.outboxEmail.updateMany({
      where: held(email),
      data: { status: "sent", sentAt: new Date(), lastError: null },
    });
    if (count === 0)
      console.warn(
        `[outbox] e-mail ${email.id} was sent, but its row had changed meanwhile (lease lost or row removed).`,
      );
    return "sent";
  }
  const lastError = (failure instanceof Error ? failure.message : String(failure)).slice(0, 1000);
  const giveUp = email.attempts >= MAX_ATTEMPTS;
  await prisma.outboxEmail.updateMany({
    where: held(email),
    data: giveUp
      ? { status: "failed", lastError }
      : { lastError, nextAttemptAt: new Date(Date.now() + retryDelayMinutes(email.attempts) * 60_000) },
  });
  return giveUp ? "failed" : "retried";
}

/**
 * Delivers the e-mails that are due, `concurrency` conversations at a time: each lane claims one
 * e-mail, sends it, records the outcome and claims the next, so a slow mail server conversation
 * holds one lane while the others go on. Several workers (processes) can run this at once.
 */
export async function deliverDueEmails(
  prisma: Db,
  transport: EmailTransport,
  options: DeliveryOptions,
): Promise<DeliveryOutcome> {
  const settings = {
    from: options.from,
    leaseSeconds: options.leaseSeconds ?? LEASE_SECONDS,
    renewEverySeconds: options.renewEverySeconds ?? LEASE_RENEW_SECONDS,
  };
  let budget = options.batch ?? 100;
  const outcome: DeliveryOutcome = { sent: 0, failed: 0, retried: 0 };
  const lane = async () => {
    while (budget > 0) {
      budget--;
      const email = await claimOne(prisma, settings.leaseSeconds);
      if (!email) return;
      outcome[await deliverOne(prisma, transport, email, settings)]++;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? DELIVERY_CONCURRENCY }, lane));
  return outcome;
}

/**
 * A process's deliverer: `kick()` starts lanes (up to `concurrency`) that deliver what is due and
 * stop when nothing is; a lane busy with a slow conversation does not keep the others from
 * starting. The promise ends when every running lane has stopped.
 */
export function outboxDeliverer(prisma: () => Db, transport: () => EmailTransport, options: DeliveryOptions) {
  const lanes = new Set<Promise<unknown>>();
  return {
    kick(): Promise<void> {
      const free = (options.concurrency ?? DELIVERY_CONCURRENCY) - lanes.size;
      for (let i = 0; i < free; i++) {
        const lane = deliverDueEmails(prisma(), transport(), { ...options, concurrency: 1 })
          .catch((error) => {
            // A database out of reach is reported once by the health flag; the e-mails wait.
            if (!isDatabaseUnavailable(error)) console.error("[outbox] delivery failed:", error);
          })
          .finally(() => lanes.delete(lane));
        lanes.add(lane);
      }
      return Promise.all(lanes).then(() => undefined);
    },
  };
}
