import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { runOnServer, withDatabaseName } from "@/lib/db/admin";
import { createPrismaClient } from "@/lib/db/client";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import {
  applyPendingMigrations,
  diffSchemaAgainstMigrations,
  MigrationFailedError,
  readMigrations,
  writeMigration,
  type Migration,
} from "@/lib/db/migrations";
import { setUpTestDatabase } from "../support/app";

const db = await setUpTestDatabase();

async function tables(): Promise<string[]> {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    const r = await client.query(
      `select table_name from information_schema.tables where table_schema = 'public' order by 1`,
    );
    return r.rows.map((x: { table_name: string }) => x.table_name);
  } finally {
    await client.end();
  }
}

describe("migrations", () => {
  it("records the applied history in Prisma's _prisma_migrations table", async () => {
    const rows = await db.prisma.$queryRaw<{ migration_name: string; finished_at: Date | null }[]>`
      select migration_name, finished_at from _prisma_migrations order by migration_name`;
    expect(rows.map((r) => r.migration_name)).toEqual(readMigrations().map((m) => m.name));
    expect(rows.every((r) => r.finished_at)).toBe(true);
  });

  it("applies nothing the second time", async () => {
    expect(await applyPendingMigrations(db.url)).toEqual([]);
  });

  it("finds the schema and the migrations in step (no migration left to write)", async () => {
    const sql = await diffSchemaAgainstMigrations();
    expect(sql.replace(/--.*$/gm, "").trim()).toBe("");
  });

  it("refuses a failing migration whole: names it, says why, and leaves no half state", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "binome-mig-"));
    try {
      writeMigration("20990101000000_add_notes", `CREATE TABLE "Note" ("id" TEXT PRIMARY KEY);`, dir);
      writeMigration(
        "20990102000000_broken",
        `ALTER TABLE "Note" ADD COLUMN "body" TEXT;\nALTER TABLE "Nope" ADD COLUMN "x" INT;`,
        dir,
      );
      const migrations = [...readMigrations(), ...readMigrations(dir)];
      const before = await tables();
      const error = await applyPendingMigrations(db.url, migrations).catch((e) => e);
      expect(error).toBeInstanceOf(MigrationFailedError);
      expect(error.migration).toBe("20990102000000_broken");
      expect(error.message).toMatch(/relation "Nope" does not exist/);
      expect(await tables()).toEqual(before);
      const recorded = await db.prisma.$queryRaw<{ n: bigint }[]>`
        select count(*) as n from _prisma_migrations where migration_name like '2099%'`;
      expect(Number(recorded[0].n)).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * A database with no migration applied, on the same kind of server as the other tests (a new
 * database on TEST_DATABASE_URL's server, else an in-memory PGlite), for a migration's own test.
 */
async function emptyDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const server = process.env.TEST_DATABASE_URL;
  if (server) {
    const name = `binome_test_${Date.now()}_${randomBytes(4).toString("hex")}`;
    await runOnServer(server, `create database "${name}"`);
    return {
      url: withDatabaseName(server, name),
      drop: () => runOnServer(server, `drop database if exists "${name}" with (force)`),
    };
  }
  const embedded = await startEmbeddedDatabase({ dataDir: "memory://" });
  return { url: embedded.url, drop: () => embedded.stop() };
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** The migrations before `name`, and up to and including it. */
function migrationsAround(name: string): { before: Migration[]; through: Migration[] } {
  const all = readMigrations();
  const at = all.findIndex((m) => m.name.endsWith(`_${name}`));
  expect(at, `migration ${name}`).toBeGreaterThan(0);
  return { before: all.slice(0, at), through: all.slice(0, at + 1) };
}

describe("migration domain_names", () => {
  it("renames the matching tables, columns, enums, keys and triggers, keeping every row", async () => {
    const { before, through } = migrationsAround("domain_names");
    const db = await emptyDatabase();
    try {
      await applyPendingMigrations(db.url, before);
      // Rows written with the old names, as the app wrote them before the migration.
      await withClient(db.url, async (c) => {
        await c.query(`
          insert into "User" (id, email, name, "updatedAt") values
            ('u-coach', 'coach@example.org', 'Carla Coach', now()),
            ('u-seeker', 'seeker@example.org', 'Sam Seeker', now());
          insert into "Programme" (id, slug, type, "nameEn", "nameFr", "descriptionEn", "descriptionFr", "maxClientsPerCoach")
            values ('prog', 'peer-coaching', 'coaching', 'Coaching', 'Coaching', 'd', 'd', 2);
          insert into "Cohort" (id, "programmeId", slug, "nameEn", "nameFr", "startsOn", "endsOn", "enrolmentOpensOn", "enrolmentClosesOn", seats)
            values ('cohort', 'prog', 'spring', 'Spring', 'Printemps', '2026-03-01', '2026-09-30', '2026-01-01', '2026-02-28', 10);
          insert into "CoachProfile" (id, "userId", status, capacity, "bioEn", "updatedAt")
            values ('profile', 'u-coach', 'approved'::"CoachStatus", 2, 'Négociation et médiation', now());
          insert into "CoachRequest" (id, "programmeId", "cohortId", "clientId", message, status)
            values ('request', 'prog', 'cohort', 'u-seeker', 'Hello', 'accepted'::"CoachRequestStatus");
          insert into "CoachRequestChoice" (id, "requestId", rank, "coachProfileId", status)
            values ('choice', 'request', 1, 'profile', 'accepted');
          insert into "Engagement" (id, "programmeId", "cohortId", "coachProfileId", "clientId", "requestId")
            values ('engagement', 'prog', 'cohort', 'profile', 'u-seeker', 'request');
          insert into "AuditLog" (id, action, "targetType", "targetId") values
            ('a1', 'coach.create', 'CoachProfile', 'profile'),
            ('a2', 'request.create', 'CoachRequest', 'request'),
            ('a3', 'request.choice.ask', 'CoachRequestChoice', 'choice'),
            ('a4', 'session.accept', 'EngagementSession', 'x');`);
      });

      expect(await applyPendingMigrations(db.url, through)).toEqual([through.at(-1)!.name]);

      await withClient(db.url, async (c) => {
        const one = async (sql: string) => (await c.query(sql)).rows;
        expect(await one(`select id, "userId", status::text, capacity, "searchText" from "MatchingProfile"`)).toEqual([
          {
            id: "profile",
            userId: "u-coach",
            status: "approved",
            capacity: 2,
            searchText: "carla coach negociation et mediation",
          },
        ]);
        expect(
          await one(`select id, "programmeId", "cohortId", "seekerId", message, status::text from "MatchRequest"`),
        ).toEqual([
          {
            id: "request",
            programmeId: "prog",
            cohortId: "cohort",
            seekerId: "u-seeker",
            message: "Hello",
            status: "accepted",
          },
        ]);
        expect(await one(`select id, "requestId", rank, "profileId", status::text from "MatchRequestChoice"`)).toEqual([
          { id: "choice", requestId: "request", rank: 1, profileId: "profile", status: "accepted" },
        ]);
        expect(await one(`select id, "profileId", "seekerId", "requestId", status::text from "Engagement"`)).toEqual([
          { id: "engagement", profileId: "profile", seekerId: "u-seeker", requestId: "request", status: "active" },
        ]);
        expect(await one(`select "profileCapacityLimit" from "Programme"`)).toEqual([{ profileCapacityLimit: 2 }]);
        expect(await one(`select id, "targetType" from "AuditLog" order by id`)).toEqual([
          { id: "a1", targetType: "MatchingProfile" },
          { id: "a2", targetType: "MatchRequest" },
          { id: "a3", targetType: "MatchRequestChoice" },
          { id: "a4", targetType: "EngagementSession" },
        ]);
        // Nothing keeps an old name: tables, columns, types, constraints, indexes, triggers, functions.
        const oldName = `'coach(profile|request)|clientid|maxclientspercoach'`;
        // Only coaches have missions, supervision and credentials: those keep "coachProfileId".
        const coachOnly = `'^(Mission|SupervisionRecord|CredentialDocument)_coachProfileId'`;
        const leftovers = await one(`
          select relname as name from pg_class
           where relnamespace = 'public'::regnamespace and relname ~* ${oldName} and relname !~ ${coachOnly}
          union all select table_name || '.' || column_name from information_schema.columns
           where table_schema = 'public' and column_name ~* ${oldName}
             and table_name not in ('Mission', 'SupervisionRecord', 'CredentialDocument')
          union all select typname from pg_type where typnamespace = 'public'::regnamespace and typname ~* '^_?coach'
          union all select conname from pg_constraint
           where connamespace = 'public'::regnamespace and conname ~* ${oldName} and conname !~ ${coachOnly}
          union all select tgname from pg_trigger where not tgisinternal and tgname ~* 'coach'
          union all select proname from pg_proc where pronamespace = 'public'::regnamespace and proname ~* 'coach'`);
        expect(leftovers).toEqual([]);
        // The directory's triggers work on the renamed table: a new name reaches the profile.
        await c.query(`update "User" set name = 'Carla Côté' where id = 'u-coach'`);
        expect(await one(`select "sortName" from "MatchingProfile"`)).toEqual([{ sortName: "carla cote" }]);
      });

      // The rest of the history applies on top, and the app's client reads the rows by the new names.
      await applyPendingMigrations(db.url);
      const prisma = createPrismaClient(db.url);
      try {
        const engagement = await prisma.engagement.findUniqueOrThrow({
          where: { id: "engagement" },
          include: { profile: true, seeker: true, request: { include: { choices: true } }, programme: true },
        });
        expect(engagement.profile.id).toBe("profile");
        expect(engagement.seeker.email).toBe("seeker@example.org");
        expect(engagement.request?.choices.map((ch) => ch.profileId)).toEqual(["profile"]);
        expect(engagement.programme.profileCapacityLimit).toBe(2);
        expect(await prisma.matchRequest.count({ where: { seekerId: "u-seeker" } })).toBe(1);
      } finally {
        await prisma.$disconnect();
      }
    } finally {
      await db.drop();
    }
  });
});

describe("migration history_kept", () => {
  /** A completed engagement with one closing evaluation per answer, written before the migration. */
  async function evaluationsBefore(url: string, answers: string[]): Promise<void> {
    await withClient(url, async (c) => {
      await c.query(`
        insert into "User" (id, email, "updatedAt") values ('u-coach', 'coach@example.org', now()), ('u-seeker', 'seeker@example.org', now());
        insert into "Programme" (id, slug, type, "nameEn", "nameFr", "descriptionEn", "descriptionFr")
          values ('prog', 'peer-coaching', 'coaching', 'Coaching', 'Coaching', 'd', 'd');
        insert into "MatchingProfile" (id, "userId", status, "updatedAt") values ('profile', 'u-coach', 'approved', now());
        insert into "Engagement" (id, "programmeId", "profileId", "seekerId", status)
          values ('engagement', 'prog', 'profile', 'u-seeker', 'completed');`);
      for (const [i, answer] of answers.entries()) {
        await c.query(`insert into "User" (id, email, "updatedAt") values ($1, $2, now())`, [
          `u-${i}`,
          `a${i}@example.org`,
        ]);
        await c.query(
          `insert into "ClosingEvaluation" (id, "engagementId", "authorId", usefulness, "objectivesMet", "wouldRecommend")
           values ($1, 'engagement', $2, 4, $3, true)`,
          [`ce-${i}`, `u-${i}`, answer],
        );
      }
    });
  }

  it("turns the closing evaluations' answers into the ObjectivesMet enum, keeping each one", async () => {
    const { before, through } = migrationsAround("history_kept");
    const db = await emptyDatabase();
    try {
      await applyPendingMigrations(db.url, before);
      await evaluationsBefore(db.url, ["yes", "partly", "no", "partly"]);
      expect(await applyPendingMigrations(db.url, through)).toEqual([through.at(-1)!.name]);
      await withClient(db.url, async (c) => {
        const rows = await c.query(`select id, "objectivesMet"::text as answer, pg_typeof("objectivesMet")::text as type
                                      from "ClosingEvaluation" order by id`);
        expect(rows.rows).toEqual([
          { id: "ce-0", answer: "yes", type: '"ObjectivesMet"' },
          { id: "ce-1", answer: "partly", type: '"ObjectivesMet"' },
          { id: "ce-2", answer: "no", type: '"ObjectivesMet"' },
          { id: "ce-3", answer: "partly", type: '"ObjectivesMet"' },
        ]);
      });
    } finally {
      await db.drop();
    }
  });

  it("stops on an answer outside yes, partly and no, naming the migration and applying nothing", async () => {
    const { before, through } = migrationsAround("history_kept");
    const db = await emptyDatabase();
    try {
      await applyPendingMigrations(db.url, before);
      await evaluationsBefore(db.url, ["yes", "maybe"]);
      const error = await applyPendingMigrations(db.url, through).catch((e) => e);
      expect(error).toBeInstanceOf(MigrationFailedError);
      expect(error.migration).toBe(through.at(-1)!.name);
      expect(error.message).toMatch(/invalid input value for enum "ObjectivesMet": "maybe"/);
      await withClient(db.url, async (c) => {
        expect((await c.query(`select "objectivesMet" from "ClosingEvaluation" order by id`)).rows).toEqual([
          { objectivesMet: "yes" },
          { objectivesMet: "maybe" },
        ]);
        expect((await c.query(`select to_regtype('"ObjectivesMet"') as type`)).rows).toEqual([{ type: null }]);
      });
    } finally {
      await db.drop();
    }
  });
});
