// The coach directory's query: approved and open coaches only (isListed()), by name.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { isListed } from "@/lib/domain/coach-lifecycle";
import type { Availability, CoachStatus } from "@/lib/generated/prisma/enums";
import { createTestDatabase, type TestDatabase } from "../support/database";

let db: TestDatabase;
let prisma: Db;
let outboxDir: string;
// Revocation kicks the outbox worker, which reads DATABASE_URL when first used.
let listDirectoryCoaches: typeof import("@/lib/server/coaches/list-directory-coaches").listDirectoryCoaches;
let revokeCoachApproval: typeof import("@/lib/server/credentials/revoke-coach-approval").revokeCoachApproval;
let kickOutbox: typeof import("@/lib/server/outbox-worker").kickOutbox;
let hr: { id: string; roles: ["hr_reviewer"] };
const ids: Record<string, string> = {};

async function coach(name: string, status: CoachStatus, availability: Availability = "open", disabled = false) {
  const u = await prisma.user.create({
    data: {
      email: `${name.toLowerCase().replace(/\W+/g, ".")}@example.org`,
      name,
      languages: ["en", "fr"],
      disabledAt: disabled ? new Date() : null,
      entity: { connectOrCreate: { where: { code: "OCHA" }, create: { code: "OCHA", nameEn: "OCHA", nameFr: "BCAH" } } },
      dutyStation: { connectOrCreate: { where: { code: "GVA" }, create: { code: "GVA", nameEn: "Geneva", nameFr: "Genève", timeZone: "Europe/Zurich" } } },
      roles: { create: { role: "coach" } },
      coachProfile: {
        create: {
          status,
          availability,
          capacity: 2,
          expertiseAreas: ["career", "leadership"],
          coachingLanguages: ["fr"],
          credentialKind: "icf_pcc",
          bioEn: `${name} in English`,
          bioFr: `${name} en français`,
          submittedAt: status === "draft" ? null : new Date(),
        },
      },
    },
    include: { coachProfile: true },
  });
  ids[name] = u.coachProfile!.id;
}

beforeAll(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
  outboxDir = mkdtempSync(path.join(os.tmpdir(), "binome-outbox-"));
  process.env.DATABASE_URL = db.url;
  process.env.OUTBOX_DIR = outboxDir;
  ({ listDirectoryCoaches } = await import("@/lib/server/coaches/list-directory-coaches"));
  ({ revokeCoachApproval } = await import("@/lib/server/credentials/revoke-coach-approval"));
  ({ kickOutbox } = await import("@/lib/server/outbox-worker"));
  const h = await prisma.user.create({ data: { email: "hr@example.org", roles: { create: { role: "hr_reviewer" } } } });
  hr = { id: h.id, roles: ["hr_reviewer"] };
  // Created out of name order, so the test sees the ordering.
  await coach("Zoe Open", "approved");
  await coach("Ana Open", "approved");
  await coach("Mia Open", "approved");
  await coach("Paul Paused", "approved", "paused");
  await coach("Sara Submitted", "submitted");
  await coach("Carl Changes", "changes_requested");
  await coach("Rita Rejected", "rejected");
  await coach("Victor Revoked", "revoked");
  await coach("Dora Draft", "draft");
  await coach("Dan Disabled", "approved", "open", true);
});
afterAll(async () => {
  await kickOutbox?.();
  await db?.drop();
  if (outboxDir) rmSync(outboxDir, { recursive: true, force: true });
});

describe("the coach directory", () => {
  it("lists approved coaches who are taking clients, by name, with what the directory shows", async () => {
    const coaches = await listDirectoryCoaches(prisma);
    expect(coaches.map((c) => c.name)).toEqual(["Ana Open", "Mia Open", "Zoe Open"]);
    expect(coaches[0]).toEqual({
      id: ids["Ana Open"],
      name: "Ana Open",
      entity: { code: "OCHA", nameEn: "OCHA", nameFr: "BCAH" },
      dutyStation: { code: "GVA", nameEn: "Geneva", nameFr: "Genève" },
      languages: ["en", "fr"],
      coachingLanguages: ["fr"],
      expertiseAreas: ["career", "leadership"],
      capacity: 2,
      bioEn: "Ana Open in English",
      bioFr: "Ana Open en français",
      approachEn: null,
      approachFr: null,
    });
  });

  it("follows isListed(): paused, submitted, changes requested, rejected, revoked and draft coaches are not listed", async () => {
    const listed = new Set((await listDirectoryCoaches(prisma)).map((c) => c.id));
    const profiles = await prisma.coachProfile.findMany({ include: { user: true } });
    for (const p of profiles) {
      const expected = isListed({ status: p.status, availability: p.availability }) && !p.user.disabledAt;
      expect(listed.has(p.id), p.user.name!).toBe(expected);
    }
    for (const name of ["Paul Paused", "Sara Submitted", "Carl Changes", "Rita Rejected", "Victor Revoked", "Dora Draft", "Dan Disabled"]) {
      expect(listed.has(ids[name]), name).toBe(false);
    }
  });

  it("pages with take and skip", async () => {
    expect((await listDirectoryCoaches(prisma, { take: 2 })).map((c) => c.name)).toEqual(["Ana Open", "Mia Open"]);
    expect((await listDirectoryCoaches(prisma, { take: 2, skip: 2 })).map((c) => c.name)).toEqual(["Zoe Open"]);
  });

  it("drops a coach right after their approval is revoked", async () => {
    await revokeCoachApproval(prisma, hr, { profileId: ids["Mia Open"], reason: "Credential lapsed." });
    expect((await listDirectoryCoaches(prisma)).map((c) => c.name)).toEqual(["Ana Open", "Zoe Open"]);
  });
});
