// E-mail delivery against a real (slow) mail server: an SMTP sink started here answers one
// recipient's message slowly. Two workers (two database clients, as two server processes would
// have) deliver at once: every e-mail arrives exactly once, even when a conversation lasts longer
// than the lease a worker took on its e-mail, and the slow one holds nobody else back.
import net, { type AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { deliverDueEmails, LEASE_RENEW_SECONDS, LEASE_SECONDS, queueEmail } from "@/lib/email/outbox";
import { SMTP_TIMEOUTS, smtpTransport } from "@/lib/email/transport";
import { setUpTestDatabase } from "../support/app";

type Sink = { url: string; received: { to: string; at: number }[]; close: () => Promise<void> };

/** A mail server on a free port that keeps the answer to each message for `delayMs(recipient)`. */
async function startSink(delayMs: (to: string) => number): Promise<Sink> {
  const received: Sink["received"] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const to = session.envelope.rcptTo.map((r) => r.address).join(",");
      stream.resume();
      stream.on("end", () =>
        setTimeout(() => {
          received.push({ to, at: Date.now() });
          callback();
        }, delayMs(to)),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise((r) => server.close(() => r())) };
}

const db = await setUpTestDatabase();
/** A second client, as a second server process would have. */
const second = createPrismaClient(db.url);
afterAll(() => second.$disconnect());
beforeEach(async () => {
  await db.prisma.outboxEmail.deleteMany();
});

const from = "Binôme <no-reply@example.org>";
const message = (to: string) => ({ kind: "test", to, subject: `Hello ${to}`, text: "Body" });

describe("delivery to a slow mail server", () => {
  it("sends every e-mail once with two workers, though one conversation outlasts the lease, and the slow one delays no other", async () => {
    const SLOW_MS = 5_000;
    const sink = await startSink((to) => (to === "slow@example.org" ? SLOW_MS : 0));
    try {
      const started = Date.now();
      await queueEmail(db.prisma, message("slow@example.org"));
      const fast = Array.from({ length: 12 }, (_, i) => `fast${i}@example.org`);
      for (const to of fast) await queueEmail(db.prisma, message(to));

      // A lease of 2 s renewed every 0.25 s: the slow conversation lasts two and a half leases, and
      // a renewal may take up to 1.75 s to reach the database (the whole suite runs at once here) before
      // another worker could claim the e-mail. Each worker keeps looking for due e-mails, as the
      // worker's timer does, until everything is sent.
      const options = { from, leaseSeconds: 2, renewEverySeconds: 0.25, concurrency: 2 };
      const worker = async (prisma: Db) => {
        const transport = smtpTransport(sink.url);
        while ((await db.prisma.outboxEmail.count({ where: { status: "pending" } })) > 0) {
          await deliverDueEmails(prisma, transport, options);
          await new Promise((r) => setTimeout(r, 100));
        }
      };
      await Promise.all([worker(db.prisma), worker(second)]);

      const recipients = sink.received.map((r) => r.to).sort();
      expect(recipients).toEqual([...fast, "slow@example.org"].sort());
      // The fast ones all arrived while the slow conversation was still going on.
      const slowAt = sink.received.find((r) => r.to === "slow@example.org")!.at;
      for (const r of sink.received.filter((r) => r.to !== "slow@example.org")) {
        expect(r.at - started).toBeLessThan(SLOW_MS);
        expect(r.at).toBeLessThan(slowAt);
      }
      const rows = await db.prisma.outboxEmail.findMany();
      expect(rows.every((r) => r.status === "sent" && r.attempts === 1)).toBe(true);
    } finally {
      await sink.close();
    }
  });

  it("gives up on a server that never greets within the timeout, and tries again later", async () => {
    // Accepts the connection, says nothing.
    const mute = net.createServer(() => {});
    await new Promise<void>((resolve) => mute.listen(0, "127.0.0.1", resolve));
    const { port } = mute.address() as AddressInfo;
    try {
      const id = await queueEmail(db.prisma, message("someone@example.org"));
      const began = Date.now();
      const outcome = await deliverDueEmails(
        db.prisma,
        smtpTransport(`smtp://127.0.0.1:${port}`, { greetingTimeout: 500 }),
        { from },
      );
      expect(outcome).toEqual({ sent: 0, failed: 0, retried: 1 });
      expect(Date.now() - began).toBeLessThan(3_000);
      const row = await db.prisma.outboxEmail.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({ status: "pending", attempts: 1 });
      expect(row.lastError).toMatch(/greeting/i);
      expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    } finally {
      mute.close();
    }
  });

  it("waits at each step of a conversation well inside the lease, which is renewed far more often than it lasts", () => {
    const longestStep = Math.max(
      SMTP_TIMEOUTS.connectionTimeout,
      SMTP_TIMEOUTS.greetingTimeout,
      SMTP_TIMEOUTS.socketTimeout,
    );
    expect(longestStep * 5).toBeLessThanOrEqual(LEASE_SECONDS * 1000);
    expect(LEASE_RENEW_SECONDS * 5).toBeLessThanOrEqual(LEASE_SECONDS);
  });
});
