import { beforeEach, describe, expect, it } from "vitest";
import { deliverDueEmails, MAX_ATTEMPTS, queueEmail } from "@/lib/email/outbox";
import type { EmailTransport, OutgoingEmail } from "@/lib/email/transport";
import { setUpTestDatabase } from "../support/app";

const db = await setUpTestDatabase();
beforeEach(async () => {
  await db.prisma.outboxEmail.deleteMany();
});

const message = (to: string) => ({ kind: "test", to, subject: "Hello", text: "Body" });
const from = "Binôme <no-reply@example.org>";

function recordingTransport(fail = false): EmailTransport & { sent: OutgoingEmail[] } {
  const sent: OutgoingEmail[] = [];
  return {
    sent,
    send: async (e) => {
      if (fail) throw new Error("SMTP connection refused");
      sent.push(e);
    },
  };
}

describe("e-mail outbox", () => {
  it("writes nothing when the change that causes the e-mail rolls back", async () => {
    await expect(
      db.prisma.$transaction(async (tx) => {
        await queueEmail(tx, message("a@example.org"));
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.prisma.outboxEmail.count()).toBe(0);
  });

  it("delivers a queued e-mail once and marks it sent", async () => {
    await queueEmail(db.prisma, message("a@example.org"));
    const transport = recordingTransport();
    expect(await deliverDueEmails(db.prisma, transport, { from })).toEqual({ sent: 1, failed: 0, retried: 0 });
    expect(await deliverDueEmails(db.prisma, transport, { from })).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect(transport.sent.map((e) => e.to)).toEqual(["a@example.org"]);
    const row = await db.prisma.outboxEmail.findFirstOrThrow();
    expect(row.status).toBe("sent");
    expect(row.sentAt).not.toBeNull();
  });

  it("keeps an e-mail while the mail server is down, retries it later, and sends it when it is back", async () => {
    await queueEmail(db.prisma, message("b@example.org"));
    expect(await deliverDueEmails(db.prisma, recordingTransport(true), { from })).toEqual({
      sent: 0,
      failed: 0,
      retried: 1,
    });
    let row = await db.prisma.outboxEmail.findFirstOrThrow();
    expect(row).toMatchObject({ status: "pending", attempts: 1, lastError: "SMTP connection refused" });
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());

    // Not due yet: nothing is attempted.
    const up = recordingTransport();
    expect((await deliverDueEmails(db.prisma, up, { from })).sent).toBe(0);

    await db.prisma.outboxEmail.update({ where: { id: row.id }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });
    expect((await deliverDueEmails(db.prisma, up, { from })).sent).toBe(1);
    row = await db.prisma.outboxEmail.findFirstOrThrow();
    expect(row).toMatchObject({ status: "sent", attempts: 2, lastError: null });
  });

  it(`gives up after ${MAX_ATTEMPTS} attempts and says so`, async () => {
    const id = await queueEmail(db.prisma, message("c@example.org"));
    await db.prisma.outboxEmail.update({ where: { id }, data: { attempts: MAX_ATTEMPTS - 1 } });
    expect(await deliverDueEmails(db.prisma, recordingTransport(true), { from })).toEqual({
      sent: 0,
      failed: 1,
      retried: 0,
    });
    expect((await db.prisma.outboxEmail.findUniqueOrThrow({ where: { id } })).status).toBe("failed");
  });

  it("never sends an e-mail twice when several workers run at once", async () => {
    for (let i = 0; i < 30; i++) await queueEmail(db.prisma, message(`p${i}@example.org`));
    const transports = [recordingTransport(), recordingTransport(), recordingTransport()];
    await Promise.all(transports.map((t) => deliverDueEmails(db.prisma, t, { from, batch: 30 })));
    const all = transports.flatMap((t) => t.sent.map((e) => e.to)).sort();
    expect(all).toHaveLength(30);
    expect(new Set(all).size).toBe(30);
    expect(await db.prisma.outboxEmail.count({ where: { status: "sent" } })).toBe(30);
  });
});
