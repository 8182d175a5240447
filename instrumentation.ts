// Runs once when the server starts: checks the settings, starts the e-mail outbox worker and the timed jobs.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  env();
  const { startOutboxWorker } = await import("./lib/server/outbox-worker");
  startOutboxWorker();
  // Timed jobs (lib/server/jobs.ts): seat offers that lapse, coach requests that lapse or need a reminder, every minute.
  const { startJobs } = await import("./lib/server/jobs");
  startJobs();
}
