// The cohort dashboard's tallies (CohortSessionTally, CohortFeedbackTally, CohortHelpedTally) are
// written by triggers in the transaction of whatever changes a session, an evaluation or an
// engagement. Many people of one cohort acting at the same moment — coaches marking the last
// session of their engagements held, clients ending engagements, evaluations given with their
// choices in any order, times moved across each other's days — touch the same tally rows in
// different orders. None of them may be refused (a deadlock is an error the user sees), and the
// dashboard must then equal a count from scratch. On PostgreSQL (TEST_DATABASE_URL) the calls run
// on separate connections at once; on PGlite they queue on its one connection.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { HELPED_CHOICES } from "@/lib/domain/feedback";
import { instantToLocalTime } from "@/lib/domain/session-schedule";
import type { DashboardFilter } from "@/lib/validation/programmes";
import { setUpApp } from "../support/app";
import type { Person } from "../support/factories";

const { prisma, make, inParallel } = await setUpApp();
const { expectDashboardEqualsFromScratch: expectFromScratch } = await import("../support/dashboard-from-scratch");
const { markSessionsCompleted } = await import("@/lib/server/sessions/mark-sessions-completed");
const { endEngagement } = await import("@/lib/server/engagements/end-engagement");
const { submitSessionFeedback } = await import("@/lib/server/feedback/submit-session-feedback");
const { proposeSessionTime } = await import("@/lib/server/sessions/propose-session-time");

const PAIRS = 10;
const ROUNDS = 3;
const DAY_MS = 86_400_000;
const today = new Date(new Date().toISOString().slice(0, 10)).getTime();
/** 10:00 UTC, `days` from today. */
const day = (days: number) => new Date(today + days * DAY_MS + 10 * 3_600_000);
/** Six past days on which the sessions of every engagement fall, each engagement in its own order. */
const PAST = [-20, -18, -16, -14, -12, -10].map(day);

let cohortId: string;
let cohortDates: { startsOn: Date; endsOn: Date };
let programmeId: string;
let entityId: string;
let entityCode: string;
let stationId: string;
let stationCode: string;

beforeAll(async () => {
  const entity = await make.entity();
  const station = await make.dutyStation();
  [entityId, entityCode, stationId, stationCode] = [entity.id, entity.code, station.id, station.code];
  programmeId = (await make.programme({ type: "coaching" })).id;
  const cohort = await make.cohort({ programmeId });
  [cohortId, cohortDates] = [cohort.id, { startsOn: cohort.startsOn, endsOn: cohort.endsOn }];
});

type Pair = { coach: Person; client: Person; engagementId: string; sessions: string[] };

/**
 * PAIRS engagements of the cohort, each with its own coach (so that no coach's lock puts them in
 * line) and a client of the same entity and duty station; session k of pair i falls on
 * days[(i + k) % days.length], so every pair goes through the same days in another order.
 */
async function pairs(sessions: (i: number, k: number) => { status: "completed" | "scheduled" | "planned"; at: Date }) {
  const made: Pair[] = [];
  for (let i = 0; i < PAIRS; i++) {
    const coach = await make.coach({ timeZone: "UTC" });
    const client = await make.person({
      roles: ["client"],
      entityId,
      dutyStationId: stationId,
      timeZone: "UTC",
      enrolIn: cohortId,
    });
    const e = await make.engagement({
      programmeId,
      cohortId,
      profileId: coach.profileId,
      seekerId: client.id,
      status: "active",
      startedAt: day(-25),
      sessions: Array.from({ length: 6 }, (_, k) => {
        const { status, at } = sessions(i, k);
        return {
          status,
          suggestedAt: at,
          startsAt: status === "planned" ? null : at,
          completedAt: status === "completed" ? at : null,
        };
      }),
    });
    made.push({ coach, client, engagementId: e.id, sessions: e.sessions.map((s) => s.id) });
  }
  return made;
}

/** Every call went through: none was refused, whatever the database made it wait for. */
function expectAllFulfilled<T>(results: PromiseSettledResult<T>[]) {
  const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason);
  expect(refused.map((e) => (e instanceof Error ? e.message : String(e)))).toEqual([]);
}

async function expectDashboardEqualsFromScratch() {
  const filters: DashboardFilter[] = [
    { entity: null, station: null },
    { entity: entityCode, station: stationCode },
  ];
  await expectFromScratch(prisma, { id: cohortId, dates: cohortDates }, filters, { now: new Date() });
}

describe("the dashboard's tallies under many changes at once in one cohort", () => {
  it("coaches marking the last session held at the same moment: every engagement completes", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      // The last session of each pair falls on another day, which its completion then crosses.
      const made = await pairs((i, k) => ({
        status: k < 5 ? "completed" : "scheduled",
        at: PAST[(i + k) % PAST.length],
      }));
      const results = await inParallel(
        made.map(
          (p) => (c: Db) =>
            markSessionsCompleted(c, p.coach, { engagementId: p.engagementId, sessionIds: [p.sessions[5]] }),
        ),
      );
      expectAllFulfilled(results);
      expect(results.map((r) => r.status === "fulfilled" && r.value.engagementCompleted)).toEqual(made.map(() => true));
      await expectDashboardEqualsFromScratch();
    }
  });

  it("clients ending their engagements at the same moment: the sessions still to hold leave the figures", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const made = await pairs((i, k) => ({
        status: k < 2 ? "completed" : k < 4 ? "scheduled" : "planned",
        at: k < 2 ? PAST[(i + k) % PAST.length] : day(3 + ((i + k) % 4)),
      }));
      const results = await inParallel(
        made.map((p) => (c: Db) => endEngagement(c, p.client, { engagementId: p.engagementId, reason: "Moved away" })),
      );
      expectAllFulfilled(results);
      await expectDashboardEqualsFromScratch();
    }
  });

  it("evaluations given at the same moment, their helped choices in different orders", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const made = await pairs((i, k) => ({
        status: k < 2 ? "completed" : "planned",
        at: k < 2 ? PAST[(i + k) % PAST.length] : day(3 + k),
      }));
      const choices = [...HELPED_CHOICES];
      const results = await inParallel(
        made.flatMap((p, i) => {
          // Each evaluation ticks the choices in its own order, some forwards, some backwards.
          const helped = [...choices.slice(i % choices.length), ...choices.slice(0, i % choices.length)];
          const order = i % 2 === 0 ? helped : helped.reverse();
          return [p.client, p.coach].map(
            (who, j) => (c: Db) =>
              submitSessionFeedback(c, who, {
                engagementId: p.engagementId,
                sessionId: p.sessions[(i + j) % 2],
                usefulness: 1 + ((i + j) % 5),
                helped: order.slice(0, 2 + ((i + j) % (order.length - 1))),
              }),
          );
        }),
      );
      expectAllFulfilled(results);
      await expectDashboardEqualsFromScratch();
    }
  });

  it("agreed times moved at the same moment onto each other's days", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      // Pair i's next session is agreed on one of two days; it is moved to the other one, so that
      // half the moves go from the first day to the second and half the other way.
      const [first, second] = [day(5 + 2 * round), day(6 + 2 * round)];
      const made = await pairs((i, k) => ({
        status: k < 2 ? "completed" : k === 2 ? "scheduled" : "planned",
        at: k < 2 ? PAST[(i + k) % PAST.length] : k === 2 ? (i % 2 === 0 ? first : second) : day(30 + k),
      }));
      const results = await inParallel(
        made.map((p, i) => (c: Db) => {
          const to = new Date((i % 2 === 0 ? second : first).getTime() + (i % 4) * 3_600_000);
          return proposeSessionTime(c, p.coach, {
            sessionId: p.sessions[2],
            startsAtLocal: instantToLocalTime(to, "UTC"),
            timeZone: "UTC",
            mode: "video",
            location: "https://meet.example.org/room-7",
          });
        }),
      );
      expectAllFulfilled(results);
      await expectDashboardEqualsFromScratch();
    }
  });
});
