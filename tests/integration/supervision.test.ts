// Coaches' monthly supervision: recording (own profile only, dates checked, one per day),
// deleting one's own records, a coach's own attendance, and the programme admins' view of every
// coach's attendance and who missed last month.
import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/domain/roles";
import { refusal } from "../support/refusal";
import { setUpApp } from "../support/app";

const { prisma, make } = await setUpApp();
const { recordSupervision, deleteSupervisionRecord } = await import("@/lib/server/supervision/record-supervision");
const { loadOwnSupervision, listSupervisionAttendance } = await import("@/lib/server/supervision/load-supervision");

// Monday 23 November 2026, 10:00 UTC: "last month" is October 2026.
const NOW = new Date("2026-11-23T10:00:00Z");

/** An approved coach (approved in January 2025 unless told). */
const coach = (options: { approvedAt?: Date; timeZone?: string; name?: string } = {}) =>
  make.coach({
    name: options.name,
    timeZone: options.timeZone ?? "UTC",
    capacity: 1,
    reviewedAt: options.approvedAt ?? new Date("2025-01-10T00:00:00Z"),
  });

describe("recording supervision", () => {
  it("records a session on the coach's own profile, with an audit row", async () => {
    const c = await coach();
    const { recordId } = await recordSupervision(
      prisma,
      c,
      { heldOn: "2026-10-14", supervisor: "  Dr Lina Haddad ", attended: true },
      NOW,
    );
    const row = await prisma.supervisionRecord.findUniqueOrThrow({ where: { id: recordId } });
    expect([row.coachProfileId, row.heldOn.toISOString(), row.supervisor, row.attended]).toEqual([
      c.profileId,
      "2026-10-14T00:00:00.000Z",
      "Dr Lina Haddad",
      true,
    ]);
    expect(
      await prisma.auditLog.count({ where: { targetType: "SupervisionRecord", targetId: recordId, actorId: c.id } }),
    ).toBe(1);
  });

  it("refuses future dates (in the coach's own time zone), dates two years back, impossible dates, a blank supervisor and a second record on one day", async () => {
    const c = await coach({ timeZone: "Pacific/Auckland" });
    // 23 Nov 10:00 UTC is already 23 Nov 23:00 in Auckland: the 23rd is today there, the 24th is not.
    await recordSupervision(prisma, c, { heldOn: "2026-11-23", supervisor: "A", attended: true }, NOW);
    expect(
      await refusal(recordSupervision(prisma, c, { heldOn: "2026-11-24", supervisor: "A", attended: true }, NOW)),
    ).toBe("supervisionDateFuture");
    expect(
      await refusal(recordSupervision(prisma, c, { heldOn: "2024-10-01", supervisor: "A", attended: true }, NOW)),
    ).toBe("supervisionDateTooOld");
    expect(
      await refusal(recordSupervision(prisma, c, { heldOn: "2026-02-30", supervisor: "A", attended: true }, NOW)),
    ).toBe("supervisionDateRequired");
    expect(
      await refusal(recordSupervision(prisma, c, { heldOn: "2026-10-01", supervisor: "   ", attended: true }, NOW)),
    ).toBe("supervisorRequired");
    expect(
      await refusal(recordSupervision(prisma, c, { heldOn: "2026-11-23", supervisor: "B", attended: false }, NOW)),
    ).toBe("supervisionDuplicate");
    expect(await prisma.supervisionRecord.count({ where: { coachProfileId: c.profileId } })).toBe(1);
  });

  it("is for coaches only; a coach deletes their own records, never another's", async () => {
    const a = await coach();
    const b = await coach();
    const { recordId } = await recordSupervision(
      prisma,
      a,
      { heldOn: "2026-10-02", supervisor: "S", attended: true },
      NOW,
    );
    for (const role of ["client", "sponsor", "hr_reviewer", "programme_admin"] as const) {
      expect(
        await refusal(
          recordSupervision(
            prisma,
            { id: a.id, roles: [role] },
            { heldOn: "2026-10-03", supervisor: "S", attended: true },
            NOW,
          ),
        ),
      ).toBe("forbidden");
    }
    expect(await refusal(deleteSupervisionRecord(prisma, b, { recordId }))).toBe("notFound");
    expect(await prisma.supervisionRecord.count({ where: { id: recordId } })).toBe(1);
    await deleteSupervisionRecord(prisma, a, { recordId });
    expect(await prisma.supervisionRecord.count({ where: { id: recordId } })).toBe(0);
  });
});

describe("attendance", () => {
  it("shows a coach their own months and whether they missed last month", async () => {
    const c = await coach();
    await recordSupervision(prisma, c, { heldOn: "2026-09-09", supervisor: "S", attended: true }, NOW);
    await recordSupervision(prisma, c, { heldOn: "2026-10-14", supervisor: "S", attended: false }, NOW);
    const own = await loadOwnSupervision(prisma, c, NOW);
    expect(own.lastMonthMissed).toBe(true);
    expect(own.months.map((m) => m.state).slice(-2)).toEqual(["attended", "missed"]);
    expect(own.lastAttended?.toISOString()).toBe("2026-09-09T00:00:00.000Z");
    expect(own.records.map((r) => r.heldOn.toISOString().slice(0, 10))).toEqual(["2026-10-14", "2026-09-09"]);
    expect(await refusal(loadOwnSupervision(prisma, { id: c.id, roles: ["client"] }, NOW))).toBe("forbidden");
  });

  it("shows programme admins every approved coach, those who missed last month first, not counting new coaches", async () => {
    const attended = await coach({ name: "Ana Attended" });
    const missed = await coach({ name: "Mo Missed" });
    const fresh = await coach({ name: "Nia New", approvedAt: new Date("2026-11-05T00:00:00Z") });
    await recordSupervision(prisma, attended, { heldOn: "2026-10-20", supervisor: "S", attended: true }, NOW);
    await recordSupervision(prisma, missed, { heldOn: "2026-09-20", supervisor: "S", attended: true }, NOW);
    const admin = { id: "admin", roles: ["programme_admin"] as Role[] };
    const list = await listSupervisionAttendance(prisma, admin, NOW);
    expect(list.month).toEqual({ year: 2026, month: 9 });
    const byId = new Map(list.coaches.map((c) => [c.coachProfileId, c]));
    expect(byId.get(attended.profileId)?.lastMonthMissed).toBe(false);
    expect(byId.get(missed.profileId)?.lastMonthMissed).toBe(true);
    expect(byId.get(fresh.profileId)?.lastMonthMissed).toBe(false);
    expect(byId.get(fresh.profileId)?.months.at(-1)?.state).toBe("notDue");
    expect(list.missedCount).toBe(list.coaches.filter((c) => c.lastMonthMissed).length);
    const firstNotMissed = list.coaches.findIndex((c) => !c.lastMonthMissed);
    expect(list.coaches.slice(firstNotMissed).every((c) => !c.lastMonthMissed)).toBe(true);
    for (const role of ["coach", "hr_reviewer", "sponsor", "client"] as const) {
      expect(await refusal(listSupervisionAttendance(prisma, { roles: [role] }, NOW))).toBe("forbidden");
    }
  });
});
