// The request log's line (scripts/request-log.cjs, written by scripts/server-lifecycle.cjs for
// every request `next start` answers): its shape, the request id it keeps or makes, and what it
// never carries (a query string, where sign-in links put their token and address).
import { describe, expect, it } from "vitest";
import { eventLine, instanceId, pathOf, requestIdFrom, requestLine } from "../../scripts/request-log.cjs";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("request log line", () => {
  it("is one JSON line with the request's id, method, path, status, duration and instance", () => {
    const line = requestLine({
      time: new Date("2026-12-03T10:00:00.000Z"),
      requestId: "abc-123",
      method: "POST",
      path: "/api/auth/signin/email",
      status: 200,
      durationMs: 12.3456,
      instance: "app-1",
    });
    expect(line).not.toContain("\n");
    expect(JSON.parse(line)).toEqual({
      time: "2026-12-03T10:00:00.000Z",
      level: "info",
      event: "request",
      requestId: "abc-123",
      method: "POST",
      path: "/api/auth/signin/email",
      status: 200,
      durationMs: 12.3,
      instance: "app-1",
    });
  });

  it("is a warning for a server error, and says when the client went away before the end", () => {
    const fields = { requestId: "r", method: "GET", path: "/", durationMs: 1, instance: "i" };
    expect(JSON.parse(requestLine({ ...fields, status: 503 })).level).toBe("warn");
    expect(JSON.parse(requestLine({ ...fields, status: 404 })).level).toBe("info");
    expect(JSON.parse(requestLine({ ...fields, status: 200, aborted: true })).aborted).toBe(true);
  });

  it("keeps the path only: no query string, no fragment, and never longer than 300 characters", () => {
    expect(pathOf("/api/auth/callback/email?token=secret&email=amina%40example.org")).toBe("/api/auth/callback/email");
    expect(pathOf("/people/42#history")).toBe("/people/42");
    expect(pathOf("/calendar/Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eHF1dXhxdXU.ics")).toBe("/calendar/[token]");
    expect(pathOf("http://binome.example.org/coaches?q=x")).toBe("/coaches");
    expect(pathOf("")).toBe("/");
    expect(pathOf("?x=1")).toBe("/");
    expect(pathOf(`/${"a".repeat(1000)}`)).toHaveLength(300);
  });
});

describe("request id", () => {
  it("keeps a caller's X-Request-Id when it is a safe short token", () => {
    expect(requestIdFrom("a1b2c3d4e5f6")).toBe("a1b2c3d4e5f6");
    expect(requestIdFrom("3f2b9c1e-0d7a-4c8e-9b6f-2a1d0e9c8b7a")).toBe("3f2b9c1e-0d7a-4c8e-9b6f-2a1d0e9c8b7a");
    expect(requestIdFrom(["lb-42.1:7", "other"])).toBe("lb-42.1:7");
  });

  it("makes a new one when there is none, or when it is too long or carries other characters", () => {
    for (const unsafe of [
      undefined,
      "",
      "a".repeat(65),
      "id with spaces",
      'id"quote',
      "line\nbreak",
      "<script>",
      "amina@example.org",
    ]) {
      expect(requestIdFrom(unsafe)).toMatch(UUID);
    }
    expect(requestIdFrom(undefined)).not.toBe(requestIdFrom(undefined));
  });
});

describe("instance id", () => {
  it("is INSTANCE_ID when set, else the host name and process id", () => {
    expect(instanceId({ INSTANCE_ID: "app-2" })).toBe("app-2");
    expect(instanceId({})).toMatch(new RegExp(`:${process.pid}$`));
  });
});

describe("lifecycle event line", () => {
  it("has the shape of lib/log.ts's lines", () => {
    const line = JSON.parse(eventLine("info", "shutdown.start", { signal: "SIGTERM", inFlight: 2 }));
    expect(line).toMatchObject({ level: "info", event: "shutdown.start", signal: "SIGTERM", inFlight: 2 });
    expect(new Date(line.time).toISOString()).toBe(line.time);
  });
});
