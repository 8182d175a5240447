// scripts/server-lifecycle.cjs on a plain Node HTTP server (what `next start` creates), without a
// build: the request id and log line of each request, and the shutdown on SIGTERM — new
// connections refused, requests in flight finished, the app's hooks run in order (stop at once,
// close after the last request), exit 0; and a request longer than the grace period cut, exit 1.
import { type ChildProcess, spawn } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { freePort } from "@/lib/db/embedded";

const PRELOAD = path.resolve("scripts/server-lifecycle.cjs");

/** A server like Next's: GET /slow?ms=N answers after N ms; the app's hooks say when they run. */
const SERVER = `
const http = require("node:http");
const lifecycle = globalThis[Symbol.for("binome.lifecycle")];
const say = (what) => process.stdout.write(JSON.stringify({ event: "test." + what, at: Date.now() }) + "\\n");
lifecycle.stopHooks.push(async () => { say("stop"); await new Promise((r) => setTimeout(r, 300)); say("stopped"); });
lifecycle.closeHooks.push(async () => say("close"));
http.createServer((req, res) => {
  const ms = Number(new URL(req.url, "http://x").searchParams.get("ms") || 0);
  setTimeout(() => {
    res.setHeader("content-type", "text/plain");
    res.end(req.headers["x-request-id"] + " " + (lifecycle.draining ? "draining" : "serving"));
  }, ms);
}).listen(Number(process.env.PORT), "127.0.0.1", () => say("listening"));
`;

type Server = { child: ChildProcess; lines: () => Record<string, unknown>[]; exited: Promise<number | null> };

async function start(port: number, env: Record<string, string> = {}): Promise<Server> {
  let output = "";
  const child = spawn(process.execPath, ["--require", PRELOAD, "-e", SERVER], {
    env: { ...process.env, PORT: String(port), INSTANCE_ID: "test-instance", ...env },
  });
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const lines = () =>
    output
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  const until = Date.now() + 10_000;
  while (!lines().some((l) => l.event === "test.listening")) {
    if (Date.now() > until) throw new Error(`the server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { child, lines, exited };
}

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

function get(port: number, target: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: "127.0.0.1", port, path: target, headers, agent: false }, (response) => {
      let body = "";
      response.on("data", (d) => (body += d));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}

describe("server lifecycle (request log and graceful shutdown)", () => {
  it("gives every request an id, sends it back and logs one line without the query string", async () => {
    const port = await freePort();
    const server = await start(port);
    try {
      const kept = await get(port, "/slow?token=secret-token", { "X-Request-Id": "lb-1234" });
      expect(kept.headers["x-request-id"]).toBe("lb-1234");
      expect(kept.body).toBe("lb-1234 serving");
      const made = await get(port, "/other", { "X-Request-Id": "two words" });
      expect(made.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
      expect(made.body).toBe(`${made.headers["x-request-id"]} serving`);
      // The lines arrive through the child's stdout, a moment after the answers.
      await expect
        .poll(() => server.lines().filter((l) => l.event === "request"))
        .toEqual([
          expect.objectContaining({
            level: "info",
            requestId: "lb-1234",
            method: "GET",
            path: "/slow",
            status: 200,
            instance: "test-instance",
          }),
          expect.objectContaining({ requestId: made.headers["x-request-id"], path: "/other", status: 200 }),
        ]);
      expect(JSON.stringify(server.lines())).not.toContain("secret-token");
    } finally {
      server.child.kill("SIGKILL");
    }
  });

  it("on SIGTERM refuses new connections, finishes the requests in flight, runs the hooks in order, exits 0", async () => {
    const port = await freePort();
    const server = await start(port);
    try {
      const inFlight = [get(port, "/slow?ms=2000"), get(port, "/slow?ms=1200")];
      await new Promise((r) => setTimeout(r, 500));
      const signalled = Date.now();
      server.child.kill("SIGTERM");
      await new Promise((r) => setTimeout(r, 100));
      await expect(get(port, "/slow")).rejects.toMatchObject({ code: "ECONNREFUSED" });

      const answers = await Promise.all(inFlight);
      for (const answer of answers) {
        expect(answer.status).toBe(200);
        expect(answer.body).toMatch(/ draining$/);
        expect(answer.headers.connection).toBe("close");
      }
      expect(await server.exited).toBe(0);

      const lines = server.lines();
      const at = (event: string) => lines.find((l) => l.event === event)?.at as number;
      const lastAnswer = Math.max(
        ...lines.filter((l) => l.event === "request").map((l) => Date.parse(l.time as string)),
      );
      expect(at("test.stop")).toBeLessThan(signalled + 1_000); // the workers stop at once
      expect(at("test.stop")).toBeLessThan(lastAnswer); // while requests are still in flight
      expect(at("test.close")).toBeGreaterThanOrEqual(lastAnswer); // the pool closes after the last answer
      expect(at("test.close")).toBeGreaterThanOrEqual(at("test.stopped")); // and after the workers' batch
      expect(lines).toContainEqual(
        expect.objectContaining({ event: "shutdown.start", signal: "SIGTERM", inFlight: 2 }),
      );
      expect(lines).toContainEqual(expect.objectContaining({ event: "shutdown.done", unfinished: 0 }));
    } finally {
      server.child.kill("SIGKILL");
    }
  });

  it("cuts a request longer than SHUTDOWN_GRACE_SECONDS, says so, and exits 1", async () => {
    const port = await freePort();
    const server = await start(port, { SHUTDOWN_GRACE_SECONDS: "1" });
    try {
      const long = get(port, "/slow?ms=10000").catch((error: Error) => error);
      await new Promise((r) => setTimeout(r, 200));
      const signalled = Date.now();
      server.child.kill("SIGINT");
      expect(await server.exited).toBe(1);
      expect(Date.now() - signalled).toBeLessThan(4_000);
      expect(await long).toBeInstanceOf(Error);
      expect(server.lines()).toContainEqual(
        expect.objectContaining({ event: "shutdown.grace-expired", signal: "SIGINT", unfinished: 1 }),
      );
    } finally {
      server.child.kill("SIGKILL");
    }
  });
});
