// Which errors mean "the database cannot be reached", as Prisma 7's pg adapter, the pg driver and
// Node raise them (shapes recorded from real failures: a stopped server, a terminated backend, a
// database closed to connections), and the process's health flag that proxy.ts reads.
import { afterEach, describe, expect, it } from "vitest";
import { DATABASE_UNAVAILABLE_DIGEST, DatabaseUnavailableError, isDatabaseUnavailable } from "@/lib/db/errors";
import { databaseUnavailableSince, markDatabaseReachable, markDatabaseUnreachable } from "@/lib/db/health";

const prismaError = (code: string, cause: Record<string, unknown>) =>
  Object.assign(new Error("Invalid `prisma.user.findFirst()` invocation"), {
    name: "PrismaClientKnownRequestError",
    code,
    meta: { driverAdapterError: { name: "DriverAdapterError", cause } },
  });

describe("a database that cannot be reached", () => {
  it("is recognised whichever layer raised it", () => {
    expect(isDatabaseUnavailable(prismaError("P1001", { kind: "DatabaseNotReachable", port: 1 }))).toBe(true);
    const closed = prismaError("P2010", {
      kind: "postgres",
      code: "55000",
      severity: "FATAL",
      message: 'database "binome" is not currently accepting connections',
    });
    expect(isDatabaseUnavailable(closed)).toBe(true);
    const terminated = prismaError("P2010", {
      kind: "postgres",
      code: "57P01",
      severity: "FATAL",
      message: "terminating connection due to administrator command",
    });
    expect(isDatabaseUnavailable(terminated)).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(
      isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })),
    ).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([Object.assign(new Error("x"), { code: "ECONNREFUSED" })]))).toBe(
      true,
    );
    expect(isDatabaseUnavailable(new DatabaseUnavailableError())).toBe(true);
  });

  it("is not confused with errors about the data", () => {
    expect(isDatabaseUnavailable(prismaError("P2002", { kind: "UniqueConstraintViolation" }))).toBe(false);
    expect(isDatabaseUnavailable(prismaError("P2025", {}))).toBe(false);
    const badInput = prismaError("P2010", {
      kind: "postgres",
      code: "22021",
      severity: "ERROR",
      message: 'invalid byte sequence for encoding "UTF8": 0x00',
    });
    expect(isDatabaseUnavailable(badInput)).toBe(false);
    expect(isDatabaseUnavailable(new Error("Something else"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });

  it("reaches the error pages with a digest they recognise", () => {
    expect(new DatabaseUnavailableError().digest).toBe(DATABASE_UNAVAILABLE_DIGEST);
  });
});

describe("the health flag", () => {
  afterEach(() => markDatabaseReachable());

  it("is set by a failure and cleared by the probe as soon as the database answers", async () => {
    let answers = false;
    let probes = 0;
    expect(databaseUnavailableSince()).toBeNull();
    markDatabaseUnreachable("test", async () => {
      probes++;
      return answers;
    });
    expect(databaseUnavailableSince()).not.toBeNull();
    await new Promise((r) => setTimeout(r, 700));
    expect(probes).toBeGreaterThan(0);
    expect(databaseUnavailableSince()).not.toBeNull();
    answers = true;
    const since = Date.now();
    while (databaseUnavailableSince() !== null && Date.now() - since < 2000)
      await new Promise((r) => setTimeout(r, 20));
    expect(databaseUnavailableSince()).toBeNull();
    expect(Date.now() - since).toBeLessThan(1000);
  });
});
