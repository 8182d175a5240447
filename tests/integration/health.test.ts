// The health endpoints (app/api/health/**) on a real database: liveness, and readiness with one
// entry per check — database, migrations, storage, shutdown — turning 503 for each failure with a
// fixed phrase and nothing secret; and the workers' stop functions the shutdown relies on.
import { afterEach, describe, expect, it } from "vitest";
import { readMigrations } from "@/lib/db/migrations";
import { queueEmail } from "@/lib/email/outbox";
import type { FileStorage } from "@/lib/storage/file-storage";
import { setUpApp } from "../support/app";

const { prisma } = await setUpApp();
const { GET: live } = await import("@/app/api/health/route");
const { GET: ready } = await import("@/app/api/health/ready/route");
const { checkReadiness } = await import("@/lib/server/health/check-readiness");
const { lifecycle } = await import("@/lib/server/health/lifecycle");
const { migrationFolders, pendingMigrations } = await import("@/lib/server/health/migration-status");
const { markDatabaseReachable, markDatabaseUnreachable } = await import("@/lib/db/health");
const { kickOutbox, startOutboxWorker, stopOutboxWorker } = await import("@/lib/server/outbox-worker");
const { runJobsOnce, startJobs, stopJobs } = await import("@/lib/server/jobs");

afterEach(() => {
  lifecycle().draining = false;
  markDatabaseReachable();
});

const SECRET = "s3cr3t-key-at-db.internal.example.org";
const failing: FileStorage = {
  put: async () => {},
  open: async () => null,
  remove: async () => {},
  check: async () => {
    throw new Error(`getaddrinfo ENOTFOUND ${SECRET}`);
  },
};

describe("GET /api/health", () => {
  it("answers 200 {status: ok}, never stored, even while the instance drains", async () => {
    lifecycle().draining = true;
    const response = live();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok" });
  });
});

describe("GET /api/health/ready", () => {
  it("answers 200 with every check ok when the database answers, is migrated and storage answers", async () => {
    const response = await ready();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body.status).toBe("ready");
    expect(Object.keys(body.checks).sort()).toEqual(["database", "migrations", "shutdown", "storage"]);
    for (const check of Object.values(body.checks)) expect(check).toMatchObject({ status: "ok" });
  });

  it("answers 503 while the instance drains (SIGTERM received)", async () => {
    lifecycle().draining = true;
    const response = await ready();
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body.status).toBe("not ready");
    expect(body.checks.shutdown).toMatchObject({ status: "fail", detail: "draining" });
    expect(body.checks.database.status).toBe("ok");
  });

  it("answers 503 when a migration this build ships is not applied, and says how many", async () => {
    const [last] = await prisma.$queryRaw<{ migration_name: string }[]>`
      select migration_name from _prisma_migrations order by migration_name desc limit 1`;
    await prisma.$executeRaw`update _prisma_migrations set rolled_back_at = now() where migration_name = ${last.migration_name}`;
    try {
      const response = await ready();
      expect(response.status).toBe(503);
      expect((await response.json()).checks.migrations).toMatchObject({ status: "fail", detail: "1 pending" });
    } finally {
      await prisma.$executeRaw`update _prisma_migrations set rolled_back_at = null where migration_name = ${last.migration_name}`;
    }
    expect((await ready()).status).toBe(200);
  });

  it("reports a database out of reach at once, from the process's health flag", async () => {
    markDatabaseUnreachable("test", async () => false);
    const started = Date.now();
    const response = await ready();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(response.status).toBe(503);
    const { checks } = await response.json();
    expect(checks.database).toMatchObject({ status: "fail", detail: "unreachable" });
    expect(checks.migrations).toMatchObject({ status: "fail", detail: "unreachable" });
  });
});

describe("readiness checks", () => {
  it("fail on storage that does not answer, without the error's text (host names, keys)", async () => {
    const readiness = await checkReadiness({ storage: failing });
    expect(readiness.ready).toBe(false);
    expect(readiness.checks.storage).toMatchObject({ status: "fail", detail: "failed" });
    expect(JSON.stringify(readiness)).not.toContain("example.org");
    expect(JSON.stringify(readiness)).not.toContain("s3cr3t");
  });

  it("fail a check that does not answer in time", async () => {
    const hanging: FileStorage = { ...failing, check: () => new Promise(() => {}) };
    const readiness = await checkReadiness({ storage: hanging, timeoutMs: 200 });
    expect(readiness.checks.storage).toMatchObject({ status: "fail", detail: "timed out" });
    expect(readiness.checks.storage.durationMs).toBeLessThan(1_000);
  });

  it("count the shipped migration folders as lib/db/migrations.ts does, and none pending once applied", async () => {
    expect(migrationFolders()).toEqual(readMigrations().map((m) => m.name));
    expect(await pendingMigrations(prisma)).toEqual([]);
    expect(await pendingMigrations(prisma, [...migrationFolders(), "29991231000000_future"])).toEqual([
      "29991231000000_future",
    ]);
  });
});

describe("stopping the workers", () => {
  it("the outbox finishes the deliveries under way, then starts none until started again", async () => {
    await queueEmail(prisma, { kind: "test", to: "first@example.org", subject: "One", text: "Body" });
    void kickOutbox();
    await stopOutboxWorker();
    const first = await prisma.outboxEmail.findFirstOrThrow({ where: { to: "first@example.org" } });
    expect(first.status).toBe("sent");

    await queueEmail(prisma, { kind: "test", to: "second@example.org", subject: "Two", text: "Body" });
    await kickOutbox();
    expect((await prisma.outboxEmail.findFirstOrThrow({ where: { to: "second@example.org" } })).status).toBe("pending");

    startOutboxWorker(3_600_000);
    await kickOutbox();
    expect((await prisma.outboxEmail.findFirstOrThrow({ where: { to: "second@example.org" } })).status).toBe("sent");
  });

  it("the job ticker stops and the pass under way finishes", async () => {
    startJobs(3_600_000);
    const pass = runJobsOnce();
    let passDone = false;
    void pass.then(() => (passDone = true));
    await stopJobs();
    expect(passDone).toBe(true);
  });
});
