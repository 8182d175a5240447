// Runs once when the server starts: checks the settings and starts the e-mail outbox worker.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  env();
  const { startOutboxWorker } = await import("./lib/server/outbox-worker");
  startOutboxWorker();
}
