import "server-only";
// Background jobs that run on a timer in the server process (started from instrumentation.ts).
// Each job is safe to run in several processes at once (row locks), so no leader is needed.
import { expireSeatOffers } from "./enrolment/expire-seat-offers";
import { advanceMatchRequests } from "./requests/advance-match-requests";
import { nudgeUnmarkedSessions } from "./sessions/nudge-unmarked-sessions";
import { sendSessionReminders } from "./sessions/send-session-reminders";
import { deleteExpiredSignInLinks } from "./auth/send-sign-in-link";
import { db } from "./db";
import { kickOutbox } from "./outbox-worker";
import { deleteOldRateLimits } from "./rate-limit";

const state = globalThis as unknown as { binomeJobs?: { timer?: NodeJS.Timeout; running?: Promise<void> } };

/** One pass of every job; overlapping ticks share the running pass. */
export function runJobsOnce(now = new Date()): Promise<void> {
  state.binomeJobs ??= {};
  const s = state.binomeJobs;
  s.running ??= (async () => {
    try {
      // Seat offers past their deadline lapse; the seat goes to the next person on the waiting list.
      if ((await expireSeatOffers(db(), now)) > 0) await kickOutbox();
    } catch (error) {
      console.error("[jobs] seat offer expiry failed:", error);
    }
    try {
      // Coach requests: reminders the working day before the answer is due; overdue choices lapse and move on.
      await advanceMatchRequests(db(), now); // the verb kicks the outbox itself
    } catch (error) {
      console.error("[jobs] coach request routing failed:", error);
    }
    try {
      // Sessions: a reminder 24 hours before each agreed session (the verb kicks the outbox itself).
      await sendSessionReminders(db(), now);
    } catch (error) {
      console.error("[jobs] session reminders failed:", error);
    }
    try {
      // Sessions whose time passed without being marked completed or missed: one nudge each.
      await nudgeUnmarkedSessions(db(), now);
    } catch (error) {
      console.error("[jobs] session nudges failed:", error);
    }
    try {
      // Sign-in: rate-limit counts older than any window, and links past their lifetime.
      await deleteOldRateLimits(db(), now);
      await deleteExpiredSignInLinks(now);
    } catch (error) {
      console.error("[jobs] sign-in clean-up failed:", error);
    }
  })().finally(() => {
    s.running = undefined;
  });
  return s.running;
}

export function startJobs(intervalMs = 60_000): void {
  state.binomeJobs ??= {};
  if (state.binomeJobs.timer) return;
  state.binomeJobs.timer = setInterval(() => void runJobsOnce(), intervalMs);
  state.binomeJobs.timer.unref();
}
