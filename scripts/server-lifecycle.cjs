// Loaded first (node --require) into `next start` by scripts/serve.ts: the request log and the
// graceful shutdown of one app instance. It sits on Node's HTTP server that Next creates, because
// that is the one place that sees every request together with its final status and duration:
// proxy.ts runs before the answer exists, instrumentation's onRequestError sees errors only, and
// a proxy in the launcher would add a hop and a second socket to every request. Next keeps its
// own `next start` (its optimisations, its server); this file only adds a listener in front.
//
// Requests: each gets an id (the caller's X-Request-Id when it is a safe short token, else a new
// UUID), set on the request (the app, proxy.ts and onRequestError read it there) and sent back as
// X-Request-Id; when the answer ends, one JSON line (scripts/request-log.cjs) goes to stdout.
//
// Shutdown: scripts/serve.ts sets NEXT_MANUAL_SIG_HANDLE=1, so Next leaves SIGTERM and SIGINT to
// this file (Next's own handler would close the server and exit with 143 without stopping the
// app's workers or its database pool). On either signal, in this order:
//   1. the instance reports not ready (GET /api/health/ready answers 503: lib/server/health);
//   2. it stops taking requests: the listening socket closes, so new connections are refused
//      (a load balancer retries them on another instance, and counts the instance as not ready);
//      connections without a request under way close (Node counts one whose request headers are
//      not complete as idle); requests already received are served, each answer with
//      `Connection: close`, and see the instance as draining;
//   3. the app's "stop" hooks run (instrumentation.ts: the job ticker and the e-mail outbox stop
//      starting work; the batch under way finishes);
//   4. once no request is in flight, or SHUTDOWN_GRACE_SECONDS (default 25) have passed, and the
//      workers' batches are done, the "close" hooks run (the database pool closes);
//   5. the process exits: 0 when every request finished, 1 when the grace period cut some short.
// Hooks are shared with the app through globalThis[Symbol.for("binome.lifecycle")]
// (lib/server/health/lifecycle.ts), since Next bundles the app apart from this file.
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS: loaded by node --require, before Next */
const http = require("node:http");
const { eventLine, instanceId, pathOf, requestIdFrom, requestLine } = require("./request-log.cjs");

const KEY = Symbol.for("binome.lifecycle");
const lifecycle = (globalThis[KEY] ??= { draining: false, drainingSince: null, stopHooks: [], closeHooks: [] });
lifecycle.managed = true;

/** Checked by lib/env.ts when the launcher starts; unset or empty: 25. */
const graceSeconds = process.env.SHUTDOWN_GRACE_SECONDS ? Number(process.env.SHUTDOWN_GRACE_SECONDS) : 25;
const instance = instanceId();
const servers = new Set();
/** Answers not finished yet. */
const inFlight = new Set();

function write(line, level = "info") {
  (level === "info" ? process.stdout : process.stderr).write(`${line}\n`);
}

function onRequest(req, res) {
  const started = process.hrtime.bigint();
  const requestId = requestIdFrom(req.headers["x-request-id"]);
  req.headers["x-request-id"] = requestId;
  res.setHeader("X-Request-Id", requestId);
  const path = pathOf(req.url);
  if (lifecycle.draining) res.shouldKeepAlive = false;
  inFlight.add(res);
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    inFlight.delete(res);
    const status = res.statusCode;
    write(
      requestLine({
        requestId,
        method: req.method,
        path,
        status,
        durationMs: Number(process.hrtime.bigint() - started) / 1e6,
        instance,
        aborted: !res.writableFinished,
      }),
      status >= 500 ? "warn" : "info",
    );
  };
  res.once("finish", end);
  res.once("close", end);
}

const createServer = http.createServer;
http.createServer = function (...args) {
  const server = createServer.apply(this, args);
  servers.add(server);
  // First in line, so that Next already sees the request id.
  server.prependListener("request", onRequest);
  return server;
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs hooks side by side; a failing hook is logged and does not stop the others. */
async function runHooks(hooks, phase) {
  await Promise.all(
    hooks.map(async (hook) => {
      try {
        await hook();
      } catch (error) {
        write(
          eventLine("error", "shutdown.hook-failed", {
            phase,
            instance,
            error: error instanceof Error ? error.name : "Error",
            message: error instanceof Error ? error.message.slice(0, 500) : String(error).slice(0, 500),
          }),
          "error",
        );
      }
    }),
  );
}

/** Resolves true when `done()` holds, false when the deadline passed first. */
async function waitUntil(done, deadline) {
  while (!done()) {
    if (Date.now() >= deadline) return false;
    // Connections whose last answer went out before the drain began may still be open, idle.
    for (const server of servers) server.closeIdleConnections?.();
    await sleep(50);
  }
  return true;
}

let shuttingDown = false;
async function shutdown(signal) {
  if (shuttingDown) return;
  shuttingDown = true;
  const started = Date.now();
  const deadline = started + graceSeconds * 1000;
  lifecycle.draining = true;
  lifecycle.drainingSince = started;
  write(eventLine("info", "shutdown.start", { signal, instance, inFlight: inFlight.size, graceSeconds }));
  for (const server of servers) {
    server.close();
    server.closeIdleConnections?.();
  }
  // Answers not yet begun end their connection (a client's next request goes to another instance).
  for (const res of inFlight) if (!res.headersSent) res.shouldKeepAlive = false;
  const stopped = runHooks(lifecycle.stopHooks, "stop");
  const drained = await waitUntil(() => inFlight.size === 0, deadline);
  await Promise.race([stopped, sleep(Math.max(0, deadline - Date.now()))]);
  const unfinished = inFlight.size;
  if (!drained)
    write(eventLine("warn", "shutdown.grace-expired", { signal, instance, unfinished, graceSeconds }), "warn");
  await Promise.race([runHooks(lifecycle.closeHooks, "close"), sleep(5_000)]);
  write(eventLine("info", "shutdown.done", { signal, instance, durationMs: Date.now() - started, unfinished }));
  process.exit(unfinished === 0 ? 0 : 1);
}

process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
