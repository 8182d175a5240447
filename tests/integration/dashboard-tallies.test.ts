// The cohort dashboard's sessions and feedback come from tallies the database keeps itself
// (CohortSessionTally, CohortFeedbackTally, kept by triggers). Whatever changes — a session held
// or rescheduled, an evaluation given or removed, an engagement ended or removed, a client moving to
// another entity, an enrolment — the dashboard must show what a count from scratch of the raw
// rows shows, for every filter, and the tallies must equal a tally rebuilt from scratch.
import { beforeAll, describe, expect, it } from "vitest";
import { loadCohortDashboard } from "@/lib/server/dashboard/load-cohort-dashboard";
import type { DashboardFilter } from "@/lib/validation/programmes";
import { setUpTestDatabase } from "../support/app";
import { expectDashboardEqualsFromScratch as expectFromScratch } from "../support/dashboard-from-scratch";

const { prisma, make } = await setUpTestDatabase();

const NOW = new Date("2026-04-15T12:00:00Z");
const ADMIN = { roles: ["programme_admin" as const] };
const cohortDates = { startsOn: new Date("2026-02-01"), endsOn: new Date("2026-07-31") };
const FILTERS: DashboardFilter[] = [
  { entity: null, station: null },
  { entity: "TONE", station: null },
  { entity: "TTWO", station: null },
  { entity: "TONE", station: "TNY" },
  { entity: null, station: "TGV" },
];
const at = (iso: string) => new Date(`${iso}T10:00:00Z`);

let cohortId: string;
let programmeId: string;
const ids: Record<string, string> = {};
const engagementIds: Record<string, string> = {};
const sessions: Record<string, string[]> = {};

async function expectDashboardEqualsFromScratch() {
  await expectFromScratch(prisma, { id: cohortId, dates: cohortDates }, FILTERS, { now: NOW, allCohorts: true });
}

async function giveFeedback(sessionId: string, author: string, usefulness: number, helped: string[]) {
  return prisma.sessionFeedback.create({ data: { sessionId, authorId: ids[author], usefulness, helped } });
}

beforeAll(async () => {
  const place = async (code: string, kind: "entity" | "station") =>
    kind === "entity"
      ? (await make.entity({ code, nameEn: code, nameFr: code })).id
      : (await make.dutyStation({ code, nameEn: code, nameFr: code, timeZone: "UTC" })).id;
  ids.TONE = await place("TONE", "entity");
  ids.TTWO = await place("TTWO", "entity");
  ids.TNY = await place("TNY", "station");
  ids.TGV = await place("TGV", "station");
  programmeId = (
    await make.programme({
      slug: "tally-coaching",
      type: "coaching",
      nameEn: "Coaching",
      nameFr: "Coaching",
      descriptionEn: "…",
      descriptionFr: "…",
    })
  ).id;
  cohortId = (
    await make.cohort({
      programmeId,
      slug: "tally-2026",
      nameEn: "Tally 2026",
      nameFr: "Décompte 2026",
      ...cohortDates,
      enrolmentOpensOn: new Date("2026-01-05"),
      enrolmentClosesOn: new Date("2026-02-15"),
      seats: 20,
      status: "running",
    })
  ).id;
  const person = async (key: string, entity: string, station: string, role: "client" | "coach") => {
    ids[key] = (
      await make.person({
        email: `tally-${key}@example.org`,
        name: `Tally ${key}`,
        entityId: ids[entity],
        dutyStationId: ids[station],
        roles: [role],
        ...(role === "client" ? { enrolIn: cohortId } : {}),
      })
    ).id;
  };
  await person("a", "TONE", "TNY", "client");
  await person("b", "TONE", "TNY", "client");
  await person("c", "TONE", "TGV", "client");
  await person("d", "TTWO", "TGV", "client");
  await person("k", "TTWO", "TNY", "coach");
  ids.kProfile = (await make.profile(ids.k, { capacity: 5 })).id;
  for (const client of ["a", "b", "c", "d"]) {
    const e = await make.engagement({
      programmeId,
      cohortId,
      profileId: ids.kProfile,
      seekerId: ids[client],
      status: "active",
      startedAt: at("2026-02-01"),
      sessions: ["02", "03", "04", "05", "06", "07"].map((m, i) => ({
        status: i < 2 ? ("completed" as const) : ("planned" as const),
        suggestedAt: at(`2026-${m}-10`),
        startsAt: i < 2 ? at(`2026-${m}-10`) : null,
        completedAt: i < 2 ? at(`2026-${m}-10`) : null,
      })),
    });
    engagementIds[client] = e.id;
    sessions[client] = e.sessions.map((s) => s.id);
  }
  for (const client of ["a", "b", "c", "d"]) {
    await giveFeedback(sessions[client][0], client, 4, ["listening", "tools"]);
    await giveFeedback(sessions[client][0], "k", 5, []);
    await giveFeedback(sessions[client][1], client, 3, ["questions"]);
  }
});

describe("the dashboard's tallies", () => {
  it("start equal to a count from scratch", async () => {
    await expectDashboardEqualsFromScratch();
    const d = await loadCohortDashboard(prisma, ADMIN, cohortId, FILTERS[0], { now: NOW });
    expect(d!.figures!.sessions.held).toBe(8);
    expect(d!.figures!.feedback.overall.answers).toBe(12);
  });

  it("follow a session held, one missed and one rescheduled to another month", async () => {
    await prisma.engagementSession.update({
      where: { id: sessions.a[2] },
      data: { status: "completed", startsAt: at("2026-04-02"), completedAt: at("2026-04-02") },
    });
    await prisma.engagementSession.update({ where: { id: sessions.d[2] }, data: { status: "missed" } });
    await prisma.engagementSession.update({
      where: { id: sessions.b[3] },
      data: { status: "scheduled", startsAt: at("2026-06-28") },
    });
    // A change that the figures do not read leaves the tallies alone (and equal).
    await prisma.engagementSession.update({ where: { id: sessions.c[3] }, data: { reminderSentAt: NOW } });
    await expectDashboardEqualsFromScratch();
    const d = await loadCohortDashboard(prisma, ADMIN, cohortId, FILTERS[0], { now: NOW });
    expect(d!.figures!.sessions.held).toBe(9);
    expect(d!.figures!.sessions.missed).toBe(1);
  });

  it("follow an evaluation given, changed and removed", async () => {
    const given = await giveFeedback(sessions.a[2], "a", 2, ["action_plan"]);
    await giveFeedback(sessions.a[2], "k", 4, ["listening"]);
    await prisma.sessionFeedback.update({
      where: { id: given.id },
      data: { usefulness: 5, helped: ["tools", "tools", "questions"] },
    });
    const removed = await giveFeedback(sessions.d[1], "k", 1, ["questions"]);
    await prisma.sessionFeedback.delete({ where: { id: removed.id } });
    await expectDashboardEqualsFromScratch();
    const d = await loadCohortDashboard(prisma, ADMIN, cohortId, FILTERS[0], { now: NOW });
    expect(d!.figures!.feedback.overall.answers).toBe(14);
  });

  it("follow an engagement ended early: its sessions still to hold are no longer planned", async () => {
    await prisma.engagement.update({
      where: { id: engagementIds.c },
      data: { status: "ended", endedAt: NOW, endedById: ids.c, endReason: "Moved away" },
    });
    await prisma.engagementSession.update({ where: { id: sessions.c[2] }, data: { status: "cancelled" } });
    await expectDashboardEqualsFromScratch();
    const d = await loadCohortDashboard(prisma, ADMIN, cohortId, FILTERS[0], { now: NOW });
    expect(d!.figures!.sessions.planned).toBe(24 - 4);
  });

  it("follow a client who moves to another entity and duty station", async () => {
    await prisma.user.update({ where: { id: ids.b }, data: { entityId: ids.TTWO, dutyStationId: ids.TGV } });
    await expectDashboardEqualsFromScratch();
    const d = await loadCohortDashboard(prisma, ADMIN, cohortId, { entity: "TONE", station: "TNY" }, { now: NOW });
    expect(d!.figures!.sessions.planned).toBe(6);
  });

  it("follow a new enrolment and its engagement, then an engagement and a session removed", async () => {
    ids.e = (
      await make.person({
        email: "tally-e@example.org",
        name: "Tally e",
        entityId: ids.TONE,
        dutyStationId: ids.TGV,
        roles: ["client"],
        enrolIn: cohortId,
      })
    ).id;
    const e = await make.engagement({
      programmeId,
      cohortId,
      profileId: ids.kProfile,
      seekerId: ids.e,
      status: "active",
      startedAt: at("2026-03-01"),
      sessions: [
        {
          status: "completed",
          suggestedAt: at("2026-03-05"),
          startsAt: at("2026-03-05"),
          completedAt: at("2026-03-05"),
        },
        { status: "planned", suggestedAt: at("2026-04-20") },
      ],
    });
    await giveFeedback(e.sessions[0].id, "e", 5, ["encouragement"]);
    await expectDashboardEqualsFromScratch();
    await prisma.engagementSession.delete({ where: { id: sessions.a[0] } });
    await prisma.engagement.delete({ where: { id: engagementIds.d } });
    await expectDashboardEqualsFromScratch();
    const d = await loadCohortDashboard(prisma, ADMIN, cohortId, FILTERS[0], { now: NOW });
    expect(d!.figures!.funnel.enrolled).toBe(5);
  });

  it("hide feedback given by fewer than three people, however many answers", async () => {
    // Only a's engagement is left in TONE / TNY: a and the coach answer, two people.
    await prisma.engagementSession.update({
      where: { id: sessions.a[3] },
      data: { status: "completed", startsAt: at("2026-04-10"), completedAt: at("2026-04-10") },
    });
    await giveFeedback(sessions.a[3], "a", 4, ["tools"]);
    await giveFeedback(sessions.a[3], "k", 4, ["tools"]);
    await giveFeedback(sessions.a[1], "k", 2, []);
    await expectDashboardEqualsFromScratch();
    const d = await loadCohortDashboard(prisma, ADMIN, cohortId, FILTERS[3], { now: NOW });
    expect(d!.figures!.feedback.overall).toMatchObject({ answers: 6, visible: false, meanUsefulness: null });
    const all = await loadCohortDashboard(prisma, ADMIN, cohortId, FILTERS[0], { now: NOW });
    expect(all!.figures!.feedback.overall.visible).toBe(true);
  });
});
