// The cohort dashboard against a cohort seeded with known numbers: every figure it shows is
// checked against the numbers worked out by hand below, and against an independent count made
// from the raw rows (Prisma reads + the definitions of lib/domain/cohort-figures.ts), for several
// filters. Then who may read it, and the CSV files.
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import {
  bucketCounts,
  CREDENTIAL_DECISION_WINDOW_DAYS,
  CREDENTIAL_WAIT_BOUNDS_DAYS,
  DAY_MS,
  aggregateFeedback as aggregateAnswers,
  coachLoad,
  cohortProgress,
  completionRate,
  countByStatus,
  funnelCounts,
  helpedCounts,
  median,
  PENDING_AGE_BOUNDS_DAYS,
  monthKeyOf,
  seatFigures,
  sessionsByMonth,
  sessionsPastEnd,
  supervisionAttendance,
  supervisionMonths,
  timeToMatchDays,
  utilisation,
} from "@/lib/domain/cohort-figures";
import { feedbackVisible, HELPED_CHOICES } from "@/lib/domain/feedback";
import type { Role } from "@/lib/domain/roles";
import { buildDashboardTables } from "@/lib/server/dashboard/build-dashboard-tables";
import { tableToCsv } from "@/lib/server/dashboard/format-csv";
import { loadCohortDashboard, type CohortDashboard } from "@/lib/server/dashboard/load-cohort-dashboard";
import { readAlone } from "@/lib/server/dashboard/read-alone";
import { Prisma } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/server/errors";
import type { DashboardFilter } from "@/lib/validation/programmes";
import { setUpTestDatabase } from "../support/app";

const { prisma, make } = await setUpTestDatabase();

const NOW = new Date("2026-04-15T12:00:00Z");
const T0 = new Date("2026-02-02T09:00:00Z");
const day = (n: number, from = T0) => new Date(from.getTime() + n * DAY_MS);
const at = (iso: string) => new Date(`${iso}T10:00:00Z`);
const ADMIN: { roles: Role[] } = { roles: ["programme_admin"] };
const HR: { roles: Role[] } = { roles: ["hr_reviewer"] };
const NO_FILTER: DashboardFilter = { entity: null, station: null };
const cohortDates = { startsOn: new Date("2026-02-01"), endsOn: new Date("2026-07-31") };
const REASON_CLIENT = "Moved to another duty station";
const REASON_COACH = 'New assignment, "urgent"; we agreed to stop.\nThanks, Élodie';

let cohortId: string;
const ids: Record<string, string> = {};

// --- the cohort, worked out by hand ----------------------------------------------------------------
// Places: c1 E1/BKK; c2–c5, c9–c12 E1/NYC; c6, c7, c8, c13 E2/GVA.
// Seats 12: c1–c8 and c13 enrolled (9), c9 offered, c10 and c11 waitlisted, c12 withdrawn.
// Requests: c1–c4 and c13 matched (2, 4, 6, 8 and 3 days after the request), c5 and c6 still open
// (1 and 10 days old), c7 exhausted; c8 matched without a request; c12 none.
// Engagements: c1 completed (k1), c2 active (k1), c3 ended by the client (k1), c4 active (k2),
// c8 active (k3), c13 ended by the coach (k4). Capacities: k1 3, k2 2, k3 1, k4 2.

async function place(code: string, kind: "entity" | "station") {
  if (kind === "entity") return (await make.entity({ code, nameEn: `${code} entity`, nameFr: `Entité ${code}` })).id;
  return (await make.dutyStation({ code, nameEn: `${code} city`, nameFr: `Ville ${code}`, timeZone: "UTC" })).id;
}

async function person(key: string, entityId: string, dutyStationId: string, role: Role) {
  const { id } = await make.person({
    email: `${key}@example.org`,
    name: `Person ${key}`,
    entityId,
    dutyStationId,
    appointmentType: "permanent",
    roles: [role],
  });
  ids[key] = id;
  return id;
}

async function coach(
  key: string,
  entityId: string,
  dutyStationId: string,
  capacity: number,
  status: "approved" | "submitted" | "changes_requested" | "draft",
  submittedDaysAgo: number | null,
  reviewedDaysAgo: number | null,
) {
  const userId = await person(key, entityId, dutyStationId, "coach");
  const cp = await make.profile(userId, {
    status,
    availability: "open",
    capacity,
    submittedAt: submittedDaysAgo === null ? null : day(-submittedDaysAgo, NOW),
    reviewedAt: reviewedDaysAgo === null ? null : day(-reviewedDaysAgo, NOW),
  });
  ids[`${key}:profile`] = cp.id;
  return cp.id;
}

type SessionSpec = {
  status: "planned" | "proposed" | "scheduled" | "completed" | "missed" | "cancelled";
  suggested: string;
  startsAt?: string;
};

async function engagement(
  client: string,
  coachKey: string,
  spec: {
    requestDaysAfterT0?: number;
    matchedAfterDays?: number;
    status: "active" | "ended" | "completed";
    endedBy?: "client" | "coach";
    reason?: string;
    sessions: SessionSpec[];
  },
) {
  let requestId: string | null = null;
  let startedAt = day(20);
  if (spec.requestDaysAfterT0 !== undefined) {
    const created = day(spec.requestDaysAfterT0);
    const r = await make.request({
      programmeId: ids.programme,
      cohortId,
      seekerId: ids[client],
      message: "Hello",
      status: "accepted",
      createdAt: created,
      choices: [],
    });
    requestId = r.id;
    startedAt = day(spec.matchedAfterDays!, created);
  }
  const e = await make.engagement({
    programmeId: ids.programme,
    cohortId,
    profileId: ids[`${coachKey}:profile`],
    seekerId: ids[client],
    requestId,
    status: spec.status,
    startedAt,
    endedAt: spec.status === "active" ? null : day(60),
    completedAt: spec.status === "completed" ? day(160) : null,
    endReason: spec.reason ?? null,
    endedById: spec.endedBy === "client" ? ids[client] : spec.endedBy === "coach" ? ids[coachKey] : null,
    sessions: spec.sessions.map((s) => ({
      status: s.status,
      suggestedAt: at(s.suggested),
      startsAt: s.startsAt ? at(s.startsAt) : null,
      completedAt: s.status === "completed" ? at(s.startsAt ?? s.suggested) : null,
    })),
  });
  ids[`${client}:engagement`] = e.id;
  return e.sessions.map((s) => s.id);
}

const planned = (months: string[], dayOfMonth: string): SessionSpec[] =>
  months.map((m) => ({ status: "planned", suggested: `2026-${m}-${dayOfMonth}` }));
const MONTHS = ["02", "03", "04", "05", "06", "07"];

async function feedback(sessionId: string, author: string, usefulness: number, helped: string[]) {
  await prisma.sessionFeedback.create({
    data: { sessionId, authorId: ids[author], usefulness, helped, comment: "private words" },
  });
}

beforeAll(async () => {
  const [e1, e2] = [await place("EONE", "entity"), await place("ETWO", "entity")];
  const [nyc, gva, bkk] = [await place("XNY", "station"), await place("XGV", "station"), await place("XBK", "station")];
  const programme = await make.programme({
    slug: "coaching",
    type: "coaching",
    nameEn: "Coaching",
    nameFr: "Coaching",
    descriptionEn: "…",
    descriptionFr: "…",
  });
  ids.programme = programme.id;
  const cohortData = (slug: string) => ({
    programmeId: programme.id,
    slug,
    nameEn: `Cohort ${slug}`,
    nameFr: `Cohorte ${slug}`,
    startsOn: new Date("2026-02-01"),
    endsOn: new Date("2026-07-31"),
    enrolmentOpensOn: new Date("2026-01-05"),
    enrolmentClosesOn: new Date("2026-02-15"),
    seats: 12,
    status: "running" as const,
  });
  cohortId = (await make.cohort(cohortData("spring-2026"))).id;
  const other = (await make.cohort(cohortData("other"))).id;

  await person("c1", e1, bkk, "client");
  for (const k of ["c2", "c3", "c4", "c5", "c9", "c10", "c11", "c12"]) await person(k, e1, nyc, "client");
  for (const k of ["c6", "c7", "c8", "c13", "noise"]) await person(k, e2, gva, "client");
  await coach("k1", e1, nyc, 3, "approved", 30, 25);
  await coach("k2", e2, gva, 2, "approved", 40, 38);
  await coach("k3", e1, nyc, 1, "approved", 200, 190);
  await coach("k4", e2, gva, 2, "approved", 12, 4);
  await coach("p1", e1, nyc, 1, "submitted", 3, null);
  await coach("p2", e2, gva, 1, "submitted", 20, null);
  await coach("p3", e1, nyc, 1, "changes_requested", 9, 8);
  await coach("p4", e1, nyc, 1, "draft", null, null);

  const enrol = (key: string, status: "enrolled" | "offered" | "waitlisted" | "withdrawn", cohort = cohortId) =>
    make.enrol({ cohortId: cohort, userId: ids[key], role: "client", status });
  for (const k of ["c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c13"]) await enrol(k, "enrolled");
  await enrol("c9", "offered");
  await enrol("c10", "waitlisted");
  await enrol("c11", "waitlisted");
  await enrol("c12", "withdrawn");

  const c1 = await engagement("c1", "k1", {
    requestDaysAfterT0: 0,
    matchedAfterDays: 2,
    status: "completed",
    sessions: MONTHS.map((m) => ({ status: "completed", suggested: `2026-${m}-08`, startsAt: `2026-${m}-10` })),
  });
  const c2 = await engagement("c2", "k1", {
    requestDaysAfterT0: 0,
    matchedAfterDays: 4,
    status: "active",
    sessions: [
      { status: "completed", suggested: "2026-02-12", startsAt: "2026-02-12" },
      { status: "completed", suggested: "2026-03-12", startsAt: "2026-03-12" },
      { status: "missed", suggested: "2026-04-12", startsAt: "2026-04-12" },
      { status: "scheduled", suggested: "2026-05-10", startsAt: "2026-05-12" },
      { status: "planned", suggested: "2026-06-12" },
      { status: "planned", suggested: "2026-07-12" },
    ],
  });
  const c3 = await engagement("c3", "k1", {
    requestDaysAfterT0: 1,
    matchedAfterDays: 6,
    status: "ended",
    endedBy: "client",
    reason: REASON_CLIENT,
    sessions: [
      { status: "completed", suggested: "2026-02-15", startsAt: "2026-02-15" },
      { status: "cancelled", suggested: "2026-03-15" },
      ...planned(["04", "05", "06", "07"], "15"),
    ],
  });
  await engagement("c4", "k2", {
    requestDaysAfterT0: 0,
    matchedAfterDays: 8,
    status: "active",
    sessions: planned(MONTHS, "24"),
  });
  // c8: proposed time in March although the plan suggested late February; no request.
  await engagement("c8", "k3", {
    status: "active",
    sessions: [
      { status: "proposed", suggested: "2026-02-25", startsAt: "2026-03-01" },
      ...planned(["03", "04", "05", "06", "07"], "25"),
    ],
  });
  await engagement("c13", "k4", {
    requestDaysAfterT0: 0,
    matchedAfterDays: 3,
    status: "ended",
    endedBy: "coach",
    reason: REASON_COACH,
    sessions: planned(MONTHS, "20"),
  });

  const request = (client: string, status: "open" | "exhausted", createdAt: Date) =>
    make.request({
      programmeId: programme.id,
      cohortId,
      seekerId: ids[client],
      message: "Hi",
      status,
      createdAt,
      choices: [],
    });
  await request("c5", "open", day(-1, NOW));
  await request("c6", "open", day(-10, NOW));
  await request("c7", "exhausted", day(3));

  // Feedback: 11 answers from c1, c2, c3 and k1.
  await feedback(c1[0], "c1", 5, ["listening"]);
  await feedback(c1[0], "k1", 4, ["listening", "questions"]);
  await feedback(c2[0], "c2", 4, ["tools"]);
  await feedback(c2[0], "k1", 3, []);
  await feedback(c3[0], "c3", 2, ["listening"]);
  for (const [i, u] of [5, 4, 5, 5, 4].entries()) await feedback(c1[i + 1], "c1", u, ["action_plan"]);
  await feedback(c2[1], "c2", 3, ["questions"]);
  // Closing evaluations: two answers (hidden).
  await prisma.closingEvaluation.create({
    data: {
      engagementId: ids["c1:engagement"],
      authorId: ids.c1,
      usefulness: 5,
      objectivesMet: "yes",
      wouldRecommend: true,
    },
  });
  await prisma.closingEvaluation.create({
    data: {
      engagementId: ids["c1:engagement"],
      authorId: ids.k1,
      usefulness: 4,
      objectivesMet: "partly",
      wouldRecommend: true,
    },
  });

  // Supervision: k1 attended in February and March (and in April, not complete yet), k2 in
  // February (and in January, before the cohort), k3 recorded March as missed, k4 nothing.
  const supervision = (coachKey: string, heldOn: string, attended = true) =>
    prisma.supervisionRecord.create({
      data: {
        coachProfileId: ids[`${coachKey}:profile`],
        heldOn: new Date(heldOn),
        supervisor: "Dr Supervisor",
        attended,
      },
    });
  await supervision("k1", "2026-02-15");
  await supervision("k1", "2026-03-15");
  await supervision("k1", "2026-04-02");
  await supervision("k2", "2026-01-20");
  await supervision("k2", "2026-02-18");
  await supervision("k3", "2026-03-11", false);

  // Noise in another cohort of the same programme: none of it may count.
  await enrol("noise", "enrolled", other);
  const noise = await make.engagement({
    programmeId: programme.id,
    cohortId: other,
    profileId: ids["k1:profile"],
    seekerId: ids.noise,
    status: "active",
    startedAt: day(5),
    sessions: [{ status: "completed", suggestedAt: at("2026-02-20"), completedAt: at("2026-02-20") }],
  });
  const ns = noise.sessions[0];
  await prisma.sessionFeedback.create({
    data: { sessionId: ns.id, authorId: ids.noise, usefulness: 1, helped: ["tools"] },
  });
  await make.request({
    programmeId: programme.id,
    cohortId: other,
    seekerId: ids.noise,
    message: "x",
    status: "open",
    createdAt: day(-20, NOW),
    choices: [],
  });
});

const load = async (filter: DashboardFilter = NO_FILTER, actor = ADMIN) =>
  (await loadCohortDashboard(prisma, actor, cohortId, filter, { now: NOW }))!;

// --- an independent count from the raw rows -----------------------------------------------------

async function countIndependently(filter: DashboardFilter) {
  const wanted = (u: { entity: { code: string } | null; dutyStation: { code: string } | null }) =>
    (!filter.entity || u.entity?.code === filter.entity) && (!filter.station || u.dutyStation?.code === filter.station);
  const place = { entity: { select: { code: true } }, dutyStation: { select: { code: true } } } as const;
  const enrolments = (
    await prisma.cohortEnrolment.findMany({ where: { cohortId }, include: { user: { select: place } } })
  ).filter((e) => wanted(e.user));
  const requests = (
    await prisma.matchRequest.findMany({ where: { cohortId }, include: { seeker: { select: place } } })
  ).filter((r) => wanted(r.seeker));
  const engagements = (
    await prisma.engagement.findMany({
      where: { cohortId },
      include: {
        seeker: { select: place },
        request: true,
        profile: true,
        sessions: { include: { feedback: true } },
        closingEvaluations: true,
      },
    })
  ).filter((e) => wanted(e.seeker));
  const coaches = new Map<string, { active: number; capacity: number }>();
  for (const e of engagements) {
    const c = coaches.get(e.profileId) ?? { active: 0, capacity: e.profile.capacity };
    if (e.status === "active") c.active++;
    coaches.set(e.profileId, c);
  }
  const seated = enrolments.filter((e) => e.status === "enrolled");
  const answers = engagements.flatMap((e) => e.sessions.flatMap((s) => s.feedback));
  const waits = requests
    .filter((r) => r.status === "open")
    .map((r) => (NOW.getTime() - r.createdAt.getTime()) / DAY_MS);
  const matchTimes = engagements
    .filter((e) => e.request)
    .map((e) => timeToMatchDays(e.request!.createdAt, e.startedAt));
  return {
    seats: seatFigures(12, countByStatus(enrolments.map((e) => e.status))),
    funnel: funnelCounts(
      seated.map((s) => ({
        requested: requests.some((r) => r.seekerId === s.userId),
        matched: engagements.some((e) => e.seekerId === s.userId),
        completed: engagements.some((e) => e.seekerId === s.userId && e.status === "completed"),
      })),
    ),
    timeToMatch: { matched: matchTimes.length, medianDays: median(matchTimes) },
    pendingByAge: bucketCounts(waits, PENDING_AGE_BOUNDS_DAYS),
    sessionsByMonth: sessionsByMonth(
      engagements.flatMap((e) => e.sessions.map((session) => ({ session, engagementStatus: e.status }))),
      cohortDates,
      NOW,
    ),
    outcomes: {
      active: engagements.filter((e) => e.status === "active").length,
      completed: engagements.filter((e) => e.status === "completed").length,
      ended: engagements.filter((e) => e.status === "ended").length,
    },
    utilisation: utilisation([...coaches.values()]),
    loads: [...coaches.values()].map((c) => coachLoad(c.active, c.capacity)),
    feedback: aggregateAnswers(answers),
    helped: helpedCounts(answers, HELPED_CHOICES),
    closingAnswers: engagements.flatMap((e) => e.closingEvaluations).length,
    supervision: supervisionAttendance(
      supervisionMonths(cohortDates, NOW),
      await Promise.all(
        [...new Set(engagements.map((e) => e.profileId))].map(async (coachProfileId) => ({
          since: new Date(
            Math.min(...engagements.filter((e) => e.profileId === coachProfileId).map((e) => e.startedAt.getTime())),
          ),
          attendedMonths: (await prisma.supervisionRecord.findMany({ where: { coachProfileId, attended: true } })).map(
            (r) => monthKeyOf(r.heldOn),
          ),
        })),
      ),
    ),
    endings: engagements.filter((e) => e.status === "ended").map((e) => e.endReason),
  };
}

function expectMatchesIndependentCount(d: CohortDashboard, x: Awaited<ReturnType<typeof countIndependently>>) {
  const f = d.figures!;
  expect(f.seats).toEqual(x.seats);
  expect(f.funnel).toEqual(x.funnel);
  expect(f.timeToMatch.matched).toBe(x.timeToMatch.matched);
  if (x.timeToMatch.medianDays === null) expect(f.timeToMatch.medianDays).toBeNull();
  else expect(f.timeToMatch.medianDays).toBeCloseTo(x.timeToMatch.medianDays, 6);
  expect(f.pending.byAge).toEqual(x.pendingByAge);
  expect(f.sessionsByMonth).toEqual(x.sessionsByMonth);
  expect({ active: f.outcomes.active, completed: f.outcomes.completed, ended: f.outcomes.ended }).toEqual(x.outcomes);
  expect(f.completionRate).toBe(completionRate(x.outcomes));
  expect(f.progress).toEqual(cohortProgress({ ...cohortDates, status: "running" }, NOW, x.sessionsByMonth, x.outcomes));
  expect(f.pastEnd).toEqual({ ...sessionsPastEnd(x.sessionsByMonth), endsOn: cohortDates.endsOn });
  expect(f.coaches.utilisation).toBe(x.utilisation);
  expect(f.coaches.coaches).toBe(x.loads.length);
  for (const load of ["full", "partly", "free"] as const)
    expect(f.coaches.byLoad[load]).toBe(x.loads.filter((l) => l === load).length);
  expect(f.feedback.overall).toEqual(x.feedback);
  expect(f.feedback.helped).toEqual(x.feedback.visible ? x.helped : null);
  expect(f.feedback.closing.answers).toBe(x.closingAnswers);
  expect(f.earlyEndings.map((e) => e.reason).sort()).toEqual([...x.endings].sort());
  expect(f.supervision.months).toEqual(x.supervision);
}

// --- tests --------------------------------------------------------------------------------------

describe("the cohort dashboard's figures", () => {
  it("shows the numbers worked out by hand for the whole cohort", async () => {
    const f = (await load()).figures!;
    expect(f.seats).toEqual({ seats: 12, held: 10, enrolled: 9, offered: 1, waitlisted: 2, withdrawn: 1 });
    expect(f.funnel).toEqual({ enrolled: 9, requested: 9, matched: 6, completed: 1 });
    expect(f.funnelRates.matched).toBeCloseTo(6 / 9);
    // Requests to matches: 2, 3, 4, 6 and 8 days.
    expect(f.timeToMatch.matched).toBe(5);
    expect(f.timeToMatch.medianDays).toBeCloseTo(4, 6);
    expect(f.timeToMatch.p90Days).toBeCloseTo(7.2, 6);
    expect(f.pending).toEqual({ total: 2, oldestDays: 10, byAge: [1, 0, 1, 0] });
    expect(f.sessionsByMonth).toEqual([
      { month: "2026-02", planned: 4, held: 3, missed: 0, due: 4, pastEnd: 0 },
      { month: "2026-03", planned: 5, held: 2, missed: 0, due: 5, pastEnd: 0 },
      { month: "2026-04", planned: 4, held: 1, missed: 1, due: 2, pastEnd: 0 },
      { month: "2026-05", planned: 4, held: 1, missed: 0, due: 1, pastEnd: 0 },
      { month: "2026-06", planned: 4, held: 1, missed: 0, due: 1, pastEnd: 0 },
      { month: "2026-07", planned: 4, held: 1, missed: 0, due: 1, pastEnd: 0 },
    ]);
    expect(f.sessions).toEqual({ held: 9, planned: 25, missed: 1, heldRate: 9 / 25 });
    // On 15 April the cohort runs: its progress, not a completion rate. Due by then: every session
    // of February and March, and those already marked held or missed.
    expect(f.progress).toEqual({
      kind: "progress",
      held: 9,
      due: 14,
      share: 9 / 14,
      active: 3,
      completed: 1,
      ended: 2,
    });
    expect(f.pastEnd).toEqual({ sessions: 0, lastMonth: null, endsOn: cohortDates.endsOn });
    expect(f.outcomes).toEqual({
      active: 3,
      completed: 1,
      ended: 2,
      endedByClient: 1,
      endedByCoach: 1,
      endedByOther: 0,
    });
    expect(f.completionRate).toBeCloseTo(1 / 3);
    // Most recent first; both ended the same day, so in the order of their ids.
    const endings = [
      {
        id: ids["c3:engagement"],
        row: { endedAt: day(60), endedBy: "client", sessionsHeld: 1, reason: REASON_CLIENT },
      },
      { id: ids["c13:engagement"], row: { endedAt: day(60), endedBy: "coach", sessionsHeld: 0, reason: REASON_COACH } },
    ];
    expect(f.earlyEndings).toEqual(endings.sort((a, b) => (a.id < b.id ? -1 : 1)).map((e) => e.row));
    expect(f.coaches).toEqual({
      coaches: 4,
      activeClients: 3,
      capacity: 8,
      utilisation: 3 / 8,
      byLoad: { full: 1, partly: 2, free: 1 },
    });
    // Complete months of the cohort by 15 April: February and March; four coaches due in each.
    expect(f.supervision).toEqual({
      months: [
        { month: "2026-02", due: 4, attended: 2 },
        { month: "2026-03", due: 4, attended: 1 },
      ],
      due: 8,
      attended: 3,
      rate: 3 / 8,
    });
    // Feedback: 11 answers from 4 people; the introduction has 5 answers from 4 people, the other sessions fewer than 5.
    expect(f.feedback.overall).toEqual({ answers: 11, visible: true, meanUsefulness: 4, usefulness: [0, 1, 2, 4, 4] });
    expect(f.feedback.bySession[0]).toEqual({
      stepKey: "coaching.intro",
      answers: 5,
      visible: true,
      meanUsefulness: 3.6,
      usefulness: [0, 1, 1, 2, 1],
    });
    expect(
      f.feedback.bySession.slice(1).map((g) => [g.stepKey, g.answers, g.visible, g.meanUsefulness, g.usefulness]),
    ).toEqual([
      ["coaching.session-1", 2, false, null, null],
      ["coaching.session-2", 1, false, null, null],
      ["coaching.session-3", 1, false, null, null],
      ["coaching.session-4", 1, false, null, null],
      ["coaching.session-5", 1, false, null, null],
    ]);
    expect(f.feedback.helped).toEqual({
      listening: 3,
      questions: 2,
      new_perspective: 0,
      tools: 1,
      action_plan: 5,
      encouragement: 0,
    });
    expect(f.feedback.closing).toEqual({
      answers: 2,
      visible: false,
      meanUsefulness: null,
      objectivesMet: null,
      wouldRecommend: null,
    });
  });

  it("filtered by the clients' entity and duty station", async () => {
    const e1 = (await load({ entity: "EONE", station: null })).figures!;
    expect(e1.seats).toEqual({ seats: 12, held: 6, enrolled: 5, offered: 1, waitlisted: 2, withdrawn: 1 });
    expect(e1.funnel).toEqual({ enrolled: 5, requested: 5, matched: 4, completed: 1 });
    expect(e1.timeToMatch.medianDays).toBeCloseTo(5, 6);
    expect(e1.pending.byAge).toEqual([1, 0, 0, 0]);
    expect(e1.sessions).toMatchObject({ planned: 19, held: 9, missed: 1 });
    expect(e1.outcomes).toMatchObject({ active: 2, completed: 1, ended: 1, endedByClient: 1, endedByCoach: 0 });
    expect(e1.coaches).toMatchObject({ coaches: 2, activeClients: 2, capacity: 5, utilisation: 0.4 });

    const e2 = (await load({ entity: "ETWO", station: "XGV" })).figures!;
    expect(e2.funnel).toEqual({ enrolled: 4, requested: 4, matched: 2, completed: 0 });
    expect(e2.completionRate).toBe(0);
    expect(e2.feedback.overall).toEqual({ answers: 0, visible: false, meanUsefulness: null, usefulness: null });
    expect(e2.earlyEndings.map((e) => e.reason)).toEqual([REASON_COACH]);
    expect(e2.supervision).toMatchObject({ due: 4, attended: 0, rate: 0 });
  });

  it("never shows feedback that comes from too few people, even with five answers or more", async () => {
    // Only c1 works from Bangkok: 7 answers, but from two people (c1 and their coach).
    const f = (await load({ entity: null, station: "XBK" })).figures!;
    expect(f.feedback.overall).toEqual({ answers: 7, visible: false, meanUsefulness: null, usefulness: null });
    expect(feedbackVisible({ answers: 7, people: 2 })).toBe(false);
    expect(f.feedback.helped).toBeNull();
    expect(f.feedback.bySession.every((g) => !g.visible && g.meanUsefulness === null)).toBe(true);
  });

  it.each([
    ["no filter", NO_FILTER],
    ["entity EONE", { entity: "EONE", station: null }],
    ["entity ETWO", { entity: "ETWO", station: null }],
    ["duty station XNY", { entity: null, station: "XNY" }],
    ["EONE in XBK", { entity: "EONE", station: "XBK" }],
    ["an unknown entity", { entity: "NOPE", station: null }],
  ] as [string, DashboardFilter][])("agrees with an independent count of the raw rows (%s)", async (_label, filter) => {
    expectMatchesIndependentCount(await load(filter), await countIndependently(filter));
  });

  it("gives the credential queue's figures, filtered by the coaches' place", async () => {
    const q = (await load()).credentialQueue;
    // Waiting: p1 for 3 days, p2 for 20. Decisions of the last 90 days: 5, 2, 8 and 1 days (k3's is older).
    expect(q).toEqual({
      waiting: 2,
      medianWaitDays: 11.5,
      oldestWaitDays: 20,
      byWait: [1, 0, 1, 0],
      changesRequested: 1,
      decisions: 4,
      medianDecisionDays: 3.5,
    });
    expect(CREDENTIAL_WAIT_BOUNDS_DAYS).toEqual([7, 14, 28]);
    expect(CREDENTIAL_DECISION_WINDOW_DAYS).toBe(90);
    const e2 = (await load({ entity: "ETWO", station: null })).credentialQueue;
    expect(e2).toEqual({
      waiting: 1,
      medianWaitDays: 20,
      oldestWaitDays: 20,
      byWait: [0, 0, 1, 0],
      changesRequested: 0,
      decisions: 2,
      medianDecisionDays: 5,
    });
  });
});

describe("a cohort whose coaches start late, with sessions at the edges of a month", () => {
  // Cohort February–July seen on 15 June: complete months February to May. Coach kA's client
  // starts in February, kB's in April (kB attended supervision in March, before being due, and
  // twice in May). Sessions at 23:30 on 31 March and 00:30 on 1 April (UTC). One seated client
  // asked for nothing.
  const LATE_NOW = new Date("2026-06-15T12:00:00Z");
  let lateId: string;

  beforeAll(async () => {
    const entityId = (await make.entity({ code: "ELATE", nameEn: "Late", nameFr: "Tardive" })).id;
    const stationId = (
      await make.dutyStation({ code: "XLT", nameEn: "Late city", nameFr: "Ville tardive", timeZone: "UTC" })
    ).id;
    lateId = (
      await make.cohort({
        programmeId: ids.programme,
        slug: "late-2026",
        nameEn: "Late",
        nameFr: "Tardive",
        startsOn: new Date("2026-02-01"),
        endsOn: new Date("2026-07-31"),
        enrolmentOpensOn: new Date("2026-01-05"),
        enrolmentClosesOn: new Date("2026-02-15"),
        seats: 5,
        status: "running",
      })
    ).id;
    for (const k of ["l1", "l2", "l3"]) {
      await person(k, entityId, stationId, "client");
      await make.enrol({ cohortId: lateId, userId: ids[k], role: "client", status: "enrolled" });
    }
    await coach("kA", entityId, stationId, 2, "approved", null, null);
    await coach("kB", entityId, stationId, 2, "approved", null, null);
    const start = async (
      client: string,
      coachKey: string,
      startedAt: string,
      sessions: { status: "completed" | "planned"; at: string }[],
    ) => {
      const r = await make.request({
        programmeId: ids.programme,
        cohortId: lateId,
        seekerId: ids[client],
        message: "Hi",
        status: "accepted",
        createdAt: new Date("2026-02-02T09:00:00Z"),
        choices: [],
      });
      await make.engagement({
        programmeId: ids.programme,
        cohortId: lateId,
        profileId: ids[`${coachKey}:profile`],
        seekerId: ids[client],
        requestId: r.id,
        status: "active",
        startedAt: new Date(startedAt),
        sessions: sessions.map((s) => ({
          status: s.status,
          suggestedAt: new Date(s.at),
          startsAt: s.status === "completed" ? new Date(s.at) : null,
          completedAt: s.status === "completed" ? new Date(s.at) : null,
        })),
      });
    };
    await start("l1", "kA", "2026-02-10T10:00:00Z", [
      { status: "completed", at: "2026-03-31T23:30:00Z" },
      { status: "planned", at: "2026-04-01T00:30:00Z" },
      { status: "planned", at: "2026-07-31T23:30:00Z" },
    ]);
    await start("l2", "kB", "2026-04-10T10:00:00Z", [
      { status: "completed", at: "2026-04-30T23:59:00Z" },
      { status: "planned", at: "2026-08-03T10:00:00Z" },
    ]);
    const supervision = (coachKey: string, heldOn: string, attended = true) =>
      prisma.supervisionRecord.create({
        data: {
          coachProfileId: ids[`${coachKey}:profile`],
          heldOn: new Date(heldOn),
          supervisor: "Dr Supervisor",
          attended,
        },
      });
    await supervision("kA", "2026-02-20");
    await supervision("kA", "2026-04-20", false);
    await supervision("kB", "2026-03-05");
    await supervision("kB", "2026-04-15");
    await supervision("kB", "2026-05-04");
    await supervision("kB", "2026-05-25");
  });

  it("counts coaches due from the month their first engagement began, and each coach once a month", async () => {
    const f = (await loadCohortDashboard(prisma, ADMIN, lateId, NO_FILTER, { now: LATE_NOW }))!.figures!;
    expect(f.supervision.months).toEqual([
      { month: "2026-02", due: 1, attended: 1 },
      { month: "2026-03", due: 1, attended: 0 },
      { month: "2026-04", due: 2, attended: 1 },
      { month: "2026-05", due: 2, attended: 1 },
    ]);
    const attendedMonths = async (key: string) =>
      (
        await prisma.supervisionRecord.findMany({ where: { coachProfileId: ids[`${key}:profile`], attended: true } })
      ).map((r) => monthKeyOf(r.heldOn));
    expect(f.supervision.months).toEqual(
      supervisionAttendance(supervisionMonths(cohortDates, LATE_NOW), [
        { since: new Date("2026-02-10T10:00:00Z"), attendedMonths: await attendedMonths("kA") },
        { since: new Date("2026-04-10T10:00:00Z"), attendedMonths: await attendedMonths("kB") },
      ]),
    );
  });

  it("puts each session in its UTC month, and counts a seated client who asked for nothing", async () => {
    const f = (await loadCohortDashboard(prisma, ADMIN, lateId, NO_FILTER, { now: LATE_NOW }))!.figures!;
    expect(f.sessionsByMonth).toEqual([
      { month: "2026-03", planned: 1, held: 1, missed: 0, due: 1, pastEnd: 0 },
      { month: "2026-04", planned: 2, held: 1, missed: 0, due: 2, pastEnd: 0 },
      { month: "2026-07", planned: 1, held: 0, missed: 0, due: 0, pastEnd: 0 },
      { month: "2026-08", planned: 1, held: 0, missed: 0, due: 0, pastEnd: 1 },
    ]);
    expect(f.funnel).toEqual({ enrolled: 3, requested: 2, matched: 2, completed: 0 });
  });

  it("flags the sessions planned after the cohort's last day (31 July, a session at 23:30 that day is not)", async () => {
    const f = (await loadCohortDashboard(prisma, ADMIN, lateId, NO_FILTER, { now: LATE_NOW }))!.figures!;
    expect(f.pastEnd).toEqual({ sessions: 1, lastMonth: "2026-08", endsOn: new Date("2026-07-31") });
    expect(f.progress).toEqual({ kind: "progress", held: 2, due: 3, share: 2 / 3, active: 2, completed: 0, ended: 0 });
    // Seen after its end, with engagements still active: still progress, never a completion rate of 0 %.
    const later = (await loadCohortDashboard(prisma, ADMIN, lateId, NO_FILTER, { now: new Date("2026-09-01") }))!
      .figures!;
    expect(later.progress).toMatchObject({ kind: "progress", held: 2, due: 5, active: 2 });
    expect(later.pastEnd.sessions).toBe(1);
  });
});

describe("who may read the dashboard", () => {
  it("gives programme admins everything, HR reviewers the credential queue only, and refuses anyone else", async () => {
    const admin = await load(NO_FILTER, ADMIN);
    expect(admin.access).toBe("full");
    expect(admin.figures).not.toBeNull();
    const hr = await load(NO_FILTER, HR);
    expect(hr.access).toBe("credentialQueue");
    expect(hr.figures).toBeNull();
    expect(hr.credentialQueue.waiting).toBe(2);
    expect(
      buildDashboardTables(
        hr,
        (k) => k,
        (s) => s,
      ).map((t) => t.key),
    ).toEqual(["credentials"]);
    for (const roles of [["client"], ["coach"], ["mentor"], ["mentee"], ["sponsor"], []] as Role[][]) {
      await expect(loadCohortDashboard(prisma, { roles }, cohortId, NO_FILTER, { now: NOW })).rejects.toEqual(
        new DomainError("forbidden"),
      );
    }
  });

  it("answers null for a cohort that does not exist", async () => {
    expect(await loadCohortDashboard(prisma, ADMIN, "no-such-cohort", NO_FILTER)).toBeNull();
  });
});

describe("the CSV files", () => {
  it("carry exactly the table shown, quoted properly, UTF-8 with a byte-order mark", async () => {
    const d = await load();
    const tables = buildDashboardTables(
      d,
      (key, values) => `${key}${values ? JSON.stringify(values) : ""}`,
      (s) => `Step ${s}`,
    );
    const endings = tables.find((t) => t.key === "endings")!;
    const csv = tableToCsv(endings, "en");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows: string[][] = parse(csv.slice(1));
    expect(rows[0]).toEqual([
      "tables.endings.when",
      "tables.endings.endedBy",
      "tables.endings.sessionsHeld",
      "tables.endings.reason",
    ]);
    expect(
      rows
        .slice(1)
        .map((r) => r[3])
        .sort(),
    ).toEqual([REASON_CLIENT, REASON_COACH].sort());
    expect(rows.slice(1).every((r) => r[0] === day(60).toISOString().slice(0, 10))).toBe(true);
    expect(csv).toContain('"New assignment, ""urgent""; we agreed to stop.\nThanks, Élodie"');

    const sessions = tables.find((t) => t.key === "sessions")!;
    const en: string[][] = parse(tableToCsv(sessions, "en").slice(1));
    expect(en[1]).toEqual(["2026-02", "4", "3", "0", "75"]);
    const fr: string[][] = parse(tableToCsv(sessions, "fr").slice(1), { delimiter: ";" });
    expect(fr[3]).toEqual(["2026-04", "4", "1", "1", "25"]);
    const funnelFr: string[][] = parse(
      tableToCsv(
        tables.find((t) => t.key === "funnel")!,
        "fr",
      ).slice(1),
      { delimiter: ";" },
    );
    expect(funnelFr[3]).toEqual(["funnel.matched", "6", "66,7"]);
  });

  it("defuses text a spreadsheet would run as a formula", async () => {
    const csv = tableToCsv(
      {
        key: "endings",
        title: "x",
        columns: [{ label: "Reason", kind: "text" }],
        rows: [['=HYPERLINK("http://x")'], ["-1+2"], ["fine"]],
      },
      "en",
    );
    const rows: string[][] = parse(csv.slice(1));
    expect(rows.map((r) => r[0])).toEqual(["Reason", '\'=HYPERLINK("http://x")', "'-1+2", "fine"]);
  });
});

describe("a cohort with a client matched twice, a request sent twice and a pairing that did not fit", () => {
  // Cohort February–July seen on 15 April. r1 (ETHREE) was matched with k5, the engagement ended
  // early by a programme admin, then matched again with k5 from a second request and completed;
  // r2 (ETHREE) sent two requests, none matched; r3 (ETHREE) was matched without a request and the
  // pairing ended after the introduction as not a fit; r4 (EFOUR) holds a seat and asked for
  // nothing. Each person counts once in the funnel, whatever their number of requests and
  // engagements; the ending by the admin counts as "someone else"; the pairing that did not fit
  // is no early ending.
  let twiceId: string;
  const engagementIds: string[] = [];
  const reload = async (filter: DashboardFilter = NO_FILTER) =>
    (await loadCohortDashboard(prisma, ADMIN, twiceId, filter, { now: NOW }))!.figures!;

  beforeAll(async () => {
    const [e3, e4, par] = [
      await place("ETHREE", "entity"),
      await place("EFOUR", "entity"),
      await place("XPA", "station"),
    ];
    twiceId = (
      await make.cohort({
        programmeId: ids.programme,
        slug: "twice-2026",
        nameEn: "Cohort twice",
        nameFr: "Cohorte deux fois",
        startsOn: cohortDates.startsOn,
        endsOn: cohortDates.endsOn,
        enrolmentOpensOn: new Date("2026-01-05"),
        enrolmentClosesOn: new Date("2026-02-15"),
        seats: 6,
        status: "running",
      })
    ).id;
    for (const k of ["r1", "r2", "r3"]) await person(k, e3, par, "client");
    await person("r4", e4, par, "client");
    const admin = await person("adm5", e4, par, "programme_admin");
    await coach("k5", e4, par, 2, "approved", 30, 25);
    for (const k of ["r1", "r2", "r3", "r4"])
      await make.enrol({ cohortId: twiceId, userId: ids[k], role: "client", status: "enrolled" });
    const request = (k: string, status: "accepted" | "open" | "exhausted", createdAt: Date) =>
      make.request({
        programmeId: ids.programme,
        cohortId: twiceId,
        seekerId: ids[k],
        message: "Hello",
        status,
        createdAt,
        choices: [],
      });
    const first = await request("r1", "accepted", day(0));
    const second = await request("r1", "accepted", day(40));
    await request("r2", "open", day(10));
    await request("r2", "exhausted", day(1));
    const base = { programmeId: ids.programme, cohortId: twiceId, profileId: ids["k5:profile"] };
    const ended = await make.engagement({
      ...base,
      seekerId: ids.r1,
      requestId: first.id,
      status: "ended",
      startedAt: day(2),
      endedAt: day(30),
      endReason: "Stopped by the programme",
      endedById: admin,
    });
    const completed = await make.engagement({
      ...base,
      seekerId: ids.r1,
      requestId: second.id,
      status: "completed",
      startedAt: day(44),
      endedAt: day(60),
      completedAt: day(60),
    });
    const notAFit = await make.engagement({
      ...base,
      seekerId: ids.r3,
      status: "ended",
      startedAt: day(5),
      endedAt: day(12),
      endedById: ids.r3,
      endedAsNotAFit: true,
    });
    engagementIds.push(ended.id, completed.id, notAFit.id);
  });

  it("counts each person once in the funnel and tells who ended each engagement", async () => {
    const f = await reload();
    expect(f.funnel).toEqual({ enrolled: 4, requested: 3, matched: 2, completed: 1 });
    expect(f.outcomes).toEqual({
      active: 0,
      completed: 1,
      ended: 1,
      endedByClient: 0,
      endedByCoach: 0,
      endedByOther: 1,
    });
    // From each request to its own engagement: 2 and 4 days.
    expect(f.timeToMatch).toEqual({ matched: 2, medianDays: 3, p90Days: expect.closeTo(3.8, 6) });
    expect(f.coaches).toEqual({
      coaches: 1,
      activeClients: 0,
      capacity: 2,
      utilisation: 0,
      byLoad: { full: 0, partly: 0, free: 1 },
    });
    // k5 is due from February (its first engagement of the cohort), in February and March.
    expect(f.supervision).toMatchObject({ due: 2, attended: 0, rate: 0 });
  });

  it("filtered by the clients' entity", async () => {
    const e3 = await reload({ entity: "ETHREE", station: null });
    expect(e3.funnel).toEqual({ enrolled: 3, requested: 3, matched: 2, completed: 1 });
    expect(e3.outcomes).toMatchObject({ completed: 1, ended: 1, endedByOther: 1 });
    expect(e3.coaches).toMatchObject({ coaches: 1, capacity: 2 });
    const e4 = await reload({ entity: "EFOUR", station: "XPA" });
    expect(e4.funnel).toEqual({ enrolled: 1, requested: 0, matched: 0, completed: 0 });
    expect(e4.outcomes).toEqual({
      active: 0,
      completed: 0,
      ended: 0,
      endedByClient: 0,
      endedByCoach: 0,
      endedByOther: 0,
    });
    expect(e4.timeToMatch).toEqual({ matched: 0, medianDays: null, p90Days: null });
    expect(e4.coaches).toMatchObject({ coaches: 0, capacity: 0, utilisation: null });
    expect(e4.supervision).toMatchObject({ due: 0, attended: 0, rate: null });
  });

  it("shows closing evaluations only once at least five answers come from at least three people", async () => {
    const [ended, completed, notAFit] = engagementIds;
    const close = (engagementId: string, author: string, usefulness: number, objectivesMet: "yes" | "partly" | "no") =>
      prisma.closingEvaluation.create({
        data: { engagementId, authorId: ids[author], usefulness, objectivesMet, wouldRecommend: usefulness >= 4 },
      });
    // Five answers from two people (r1 and their coach k5): hidden.
    await close(ended, "r1", 2, "no");
    await close(ended, "k5", 3, "partly");
    await close(completed, "r1", 5, "yes");
    await close(completed, "k5", 4, "yes");
    await close(notAFit, "k5", 1, "no");
    expect((await reload()).feedback.closing).toEqual({
      answers: 5,
      visible: false,
      meanUsefulness: null,
      objectivesMet: null,
      wouldRecommend: null,
    });
    // A third person (r3) answers: shown, whole and for ETHREE; nothing for EFOUR.
    await close(notAFit, "r3", 3, "partly");
    const shown = {
      answers: 6,
      visible: true,
      meanUsefulness: 18 / 6,
      objectivesMet: { yes: 2, partly: 2, no: 2 },
      wouldRecommend: 2,
    };
    expect((await reload()).feedback.closing).toEqual(shown);
    expect((await reload({ entity: "ETHREE", station: null })).feedback.closing).toEqual(shown);
    expect((await reload({ entity: "EFOUR", station: null })).feedback.closing).toMatchObject({
      answers: 0,
      visible: false,
    });
  });
});

describe("the dashboard's passes over a whole cohort (readAlone)", () => {
  it("run in a read-only transaction whose settings last only as long as it does", async () => {
    const setting = (name: string) => Prisma.sql`select current_setting(${name}) as value`;
    const before = await prisma.$queryRaw<{ value: string }[]>(setting("work_mem"));
    const inside = await readAlone<{ value: string }>(prisma, setting("work_mem"), {
      workMem: "32MB",
      mergeJoins: true,
    });
    expect(inside).toEqual([{ value: "32MB" }]);
    expect(await readAlone<{ value: string }>(prisma, setting("max_parallel_workers_per_gather"))).toEqual([
      { value: "0" },
    ]);
    // After it, on whichever connection (the embedded database has only one session), nothing remains.
    for (let i = 0; i < 3; i++) {
      expect(await prisma.$queryRaw(setting("work_mem"))).toEqual(before);
      expect(await prisma.$queryRaw(setting("enable_hashjoin"))).toEqual([{ value: "on" }]);
      expect(await prisma.$queryRaw(setting("transaction_read_only"))).toEqual([{ value: "off" }]);
    }
    await expect(
      readAlone(prisma, Prisma.sql`update "Cohort" set seats = seats + 1 where id = ${cohortId} returning id`),
    ).rejects.toThrow(/read-only transaction/);
    expect((await prisma.cohort.findUniqueOrThrow({ where: { id: cohortId } })).seats).toBe(12);
  });
});
