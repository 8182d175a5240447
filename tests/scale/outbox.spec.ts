// Both instances run an outbox worker on the one database: every queued e-mail reaches the mail
// server exactly once — none lost, none sent by both.
import { randomBytes } from "node:crypto";
import { queueEmail } from "../../lib/email/outbox";
import { expect, mailReceived, query, test } from "./scale-fixtures";

const EMAILS = 40;
/** The outbox workers look for due e-mails every 5 s (lib/server/outbox-worker.ts). */
const WORKER_INTERVAL_MS = 5_000;

test("forty e-mails queued at once leave once each, with both outbox workers running", async ({ db }) => {
  const tag = randomBytes(4).toString("hex");
  const addresses = Array.from({ length: EMAILS }, (_, i) => `scale-mail-${tag}-${i}@example.org`);
  for (const to of addresses)
    await queueEmail(db, { kind: "test", to, subject: `Scale ${tag}`, text: `For ${to}, once.` });

  const ours = () => mailReceived().filter((m) => m.to.some((to) => addresses.includes(to)));
  await expect.poll(() => ours().length, { timeout: 60_000 }).toBeGreaterThanOrEqual(EMAILS);
  // Two more rounds of both workers: nothing else leaves.
  await new Promise((r) => setTimeout(r, 2 * WORKER_INTERVAL_MS + 1_000));

  const received = ours();
  expect(received.flatMap((m) => m.to).sort()).toEqual([...addresses].sort());
  expect(new Set(received.map((m) => m.messageId)).size).toBe(EMAILS);
  const rows = await query<{ status: string; attempts: number }>(
    `select status::text, attempts from "OutboxEmail" where "to" = any($1)`,
    [addresses],
  );
  expect(rows).toHaveLength(EMAILS);
  expect(rows.every((r) => r.status === "sent" && r.attempts === 1)).toBe(true);
});
