import "server-only";
import { databaseUnavailableSince } from "../db/health";
import { outboxDeliverer } from "../email/outbox";
import { transportFromSettings } from "../email/transport";
import { env } from "../env";
import { db } from "./db";

type WorkerState = {
  deliverer?: ReturnType<typeof outboxDeliverer>;
  timer?: NodeJS.Timeout;
  /** Set by stopOutboxWorker: no delivery starts any more in this process. */
  stopped?: boolean;
  /** Deliveries under way (each kick's promise until it settles). */
  underWay?: Set<Promise<unknown>>;
};
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
  if (databaseUnavailableSince() !== null || state.binomeOutbox?.stopped) return Promise.resolve();
  const kick = deliverer().kick();
  const underWay = (state.binomeOutbox!.underWay ??= new Set());
  underWay.add(kick);
  void kick.finally(() => underWay.delete(kick));
  return kick;
}

export function startOutboxWorker(intervalMs = 5_000): void {
  state.binomeOutbox ??= {};
  state.binomeOutbox.stopped = false;
  if (state.binomeOutbox.timer) return;
  state.binomeOutbox.timer = setInterval(() => void kickOutbox(), intervalMs);
  state.binomeOutbox.timer.unref();
}

/**
 * Stops the worker when the instance shuts down (instrumentation.ts, scripts/server-lifecycle.cjs):
 * no delivery starts any more, not even one kicked by a change committed meanwhile (that e-mail
 * waits in the outbox for another instance); resolves when the deliveries under way have ended,
 * so that none is cut between the mail server's acceptance and its row being marked sent.
 */
export async function stopOutboxWorker(): Promise<void> {
  state.binomeOutbox ??= {};
  const worker = state.binomeOutbox;
  worker.stopped = true;
  clearInterval(worker.timer);
  worker.timer = undefined;
  await Promise.allSettled([...(worker.underWay ?? [])]);
}
