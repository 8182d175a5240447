// The demo's group supervision: Carlos and Isabelle Moreau are supervisors, a past session with its
// attendance, an upcoming one with Carlos registered; a second run the same day changes no row.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { localFolderStorage } from "../../lib/storage/local-folder-storage";
import { seedDatabase } from "../../prisma/seed/seed";
import { setUpTestDatabase } from "../support/app";

const db = await setUpTestDatabase();
const dir = mkdtempSync(path.join(os.tmpdir(), "binome-seed-supervision-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const TODAY = new Date("2026-11-15T09:00:00Z");

it("seeds supervisors, a held session with attendance and an upcoming one with Carlos registered, once", async () => {
  const storage = localFolderStorage(dir);
  await seedDatabase(db.prisma, TODAY, { storage });
  const snapshot = async () => ({
    sessions: await db.prisma.supervisionSession.findMany({ orderBy: { id: "asc" } }),
    seats: await db.prisma.supervisionRegistration.findMany({ orderBy: { id: "asc" } }),
    records: await db.prisma.supervisionRecord.findMany({ where: { source: "group" }, orderBy: { id: "asc" } }),
    supervisors: await db.prisma.matchingProfile.findMany({
      where: { supervisorSince: { not: null } },
      select: { id: true, updatedAt: true, user: { select: { email: true } } },
      orderBy: { id: "asc" },
    }),
  });
  const first = await snapshot();
  expect(first.supervisors.map((s) => s.user.email)).toContain("carlos.coach@example.org");
  expect(first.sessions.map((s) => [s.id, s.status])).toEqual([
    ["seed_supervision_led", "scheduled"],
    ["seed_supervision_next", "scheduled"],
    ["seed_supervision_past", "held"],
  ]);
  expect(first.records.map((r) => r.attended).sort()).toEqual([false, true, true]);
  expect(first.records.every((r) => r.heldOn.toISOString() === "2026-10-27T00:00:00.000Z")).toBe(true);
  const carlos = await db.prisma.matchingProfile.findFirstOrThrow({
    where: { kind: "coach", user: { email: "carlos.coach@example.org" } },
  });
  expect(first.seats.some((s) => s.sessionId === "seed_supervision_next" && s.coachProfileId === carlos.id)).toBe(true);
  await seedDatabase(db.prisma, TODAY, { storage });
  expect(await snapshot()).toEqual(first);
});
