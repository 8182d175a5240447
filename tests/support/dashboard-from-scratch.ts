// The cohort dashboard's sessions and feedback worked out again from the raw rows (with the
// definitions of lib/domain), and the tallies the database keeps beside the same tallies rebuilt
// from scratch (the queries of migration dashboard_tallies): what the tests of the tallies compare
// the dashboard with after every change.
import { expect } from "vitest";
import type { Db } from "@/lib/db/client";
import {
  aggregateFeedback as aggregateAnswers,
  helpedCounts,
  sessionsByMonth,
  type FeedbackAnswer,
} from "@/lib/domain/cohort-figures";
import { HELPED_CHOICES } from "@/lib/domain/feedback";
import { Prisma } from "@/lib/generated/prisma/client";
import { loadCohortDashboard } from "@/lib/server/dashboard/load-cohort-dashboard";
import type { DashboardFilter } from "@/lib/validation/programmes";

type CohortDates = { startsOn: Date; endsOn: Date };
const ADMIN = { roles: ["programme_admin" as const] };

/** The dashboard's sessions and feedback of one cohort under a filter, from the raw rows. */
export async function dashboardFromScratch(
  db: Db,
  cohortId: string,
  filter: DashboardFilter,
  cohortDates: CohortDates,
  now: Date,
) {
  const engagements = await db.engagement.findMany({
    where: {
      cohortId,
      seeker: {
        ...(filter.entity ? { entity: { code: filter.entity } } : {}),
        ...(filter.station ? { dutyStation: { code: filter.station } } : {}),
      },
    },
    include: { sessions: { include: { feedback: true } } },
  });
  const byStep = new Map<string, { position: number; answers: FeedbackAnswer[] }>();
  for (const s of engagements.flatMap((e) => e.sessions)) {
    if (s.feedback.length === 0) continue;
    const step = byStep.get(s.stepKey) ?? { position: s.position, answers: [] };
    step.position = Math.min(step.position, s.position);
    step.answers.push(...s.feedback);
    byStep.set(s.stepKey, step);
  }
  const answers = [...byStep.values()].flatMap((s) => s.answers);
  const overall = aggregateAnswers(answers);
  return {
    sessionsByMonth: sessionsByMonth(
      engagements.flatMap((e) => e.sessions.map((session) => ({ session, engagementStatus: e.status }))),
      cohortDates,
      now,
    ),
    overall,
    bySession: [...byStep.entries()]
      .sort(([ka, a], [kb, b]) => a.position - b.position || ka.localeCompare(kb))
      .map(([stepKey, s]) => ({ stepKey, ...aggregateAnswers(s.answers) })),
    helped: overall.visible ? helpedCounts(answers, HELPED_CHOICES) : null,
  };
}

/** The tallies as they are and as rebuilt from scratch: of one cohort, or of every cohort (null). */
export async function talliesAndRebuilt(db: Db, cohortId: string | null) {
  const tally = cohortId ? Prisma.sql`and "cohortId" = ${cohortId}` : Prisma.empty;
  const engagement = cohortId ? Prisma.sql`e."cohortId" = ${cohortId}` : Prisma.sql`e."cohortId" is not null`;
  const sessionTally = await db.$queryRaw<unknown[]>`
    select "cohortId", "entityKey", "stationKey", day::text, planned, held, missed
      from "CohortSessionTally" where (planned <> 0 or held <> 0 or missed <> 0) ${tally} order by 1, 2, 3, 4`;
  const sessionRebuilt = await db.$queryRaw<unknown[]>`
    select e."cohortId", coalesce(u."entityId", '') as "entityKey", coalesce(u."dutyStationId", '') as "stationKey",
           coalesce(s."startsAt", s."suggestedAt")::date::text as day,
           count(*)::int as planned, (count(*) filter (where s.status = 'completed'))::int as held,
           (count(*) filter (where s.status = 'missed'))::int as missed
      from "Engagement" e join "User" u on u.id = e."seekerId" join "EngagementSession" s on s."engagementId" = e.id
     where ${engagement} and s.status <> 'cancelled'
       and not (e.status = 'ended' and s.status in ('planned', 'proposed', 'scheduled'))
     group by 1, 2, 3, 4 order by 1, 2, 3, 4`;
  const feedbackTally = await db.$queryRaw<unknown[]>`
    select "cohortId", "entityKey", "stationKey", "stepKey", position, usefulness, answers
      from "CohortFeedbackTally" where answers <> 0 ${tally} order by 1, 2, 3, 4, 5, 6`;
  const feedbackRebuilt = await db.$queryRaw<unknown[]>`
    select e."cohortId", coalesce(u."entityId", '') as "entityKey", coalesce(u."dutyStationId", '') as "stationKey",
           s."stepKey", s.position, f.usefulness, count(*)::int as answers
      from "Engagement" e join "User" u on u.id = e."seekerId" join "EngagementSession" s on s."engagementId" = e.id
      join "SessionFeedback" f on f."sessionId" = s.id
     where ${engagement}
     group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5, 6`;
  const helpedTally = await db.$queryRaw<unknown[]>`
    select "cohortId", "entityKey", "stationKey", choice, answers
      from "CohortHelpedTally" where answers <> 0 ${tally} order by 1, 2, 3, 4`;
  const helpedRebuilt = await db.$queryRaw<unknown[]>`
    select e."cohortId", coalesce(u."entityId", '') as "entityKey", coalesce(u."dutyStationId", '') as "stationKey",
           c.choice, count(*)::int as answers
      from "Engagement" e join "User" u on u.id = e."seekerId" join "EngagementSession" s on s."engagementId" = e.id
      join "SessionFeedback" f on f."sessionId" = s.id
      cross join lateral (select distinct h as choice from unnest(f.helped) h) c
     where ${engagement}
     group by 1, 2, 3, 4 order by 1, 2, 3, 4`;
  return { sessionTally, sessionRebuilt, feedbackTally, feedbackRebuilt, helpedTally, helpedRebuilt };
}

/**
 * The dashboard shows, under each filter, what a count from scratch shows, and the tallies (of the
 * cohort, or of every cohort when `allCohorts`) equal their rebuild.
 */
export async function expectDashboardEqualsFromScratch(
  db: Db,
  cohort: { id: string; dates: CohortDates },
  filters: DashboardFilter[],
  options: { now: Date; allCohorts?: boolean },
) {
  for (const filter of filters) {
    const d = await loadCohortDashboard(db, ADMIN, cohort.id, filter, { now: options.now });
    const x = await dashboardFromScratch(db, cohort.id, filter, cohort.dates, options.now);
    expect(d!.figures!.sessionsByMonth, JSON.stringify(filter)).toEqual(x.sessionsByMonth);
    expect(d!.figures!.feedback.overall, JSON.stringify(filter)).toEqual(x.overall);
    expect(d!.figures!.feedback.bySession, JSON.stringify(filter)).toEqual(x.bySession);
    expect(d!.figures!.feedback.helped, JSON.stringify(filter)).toEqual(x.helped);
  }
  const t = await talliesAndRebuilt(db, options.allCohorts ? null : cohort.id);
  expect(t.sessionTally).toEqual(t.sessionRebuilt);
  expect(t.feedbackTally).toEqual(t.feedbackRebuilt);
  expect(t.helpedTally).toEqual(t.helpedRebuilt);
}
