// The request log's pieces, kept apart from scripts/server-lifecycle.cjs (which installs hooks
// when loaded) so that they can be tested on their own. Plain CommonJS without imports of the
// app's TypeScript: it is loaded into `next start` before Next itself. A line has the shape of
// lib/log.ts's lines (`time`, `level`, `event`, fields), and keeps its rules: ids only, no query
// string (a sign-in link's token and address travel in it), no personal data.
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS: loaded by node --require, before Next */
const { randomUUID } = require("node:crypto");
const os = require("node:os");

/** An incoming X-Request-Id is kept when it is a short token of safe characters (a proxy's id). */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;
/** Longer paths are cut: a log line stays short whatever a client sends. */
const MAX_PATH = 300;

/** The request's id: the caller's X-Request-Id when it is a safe short token, otherwise a new UUID. */
function requestIdFrom(header) {
  const value = Array.isArray(header) ? header[0] : header;
  return typeof value === "string" && SAFE_REQUEST_ID.test(value) ? value : randomUUID();
}

/** The path of a request target, without its query string or fragment. */
function pathOf(target) {
  let path = String(target || "/");
  // Absolute form (GET http://host/path), which only proxies send: keep the path.
  if (!path.startsWith("/")) {
    try {
      path = new URL(path).pathname;
    } catch {
      path = "/";
    }
  }
  const end = path.search(/[?#]/);
  if (end !== -1) path = path.slice(0, end);
  // A calendar feed's address is its secret (app/calendar/[token]): never written to a log.
  path = path.replace(/^\/calendar\/[^/]+/, "/calendar/[token]");
  return (path || "/").slice(0, MAX_PATH);
}

/** This instance in logs: INSTANCE_ID, or the host name and process id. */
function instanceId(env = process.env) {
  return env.INSTANCE_ID || `${os.hostname()}:${process.pid}`;
}

/**
 * One request's log line (JSON, no newline). Answers of 500 and above are warnings (the error
 * itself is logged by instrumentation.ts's onRequestError, with the same request id).
 */
function requestLine({ time = new Date(), requestId, method, path, status, durationMs, instance, aborted }) {
  return JSON.stringify({
    time: time.toISOString(),
    level: status >= 500 ? "warn" : "info",
    event: "request",
    requestId,
    method,
    path,
    status,
    durationMs: Math.round(durationMs * 10) / 10,
    instance,
    ...(aborted ? { aborted: true } : {}),
  });
}

/** A lifecycle event's line (start-up, shutdown), in the same shape. */
function eventLine(level, event, fields = {}) {
  return JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
}

module.exports = { SAFE_REQUEST_ID, requestIdFrom, pathOf, instanceId, requestLine, eventLine };
