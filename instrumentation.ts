import type { Instrumentation } from "next";

// Runs once when the server starts: checks the settings, starts the e-mail outbox worker and the timed jobs.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  const settings = env();
  const { startOutboxWorker } = await import("./lib/server/outbox-worker");
  startOutboxWorker();
  // Timed jobs (lib/server/jobs.ts): seat offers that lapse, coach requests that lapse or need a
  // reminder, every JOBS_INTERVAL_SECONDS (a minute by default).
  const { startJobs } = await import("./lib/server/jobs");
  startJobs(settings.JOBS_INTERVAL_SECONDS * 1000);
  // When the instance stops (SIGTERM/SIGINT, run by scripts/server-lifecycle.cjs): the workers stop
  // starting work and finish their batch; once no request is in flight, the database pool closes.
  const [{ onShutdown }, { stopOutboxWorker }, { stopJobs }, { closeDb }] = await Promise.all([
    import("./lib/server/health/lifecycle"),
    import("./lib/server/outbox-worker"),
    import("./lib/server/jobs"),
    import("./lib/server/db"),
  ]);
  onShutdown({
    stop: async () => {
      await Promise.all([stopJobs(), stopOutboxWorker()]);
    },
    close: closeDb,
  });
  // BINOME_MEMORY_SAMPLE_MS=1000 (the benchmark): a `[binome:memory] {…}` line of the process's memory per interval, in MB.
  const every = Number(process.env.BINOME_MEMORY_SAMPLE_MS);
  if (every > 0) {
    const v8 = await import("node:v8");
    const mb = (n: number) => Math.round(n / 104857.6) / 10;
    setInterval(() => {
      const m = process.memoryUsage();
      const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, mb(s.space_size)]));
      const malloced = mb(v8.getHeapStatistics().malloced_memory);
      const sample = { rss: mb(m.rss), heapTotal: mb(m.heapTotal), heapUsed: mb(m.heapUsed), external: mb(m.external) };
      console.info(
        `[binome:memory] ${JSON.stringify({ ...sample, arrayBuffers: mb(m.arrayBuffers), malloced, spaces })}`,
      );
    }, every).unref();
  }
}

/**
 * An error while rendering a page, running a route handler, a server action or the proxy: one
 * JSON line with the request's id (the X-Request-Id of its request log line), its method and path
 * without the query string, and the route. A database out of reach is reported once, by the
 * health flag (lib/db/health.ts), not once per request.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ logError }, { isDatabaseUnavailable }] = await Promise.all([import("./lib/log"), import("./lib/db/errors")]);
  if (isDatabaseUnavailable(error)) return;
  const id = request.headers["x-request-id"];
  logError("request.error", error, {
    requestId: Array.isArray(id) ? id[0] : id,
    method: request.method,
    path: request.path.split(/[?#]/)[0],
    route: context.routePath,
    routeType: context.routeType,
  });
};
