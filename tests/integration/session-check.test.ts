// Who is signed in, read from the session cookie in one SQL statement, and what happens when the database
// cannot be reached: never "signed out" (getServerSession answered no session then), but a
// DatabaseUnavailableError, an action answer that says so in the person's language, and the
// process's health flag that proxy.ts reads — set by the data layer, cleared by its probe.
import { describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { DatabaseUnavailableError } from "@/lib/db/errors";
import { databaseUnavailableSince, markDatabaseReachable } from "@/lib/db/health";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { z } from "zod";
import { setUpApp } from "../support/app";
import { watchDriverQueries } from "../support/driver-queries";
import { request } from "../support/sign-in";

const { prisma, make, signIn } = await setUpApp({ requests: true });
const { getCurrentUser } = await import("@/lib/server/auth/current-user");
const { runAction } = await import("@/lib/actions/run-action");
const { db } = await import("@/lib/server/db");
const { SESSION_MAX_AGE_SECONDS, sessionCookieName } = await import("@/lib/server/auth/sessions");

/** Runs `work` while the app's database client points at a server that is not there. */
async function withDatabaseAway<T>(work: () => Promise<T>): Promise<T> {
  const app = globalThis as unknown as { binomePrisma?: Db };
  const real = db();
  const away = createPrismaClient("postgresql://postgres@127.0.0.1:1/binome", { watchHealth: true });
  app.binomePrisma = away;
  try {
    return await work();
  } finally {
    app.binomePrisma = real;
    await away.$disconnect();
  }
}

describe("the session check", () => {
  it("finds the signed-in person and their roles in one SQL statement", async () => {
    const amina = await make.person({ name: "Amina Diallo", roles: ["client", "mentee"] });
    await signIn(amina);
    // Every statement the database driver sends (a Prisma read with nested relations sends one per table).
    const { result: user, queries } = await watchDriverQueries(() => getCurrentUser());
    expect(user).toMatchObject({ id: amina.id, name: "Amina Diallo", preferredLanguage: "en" });
    expect(user?.roles).toEqual(["client", "mentee"]);
    expect(queries).toHaveLength(1);
  });

  it("gives a person without roles an empty list", async () => {
    const rita = await make.person({ roles: [] });
    await signIn(rita);
    expect((await getCurrentUser())?.roles).toEqual([]);
  });

  it("counts no cookie, an unknown token, an expired session and a disabled person as signed out", async () => {
    expect(await getCurrentUser()).toBeNull();
    request.cookies.set(sessionCookieName(), "no-such-session");
    expect(await getCurrentUser()).toBeNull();
    const sam = await make.person({ roles: ["sponsor"] });
    const token = await signIn(sam);
    await prisma.session.update({ where: { sessionToken: token }, data: { expires: new Date(Date.now() - 1000) } });
    expect(await getCurrentUser()).toBeNull();
    const gone = await make.person({ roles: ["client"] });
    await signIn(gone);
    await prisma.user.update({ where: { id: gone.id }, data: { disabledAt: new Date() } });
    expect(await getCurrentUser()).toBeNull();
  });

  it("moves a session's expiry forward once a day while it is used, as next-auth does", async () => {
    const carla = await make.person({ roles: ["client"] });
    const token = await signIn(carla);
    const soon = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000);
    await prisma.session.update({ where: { sessionToken: token }, data: { expires: soon } });
    expect((await getCurrentUser())?.id).toBe(carla.id);
    const { expires } = await prisma.session.findUniqueOrThrow({ where: { sessionToken: token } });
    expect(expires.getTime()).toBeGreaterThan(Date.now() + (SESSION_MAX_AGE_SECONDS - 60) * 1000);
  });
});

describe("a database that cannot be reached", () => {
  it("is never taken for signed out: the session check throws, the action says so, the session survives", async () => {
    const hana = await make.person({ name: "Hana Kim", roles: ["hr_reviewer"], preferredLanguage: "fr" });
    const token = await signIn(hana);
    request.cookies.set("NEXT_LOCALE", "fr");
    let verbRan = false;
    const verb = async () => {
      verbRan = true;
    };
    try {
      await withDatabaseAway(async () => {
        await expect(getCurrentUser()).rejects.toBeInstanceOf(DatabaseUnavailableError);
        // The data layer set the flag: proxy.ts answers 503 from now on, and actions do not even try.
        expect(databaseUnavailableSince()).not.toBeNull();
        expect(await runAction(z.object({}), {}, verb)).toEqual({ ok: false, error: fr.errors.serviceUnavailable });
      });
      expect(verbRan).toBe(false);
    } finally {
      markDatabaseReachable();
    }
    // Back: the same cookie, the same person.
    expect((await getCurrentUser())?.id).toBe(hana.id);
    expect(await prisma.session.count({ where: { sessionToken: token } })).toBe(1);
  });

  it("says so in the person's language when it goes in the middle of an action", async () => {
    const ade = await make.person({ roles: ["client"] });
    await signIn(ade);
    request.headers = new Headers({ "accept-language": "en-GB" });
    const result = await runAction(z.object({}), {}, async () => {
      throw new Error("Connection terminated unexpectedly");
    });
    expect(result).toEqual({ ok: false, error: en.errors.serviceUnavailable });
  });

  it("is watched by a probe that clears the flag as soon as the database answers", async () => {
    await withDatabaseAway(async () => {
      await expect(db().user.count()).rejects.toThrow();
      expect(databaseUnavailableSince()).not.toBeNull();
    });
    // The probe connects to the address that failed: nothing there, the flag stays.
    await new Promise((r) => setTimeout(r, 500));
    expect(databaseUnavailableSince()).not.toBeNull();
    // Any answer from the app's database clears it at once.
    await db().user.count();
    expect(databaseUnavailableSince()).toBeNull();
  });
});
