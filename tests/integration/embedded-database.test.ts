// The embedded database (PGlite behind lib/db/pglite-session-server.ts) answers concurrent
// connections as PostgreSQL does: every query and transaction runs alone, row locks hold,
// nothing of one connection leaks into another, a dead or stuck connection's transaction is
// rolled back; and one process at a time opens a data folder.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";
import { applyPendingMigrations } from "@/lib/db/migrations";
import { PGliteSessionServer } from "@/lib/db/pglite-session-server";

const run = promisify(execFile);
let db: EmbeddedDatabase;
const pools: pg.Pool[] = [];
const pool = () => {
  const p = new pg.Pool({ connectionString: db.url, max: 10 });
  pools.push(p);
  return p;
};

beforeAll(async () => {
  db = await startEmbeddedDatabase({ dataDir: "memory://" });
});
afterAll(async () => {
  await Promise.all(pools.map((p) => p.end()));
  await db?.stop();
});

describe("the embedded database under concurrent connections", () => {
  it("gives every parameterised query its own answer, from two pools at once", async () => {
    const [a, b] = [pool(), pool()];
    await a.query("create table numbers (n int primary key, label text, twice int)");
    const results = await Promise.all(
      Array.from({ length: 300 }, async (_, i) => {
        const p = i % 2 ? a : b;
        if (i % 3 === 0) {
          const r = await p.query("select $1::int as n, $2::text as label", [i, `label ${i}`]);
          return r.rows[0].n === i && r.rows[0].label === `label ${i}`;
        }
        if (i % 3 === 1) return (await p.query("select $1::int * 2 as twice", [i])).rows[0].twice === i * 2;
        await p.query("insert into numbers values ($1, $2, $3)", [i, `n${i}`, i * 2]);
        return true;
      }),
    );
    expect(results.filter((ok) => !ok)).toEqual([]);
    expect((await a.query("select count(*)::int as c, sum(twice)::int as s from numbers")).rows[0]).toEqual({
      c: 100,
      s: Array.from({ length: 300 }, (_, i) => i)
        .filter((i) => i % 3 === 2)
        .reduce((sum, i) => sum + i * 2, 0),
    });
  });

  it("keeps read-modify-write exact under row locks, from two pools at once", async () => {
    const [a, b] = [pool(), pool()];
    await a.query("create table counter (id int primary key, n int not null); insert into counter values (1, 0)");
    await Promise.all(
      Array.from({ length: 120 }, async (_, i) => {
        const client = await (i % 2 ? a : b).connect();
        try {
          await client.query("begin");
          const { rows } = await client.query("select n from counter where id = $1 for update", [1]);
          await new Promise((r) => setTimeout(r, i % 5)); // others try to get in meanwhile
          await client.query("update counter set n = $1 where id = $2", [rows[0].n + 1, 1]);
          await client.query("commit");
        } finally {
          client.release();
        }
      }),
    );
    expect((await a.query("select n from counter")).rows[0].n).toBe(120);
  });

  it("never shows one connection's uncommitted rows to another, and rolls back what it rolls back", async () => {
    const [a, b] = [pool(), pool()];
    await a.query("create table notes (body text)");
    const writer = await a.connect();
    await writer.query("begin");
    await writer.query("insert into notes values ('draft')");
    const reading = b.query("select count(*)::int as c from notes"); // waits for the writer's turn to end
    await new Promise((r) => setTimeout(r, 100));
    await writer.query("rollback");
    writer.release();
    expect((await reading).rows[0].c).toBe(0);
  });

  it("runs Prisma's interactive transactions and plain queries from two clients side by side", async () => {
    const mem = await startEmbeddedDatabase({ dataDir: "memory://" });
    try {
      await applyPendingMigrations(mem.url);
      const clients = [createPrismaClient(mem.url), createPrismaClient(mem.url)];
      const entity = await clients[0].entity.create({ data: { code: "DPPA", nameEn: "DPPA", nameFr: "DPPA" } });
      const outcomes = await Promise.allSettled(
        Array.from({ length: 150 }, async (_, i) => {
          const prisma = clients[i % 2];
          if (i % 3 === 0) {
            await prisma.$transaction(async (tx) => {
              const user = await tx.user.create({ data: { email: `p${i}@example.org`, entityId: entity.id } });
              await tx.auditLog.create({ data: { action: "test", targetType: "User", targetId: user.id } });
            });
          } else if (i % 3 === 1) {
            await prisma.user.findMany({ where: { entityId: entity.id, email: { contains: `p${i}` } }, take: 3 });
          } else {
            expect((await prisma.entity.findUniqueOrThrow({ where: { code: "DPPA" } })).id).toBe(entity.id);
          }
        }),
      );
      expect(outcomes.filter((o) => o.status === "rejected")).toEqual([]);
      expect(await clients[0].user.count()).toBe(50);
      expect(await clients[1].auditLog.count()).toBe(50);
      await Promise.all(clients.map((c) => c.$disconnect()));
    } finally {
      await mem.stop();
    }
  });

  it("rolls back the transaction of a connection that dies in it, and serves the others", async () => {
    const [a] = [pool()];
    await a.query("create table items (name text)");
    const dying = new pg.Client({ connectionString: db.url });
    await dying.connect();
    dying.on("error", () => {});
    await dying.query("begin");
    await dying.query("insert into items values ('half done')");
    const waiting = a.query("insert into items values ('kept')");
    // The connection drops without COMMIT: PostgreSQL rolls its transaction back.
    (dying as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    await waiting;
    expect((await a.query("select name from items order by name")).rows).toEqual([{ name: "kept" }]);
  });

  it("closes a connection left idle in a transaction, so that the others go on", async () => {
    const lite = await PGlite.create("memory://");
    const server = new PGliteSessionServer({ db: lite, idleInTransactionTimeoutMs: 300 });
    const port = await server.start();
    const url = `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
    const stuck = new pg.Client({ connectionString: url });
    const other = new pg.Client({ connectionString: url });
    try {
      await stuck.connect();
      await other.connect();
      const closed = new Promise((resolve) => stuck.on("error", resolve));
      await stuck.query("begin");
      await stuck.query("create table t (x int)");
      const started = Date.now();
      const r = await other.query("select 1 as one");
      expect(r.rows[0].one).toBe(1);
      expect(Date.now() - started).toBeGreaterThanOrEqual(250);
      await closed;
      // Its table was never committed.
      await expect(other.query("select * from t")).rejects.toThrow(/does not exist/);
    } finally {
      await other.end();
      await server.stop();
      await lite.close();
    }
  });
});

describe("the embedded database's upkeep (PGlite runs no autovacuum)", () => {
  const rowsOf = async (client: pg.Client, table: string) => {
    const r = await client.query(`select reltuples::int as rows, pg_relation_size('${table}')::int as bytes
                                     from pg_class where relname = '${table}'`);
    return r.rows[0] as { rows: number; bytes: number };
  };
  const planned = async (client: pg.Client, sql: string) =>
    (await client.query(`explain (format json) ${sql}`)).rows[0]["QUERY PLAN"][0].Plan["Plan Rows"] as number;

  it("tells the planner how many rows a table holds and gives back the space of deleted rows", async () => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await client.query("create table upkeep_rows (id int primary key, v text)");
      await client.query("insert into upkeep_rows select g, md5(g::text) from generate_series(1, 20000) g");
      await client.query("delete from upkeep_rows where id > 10000");
      const before = await rowsOf(client, "upkeep_rows");
      expect(before.rows).toBe(-1); // never analysed: the planner guesses
      expect(await planned(client, "select * from upkeep_rows where id < 100")).toBeGreaterThan(1_000);

      expect(await db.maintain()).toBeGreaterThan(0);

      const after = await rowsOf(client, "upkeep_rows");
      expect(after.rows).toBe(10_000);
      expect(after.bytes).toBeLessThan(before.bytes * 0.6); // the deleted half's pages are gone
      expect(await planned(client, "select * from upkeep_rows where id < 100")).toBeLessThan(200);
    } finally {
      await client.end();
    }
  });

  it("runs by itself at the interval it is given, and stops with the database", async () => {
    const own = await startEmbeddedDatabase({ dataDir: "memory://", maintenanceEveryMs: 200 });
    const client = new pg.Client({ connectionString: own.url });
    await client.connect();
    try {
      await client.query("create table upkeep_timer (id int)");
      await client.query("insert into upkeep_timer select g from generate_series(1, 5000) g");
      const until = Date.now() + 10_000;
      while ((await rowsOf(client, "upkeep_timer")).rows !== 5_000 && Date.now() < until)
        await new Promise((r) => setTimeout(r, 100));
      expect((await rowsOf(client, "upkeep_timer")).rows).toBe(5_000);
    } finally {
      await client.end();
      await own.stop();
    }
  });
});

describe("the embedded database's data folder", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "binome-lock-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const open = (dataDir: string, startAt: number, hold: number) =>
    run(
      process.execPath,
      ["--import", "tsx", "tests/support/open-embedded-database.ts", dataDir, String(startAt), String(hold)],
      {
        timeout: 60_000,
      },
    ).then((r) => r.stdout.trim());

  it("is opened by one of two processes starting at the same instant, and stays openable", async () => {
    for (let trial = 0; trial < 2; trial++) {
      const dataDir = path.join(dir, `new-${trial}`);
      const startAt = Date.now() + 2500;
      const answers = await Promise.all([open(dataDir, startAt, 1500), open(dataDir, startAt, 1500)]);
      expect(answers.sort()).toEqual(["in use", "opened"]);
      expect(await open(dataDir, 0, 0)).toBe("opened");
    }
  });

  it("takes over the lock of a process that no longer runs", async () => {
    const dataDir = path.join(dir, "stale");
    const { stdout } = await run(process.execPath, ["-e", "console.log(process.pid)"]);
    writeFileSync(`${dataDir}.lock`, stdout.trim()); // that process has ended
    expect(await open(dataDir, 0, 0)).toBe("opened");
  });
});
