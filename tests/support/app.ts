// One line at the top of an integration test file gives it its own database for the whole file,
// with factories on it, and drops it after the last test:
//
//   const { prisma, make } = await setUpTestDatabase();      // the database only
//
//   const { prisma, make } = await setUpApp();                // the app's own modules use it too
//   const { requestMatch } = await import("@/lib/server/requests/request-match");
//
// The app's modules read DATABASE_URL, OUTBOX_DIR, UPLOADS_DIR and NEXTAUTH_URL once, when first
// used: setUpApp() sets them to the test's database and throw-away folders, so import the app's
// modules with `await import(…)` after it (never with a static import, which runs first).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach } from "vitest";
import { createPrismaClient, type Db } from "../../lib/db/client";
import { createAppTestDatabase, createTestDatabase, type TestDatabase } from "./database";
import { factories, type Factories } from "./factories";
import { installRequestScope, resetRequest, signIn, signOut } from "./sign-in";

export type TestSetup = TestDatabase & { make: Factories };

/** The file's own migrated, empty database (PostgreSQL with TEST_DATABASE_URL, else in-memory PGlite). */
export async function setUpTestDatabase(): Promise<TestSetup> {
  const db = await createTestDatabase();
  afterAll(() => db.drop());
  return { ...db, make: factories(db.prisma) };
}

export type AppSetup = TestSetup & {
  outboxDir: string;
  uploadsDir: string;
  /** Signs a person in for the actions and routes called next (needs `requests: true`). */
  signIn: (person: { id: string }) => Promise<string>;
  signOut: () => void;
  /**
   * Runs the calls side by side, each on its own connection, on PostgreSQL, where races are real.
   * The embedded PGlite runs one session: there the calls queue on one connection.
   */
  inParallel: <T>(work: ((client: Db) => Promise<T>)[]) => Promise<PromiseSettledResult<T>[]>;
};

export async function setUpApp(
  options: {
    /** The app's public URL, in links of e-mails. */
    appUrl?: string;
    /** Further settings the app reads (e.g. TRUST_PROXY). */
    env?: Record<string, string>;
    /** Server actions or route handlers are called: give them a request (installRequestScope). */
    requests?: boolean;
  } = {},
): Promise<AppSetup> {
  const db = await createAppTestDatabase(options.appUrl);
  const uploadsDir = mkdtempSync(path.join(os.tmpdir(), "binome-uploads-"));
  process.env.UPLOADS_DIR = uploadsDir;
  Object.assign(process.env, options.env);
  if (options.requests) installRequestScope();
  // Deliveries run in the background after a change: each test waits for its own.
  const { kickOutbox } = await import("../../lib/server/outbox-worker");
  afterEach(async () => {
    resetRequest();
    await kickOutbox();
  });
  afterAll(async () => {
    await kickOutbox();
    await db.drop();
    rmSync(uploadsDir, { recursive: true, force: true });
  });
  return {
    ...db,
    make: factories(db.prisma),
    uploadsDir,
    signIn: (person) => {
      if (!options.requests) throw new Error("setUpApp({ requests: true }) is needed to sign in");
      return signIn(db.prisma, person);
    },
    signOut,
    inParallel: async (work) => {
      const clients = Array.from({ length: db.kind === "postgresql" ? work.length : 1 }, () =>
        createPrismaClient(db.url, { max: 1 }),
      );
      try {
        await Promise.all(clients.map((c) => c.$queryRaw`select 1`)); // connect first
        return await Promise.allSettled(work.map((w, i) => w(clients[i % clients.length])));
      } finally {
        await Promise.all(clients.map((c) => c.$disconnect()));
      }
    },
  };
}
