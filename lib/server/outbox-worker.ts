import "server-only";
import { deliverDueEmails } from "../email/outbox";
import { transportFromSettings } from "../email/transport";
import { env } from "../env";
import { db } from "./db";

const state = globalThis as unknown as { binomeOutbox?: { timer?: NodeJS.Timeout; running?: Promise<unknown> } };

/** Delivers what is due now; concurrent calls in one process share one run. */
export function kickOutbox(): Promise<unknown> {
  state.binomeOutbox ??= {};
  const s = state.binomeOutbox;
  s.running ??= deliverDueEmails(db(), transportFromSettings(env()), { from: env().EMAIL_FROM })
    .catch((error) => console.error("[outbox] delivery failed:", error))
    .finally(() => {
      s.running = undefined;
    });
  return s.running;
}

export function startOutboxWorker(intervalMs = 5_000): void {
  state.binomeOutbox ??= {};
  if (state.binomeOutbox.timer) return;
  state.binomeOutbox.timer = setInterval(() => void kickOutbox(), intervalMs);
  state.binomeOutbox.timer.unref();
}
