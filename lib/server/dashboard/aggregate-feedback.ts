import "server-only";
import type { Db } from "../../db/client";
import { feedbackVisible, needsExactPeople, peopleAtLeast, revealFeedback, type FeedbackAggregate } from "../../domain/cohort-figures";
import { HELPED_CHOICES, OBJECTIVES_MET } from "../../domain/feedback";
import { Prisma } from "../../generated/prisma/client";
import { clientJoin, type DashboardScope } from "./dashboard-scope";

export type FeedbackFigures = {
  /** Every one-minute evaluation of the cohort's sessions (both participants' answers). */
  overall: FeedbackAggregate;
  /** Per step of the session plan, in the plan's order. */
  bySession: (FeedbackAggregate & { stepKey: string })[];
  /** Answers ticking each "what helped" choice; null unless the whole group is shown. */
  helped: Record<string, number> | null;
  /** Closing evaluations of the cohort's engagements. */
  closing: {
    answers: number;
    visible: boolean;
    meanUsefulness: number | null;
    objectivesMet: Record<string, number> | null;
    wouldRecommend: number | null;
  };
};

type StepRow = { key: string | null; position: number; answers: number; usefulnessSum: number; usefulness: number[]; helped: number[]; authors: (string | null)[] };

/**
 * Feedback aggregates of the cohort (selected clients' engagements), summed in the database: no
 * answer and no author leaves it. A group is shown only when feedbackVisible says so (at least
 * FEEDBACK_MIN_ANSWERS answers from at least FEEDBACK_MIN_PEOPLE people); otherwise only its number
 * of answers is returned. Comments are never part of the dashboard.
 */
export async function aggregateFeedback(prisma: Db, scope: DashboardScope): Promise<FeedbackFigures> {
  const from = Prisma.sql`
        from "Engagement" e
        ${clientJoin(`e."clientId"`, scope)}
        join "EngagementSession" s on s."engagementId" = e.id
        join "SessionFeedback" f on f."sessionId" = s.id
       where e."cohortId" = ${scope.cohortId}`;
  const helpedCounts = Prisma.join(HELPED_CHOICES.map((c) => Prisma.sql`count(*) filter (where ${c} = any(f.helped))::int`));
  // One pass per step (a hash aggregate of a few groups): the answers, their scores, what helped,
  // and four of their authors (first and last by id and by reversed id). Counting everyone's
  // distinct ids would cost more than all the rest; the four tell whether at least
  // FEEDBACK_MIN_PEOPLE different people answered in all but the closest cases, which are then
  // counted exactly. Totals are the sums of the steps. Closing evaluations alongside.
  const [steps, [closing]] = await Promise.all([
    prisma.$queryRaw<StepRow[]>(Prisma.sql`
      select s."stepKey" as key, min(s.position)::int as position,
             count(*)::int as answers, coalesce(sum(f.usefulness), 0)::int as "usefulnessSum",
             array[count(*) filter (where f.usefulness = 1), count(*) filter (where f.usefulness = 2),
                   count(*) filter (where f.usefulness = 3), count(*) filter (where f.usefulness = 4),
                   count(*) filter (where f.usefulness = 5)]::int[] as usefulness,
             array[${helpedCounts}] as helped,
             array[min(f."authorId"), max(f."authorId"), reverse(min(reverse(f."authorId"))), reverse(max(reverse(f."authorId")))] as authors
      ${from}
      group by s."stepKey"`),
    prisma.$queryRaw<
      { answers: number; people: number; usefulnessSum: number; yes: number; partly: number; no: number; recommend: number }[]
    >(Prisma.sql`
      select count(*)::int as answers, count(distinct c."authorId")::int as people, coalesce(sum(c.usefulness), 0)::int as "usefulnessSum",
             count(*) filter (where c."objectivesMet" = 'yes')::int as yes,
             count(*) filter (where c."objectivesMet" = 'partly')::int as partly,
             count(*) filter (where c."objectivesMet" = 'no')::int as no,
             count(*) filter (where c."wouldRecommend")::int as recommend
        from "Engagement" e
        ${clientJoin(`e."clientId"`, scope)}
        join "ClosingEvaluation" c on c."engagementId" = e.id
       where e."cohortId" = ${scope.cohortId}`),
  ]);
  const totals: StepRow = {
    key: null,
    position: 0,
    answers: steps.reduce((n, g) => n + g.answers, 0),
    usefulnessSum: steps.reduce((n, g) => n + g.usefulnessSum, 0),
    usefulness: [0, 1, 2, 3, 4].map((i) => steps.reduce((n, g) => n + g.usefulness[i], 0)),
    helped: HELPED_CHOICES.map((_, i) => steps.reduce((n, g) => n + g.helped[i], 0)),
    authors: steps.flatMap((g) => g.authors),
  };
  const people = new Map([...steps, totals].map((g) => [g.key, peopleAtLeast(g.authors)]));
  const unsure = [...steps, totals].filter((g) => needsExactPeople(g.answers, people.get(g.key)!));
  if (unsure.length > 0) {
    const keys = unsure.filter((g) => g.key !== null).map((g) => g.key!);
    const exact = await prisma.$queryRaw<{ key: string | null; total: boolean; people: number }[]>(Prisma.sql`
      select s."stepKey" as key, (grouping(s."stepKey") = 1) as total, count(distinct f."authorId")::int as people
      ${from}
      ${keys.length && !unsure.includes(totals) ? Prisma.sql`and s."stepKey" in (${Prisma.join(keys)})` : Prisma.empty}
      group by grouping sets ((s."stepKey"), ())`);
    for (const row of exact) {
      const key = row.total ? null : row.key;
      if (unsure.some((g) => g.key === key)) people.set(key, row.people);
    }
  }
  const reveal = (g: StepRow) => revealFeedback({ answers: g.answers, people: people.get(g.key) ?? 0, usefulnessSum: g.usefulnessSum, usefulness: g.usefulness });
  const overall = reveal(totals);
  const bySession = [...steps]
    .sort((a, b) => a.position - b.position || a.key!.localeCompare(b.key!))
    .map((g) => ({ stepKey: g.key!, ...reveal(g) }));
  const helped = overall.visible ? Object.fromEntries(HELPED_CHOICES.map((c, i) => [c, totals.helped[i]])) : null;
  const closingVisible = feedbackVisible(closing);
  return {
    overall,
    bySession,
    helped,
    closing: {
      answers: closing.answers,
      visible: closingVisible,
      meanUsefulness: closingVisible ? closing.usefulnessSum / closing.answers : null,
      objectivesMet: closingVisible ? Object.fromEntries(OBJECTIVES_MET.map((o) => [o, closing[o]])) : null,
      wouldRecommend: closingVisible ? closing.recommend : null,
    },
  };
}
