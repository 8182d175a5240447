// A small load balancer for the two-instance test (npm run test:scale), written with node:http as
// a real one behaves:
// - each request goes to the next instance in turn (round robin, per request, not per client);
// - bodies are streamed both ways, never held whole;
// - Host is kept, and X-Forwarded-For / -Proto / -Host / -Port are set (the app's TRUST_PROXY reads
//   the last hop of X-Forwarded-For); an X-Request-Id is added when the client sent none;
// - an instance whose GET /api/health/ready does not answer 200 twice in a row (checked every
//   `checkEveryMs`), or that refuses a connection, is skipped until it answers 200 again; a request whose connection was
//   refused is sent to the next instance (nothing of it had reached the first one);
// - the response says which instance served it (X-Served-By), and each request is written to
//   `logFile` as one JSON line { requestId, backend, method, path, status }.
// A test may pin a request to one instance with the header X-Scale-Backend: <name> (it is removed
// before the request is passed on), as sticky routing of a real load balancer would.
import { randomBytes } from "node:crypto";
import { appendFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo, Socket } from "node:net";

export type Backend = { name: string; host: string; port: number };
export type ProxyOptions = { backends: Backend[]; port?: number; checkEveryMs?: number; logFile?: string };
export type RoundRobinProxy = {
  url: string;
  port: number;
  /** Whether each instance is taking traffic now (its last readiness check passed). */
  up: () => Record<string, boolean>;
  /** How many requests each instance was sent. */
  served: () => Record<string, number>;
  stop: () => Promise<void>;
};

const HOP_BY_HOP = ["connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade", "te", "trailer"];
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export async function startRoundRobinProxy(options: ProxyOptions): Promise<RoundRobinProxy> {
  const { backends, checkEveryMs = 500, logFile } = options;
  const healthy = new Map(backends.map((b) => [b.name, false]));
  const served = new Map(backends.map((b) => [b.name, 0]));
  const failedChecks = new Map<string, number>();
  // A new connection per request to the instance: a kept-alive one may be closed by the instance at
  // the very moment it is reused, which would fail a request that no instance ever saw.
  const agent = new http.Agent({ keepAlive: false, maxSockets: 64 });
  let next = 0;
  let stopped = false;

  async function check(b: Backend): Promise<void> {
    const ok = await new Promise<boolean>((resolve) => {
      const req = http.get(
        {
          host: b.host,
          port: b.port,
          path: "/api/health/ready",
          timeout: 2_000,
          headers: { "x-request-id": "lb-check" },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode === 200);
        },
      );
      req.on("timeout", () => req.destroy());
      req.on("error", () => resolve(false));
    });
    if (stopped) return;
    // Down after two failed checks in a row (one slow answer on a busy machine is not an outage), up after one success.
    const failures = ok ? 0 : (failedChecks.get(b.name) ?? 0) + 1;
    failedChecks.set(b.name, failures);
    if (ok) healthy.set(b.name, true);
    else if (failures >= 2) healthy.set(b.name, false);
  }
  const checkAll = () => Promise.all(backends.map(check));
  await checkAll();
  const timer = setInterval(() => void checkAll(), checkEveryMs);

  /** The instances to try for one request, in order: the pinned one, or healthy ones from the next in turn. */
  function candidates(pinned: string | undefined): Backend[] {
    if (pinned) return backends.filter((b) => b.name === pinned);
    const start = next++ % backends.length;
    const order = [...backends.slice(start), ...backends.slice(0, start)];
    const live = order.filter((b) => healthy.get(b.name));
    // None known to be ready: try them all rather than answer 503 on a stale check.
    return live.length ? live : order;
  }

  const server = http.createServer((req, res) => {
    const pinnedHeader = req.headers["x-scale-backend"];
    const pinned = typeof pinnedHeader === "string" ? pinnedHeader : undefined;
    const incomingId = req.headers["x-request-id"];
    const requestId =
      typeof incomingId === "string" && REQUEST_ID.test(incomingId) ? incomingId : randomBytes(8).toString("hex");
    const headers: http.OutgoingHttpHeaders = { ...req.headers };
    for (const name of [...HOP_BY_HOP, "x-scale-backend"]) delete headers[name];
    if (req.headers["transfer-encoding"]) headers["transfer-encoding"] = req.headers["transfer-encoding"];
    const client = req.socket.remoteAddress ?? "127.0.0.1";
    const forwardedFor = req.headers["x-forwarded-for"];
    headers["x-forwarded-for"] = forwardedFor ? `${forwardedFor}, ${client}` : client;
    headers["x-forwarded-proto"] = "http";
    headers["x-forwarded-host"] = req.headers.host ?? "";
    headers["x-forwarded-port"] = String((server.address() as AddressInfo).port);
    headers["x-request-id"] = requestId;

    const tries = candidates(pinned);
    const attempt = (i: number) => {
      const b = tries[i];
      if (!b) {
        res.writeHead(502, { "content-type": "text/plain", "x-request-id": requestId });
        res.end("No instance answered.\n");
        return;
      }
      let connected = false;
      const upstream = http.request(
        { host: b.host, port: b.port, method: req.method, path: req.url, headers, agent },
        (answer) => {
          served.set(b.name, served.get(b.name)! + 1);
          const out: http.OutgoingHttpHeaders = { ...answer.headers, "x-served-by": b.name };
          for (const name of HOP_BY_HOP) if (name !== "transfer-encoding") delete out[name];
          res.writeHead(answer.statusCode ?? 502, out);
          answer.pipe(res);
          if (logFile)
            answer.on("end", () =>
              appendFileSync(
                logFile,
                JSON.stringify({
                  requestId,
                  backend: b.name,
                  method: req.method,
                  path: (req.url ?? "").split("?")[0],
                  status: answer.statusCode,
                }) + "\n",
              ),
            );
        },
      );
      upstream.on("socket", (socket: Socket) => {
        const send = () => {
          connected = true;
          req.pipe(upstream);
        };
        // The body is sent once connected, so that a refused connection leaves it unread, for the next instance.
        if (socket.connecting) socket.once("connect", send);
        else send();
      });
      upstream.on("error", (error: NodeJS.ErrnoException) => {
        if (!connected) {
          if (error.code === "ECONNREFUSED" || error.code === "ECONNRESET") healthy.set(b.name, false);
          attempt(i + 1);
          return;
        }
        if (!res.headersSent) {
          res.writeHead(502, { "content-type": "text/plain", "x-request-id": requestId });
          res.end("The instance broke the connection.\n");
        } else res.destroy();
      });
      res.on("close", () => {
        if (!res.writableFinished) upstream.destroy();
      });
    };
    attempt(0);
  });
  server.keepAliveTimeout = 5_000;
  const sockets = new Set<Socket>();
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    up: () => Object.fromEntries(healthy),
    served: () => Object.fromEntries(served),
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}
