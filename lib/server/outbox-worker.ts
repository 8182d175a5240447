import "server-only";
import { databaseUnavailableSince } from "../db/health";
import { outboxDeliverer } from "../email/outbox";
import { transportFromSettings } from "../email/transport";
import { env } from "../env";
import { db } from "./db";

type WorkerState = { deliverer?: ReturnType<typeof outboxDeliverer>; timer?: NodeJS.Timeout };
const state = globalThis as unknown as { binomeOutbox?: WorkerState };

function deliverer() {
  state.binomeOutbox ??= {};
  state.binomeOutbox.deliverer ??= outboxDeliverer(db, () => transportFromSettings(env()), { from: env().EMAIL_FROM });
  return state.binomeOutbox.deliverer;
}

/**
 * Delivers what is due now, a few conversations with the mail server at a time (lib/email/outbox.ts);
 * the promise ends when the deliveries under way have. While the database cannot be reached,
 * nothing is tried (the e-mails wait in the outbox).
 */
export function kickOutbox(): Promise<unknown> {
  if (databaseUnavailableSince() !== null) return Promise.resolve();
  return deliverer().kick();
}

export function startOutboxWorker(intervalMs = 5_000): void {
  state.binomeOutbox ??= {};
  if (state.binomeOutbox.timer) return;
  state.binomeOutbox.timer = setInterval(() => void kickOutbox(), intervalMs);
  state.binomeOutbox.timer.unref();
}
