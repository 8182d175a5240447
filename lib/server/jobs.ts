import "server-only";
// Background jobs that run on a timer in the server process (started from instrumentation.ts).
// Each job is safe to run in several processes at once (row locks, changes conditional on the
// state read), so no leader is needed.
import { isDatabaseUnavailable } from "../db/errors";
import { logError, logInfo } from "../log";
import { lapseExpiredCredentials, sendCredentialReminders } from "./credentials/keep-credentials-current";
import { expireSeatOffers } from "./enrolment/expire-seat-offers";
import { advanceMatchRequests } from "./requests/advance-match-requests";
import { nudgeUnmarkedSessions } from "./sessions/nudge-unmarked-sessions";
import { sendSessionReminders } from "./sessions/send-session-reminders";
import { deleteExpiredSignInLinks } from "./auth/send-sign-in-link";
import { db } from "./db";
import { kickOutbox } from "./outbox-worker";
import { resumePeopleImports } from "./people/import-apply";
import { deleteOldRateLimits } from "./rate-limit";

type JobsState = { timer?: NodeJS.Timeout; running?: Promise<void> };
const state = globalThis as unknown as { binomeJobs?: JobsState };

/** One job: what it did, counted (logged when it did something). */
const JOBS: { name: string; run: (now: Date) => Promise<Record<string, number>> }[] = [
  // Seat offers past their deadline lapse; the seat goes to the next person on the waiting list.
  {
    name: "seat-offers",
    run: async (now) => {
      const expired = await expireSeatOffers(db(), now);
      if (expired > 0) await kickOutbox();
      return { expired };
    },
  },
  // Coach requests: reminders the working day before the answer is due; overdue choices lapse and
  // move on (the verb kicks the outbox itself).
  { name: "match-requests", run: (now) => advanceMatchRequests(db(), now) },
  // Sessions: a reminder 24 hours before each agreed session (the verb kicks the outbox itself).
  { name: "session-reminders", run: (now) => sendSessionReminders(db(), now) },
  // Sessions whose time passed without being marked completed or missed: one nudge each.
  { name: "session-nudges", run: (now) => nudgeUnmarkedSessions(db(), now) },
  // Sign-in: rate-limit counts older than any window, and links past their lifetime.
  {
    name: "sign-in-clean-up",
    run: async (now) => ({
      rateLimits: await deleteOldRateLimits(db(), now),
      signInLinks: await deleteExpiredSignInLinks(now),
    }),
  },
  // Coach credentials: reminders 60 and 14 days before expiry (coach and HR), and the lapse of those
  // past their expiry day (no longer listed until HR approves a renewal; the verbs kick the outbox).
  {
    name: "credential-expiry",
    run: async (now) => ({
      ...(await sendCredentialReminders(db(), now)),
      ...(await lapseExpiredCredentials(db(), now)),
    }),
  },
  // HR imports confirmed but applied by no instance (never started, or their instance stopped): applied.
  { name: "people-imports", run: (now) => resumePeopleImports(db(), now) },
];

/** One pass of every job; overlapping ticks share the running pass. */
export function runJobsOnce(now = new Date()): Promise<void> {
  state.binomeJobs ??= {};
  const s = state.binomeJobs;
  s.running ??= (async () => {
    for (const job of JOBS) {
      const started = performance.now();
      try {
        const done = await job.run(now);
        if (Object.values(done).some((n) => n > 0))
          logInfo("job", { job: job.name, durationMs: Math.round(performance.now() - started), ...done });
      } catch (error) {
        // A database out of reach is reported once, by the health flag (lib/db/health.ts).
        if (!isDatabaseUnavailable(error)) logError("job.failed", error, { job: job.name });
      }
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

/**
 * Stops the ticker when the instance shuts down (instrumentation.ts, scripts/server-lifecycle.cjs):
 * no pass starts any more; resolves when the pass under way has finished (each job's changes are
 * committed or rolled back whole, and another instance's ticker carries on).
 */
export async function stopJobs(): Promise<void> {
  state.binomeJobs ??= {};
  const jobs = state.binomeJobs;
  clearInterval(jobs.timer);
  jobs.timer = undefined;
  await jobs.running;
}
