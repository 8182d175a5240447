import "server-only";
import type { Db } from "../../db/client";
import { needsExactPeople, revealFeedback, type FeedbackAggregate } from "../../domain/cohort-figures";
import { feedbackVisible, HELPED_CHOICES, OBJECTIVES_MET, USEFULNESS_SCALE } from "../../domain/feedback";
import { Prisma } from "../../generated/prisma/client";
import { seekerJoin, type DashboardScope } from "./dashboard-scope";

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

type StepRow = {
  key: string | null;
  total: boolean;
  position: number;
  answers: number;
  usefulnessSum: number;
  usefulness: number[];
  helped: number[];
  atLeast: number;
};

/**
 * Feedback aggregates of the cohort (selected clients' engagements), summed in the database: no
 * answer and no author leaves it. A group is shown only when feedbackVisible says so (at least
 * FEEDBACK_MIN_ANSWERS answers from at least FEEDBACK_MIN_PEOPLE people); otherwise only its number
 * of answers is returned. Comments are never part of the dashboard.
 */
export async function aggregateFeedback(prisma: Db, scope: DashboardScope): Promise<FeedbackFigures> {
  const from = Prisma.sql`
        from "Engagement" e
        ${seekerJoin(`e."seekerId"`, scope)}
        join "EngagementSession" s on s."engagementId" = e.id
        join "SessionFeedback" f on f."sessionId" = s.id
       where e."cohortId" = ${scope.cohortId}`;
  const helpedCounts = Prisma.join(
    HELPED_CHOICES.map((c) => Prisma.sql`coalesce(sum(n) filter (where ${c} = any(h)), 0)`),
  );
  const usefulnessCounts = Prisma.join(
    USEFULNESS_SCALE.map((v) => Prisma.sql`coalesce(sum(n) filter (where u = ${v}), 0)`),
  );
  // One pass over the answers, grouped by (step, score, choices ticked): a few hundred groups
  // however many answers, each with its smallest and largest author. The steps and the total are
  // then summed from those groups (grouping sets), what helped is read once per group rather than
  // once per answer, and the distinct authors among the groups' samples give each step (and the
  // total) a lower bound of its people. Counting everyone's distinct ids would cost more than all
  // the rest; the bound tells whether FEEDBACK_MIN_PEOPLE different people answered in all but the
  // closest cases (needsExactPeople), which are then counted exactly. Closing evaluations alongside.
  const [steps, [closing]] = await Promise.all([
    prisma.$queryRaw<StepRow[]>(Prisma.sql`
      with g as (
        select s."stepKey" as key, f.usefulness as u, f.helped as h, count(*) as n, min(s.position) as position,
               min(f."authorId") as first, max(f."authorId") as last
        ${from}
        group by s."stepKey", f.usefulness, f.helped
      )
      select key, (grouping(key) = 1) as total, min(position)::int as position,
             coalesce(sum(n), 0)::int as answers, coalesce(sum(n * u), 0)::int as "usefulnessSum",
             array[${usefulnessCounts}]::int[] as usefulness,
             array[${helpedCounts}]::int[] as helped,
             (select count(distinct a) from unnest(array_agg(first) || array_agg(last)) a)::int as "atLeast"
        from g
       group by grouping sets ((key), ())`),
    prisma.$queryRaw<
      {
        answers: number;
        people: number;
        usefulnessSum: number;
        yes: number;
        partly: number;
        no: number;
        recommend: number;
      }[]
    >(Prisma.sql`
      select count(*)::int as answers, count(distinct c."authorId")::int as people, coalesce(sum(c.usefulness), 0)::int as "usefulnessSum",
             count(*) filter (where c."objectivesMet" = 'yes')::int as yes,
             count(*) filter (where c."objectivesMet" = 'partly')::int as partly,
             count(*) filter (where c."objectivesMet" = 'no')::int as no,
             count(*) filter (where c."wouldRecommend")::int as recommend
        from "Engagement" e
        ${seekerJoin(`e."seekerId"`, scope)}
        join "ClosingEvaluation" c on c."engagementId" = e.id
       where e."cohortId" = ${scope.cohortId}`),
  ]);
  // The grouping sets give the total's row even without any answer (all zeros).
  const totals: StepRow = steps.find((g) => g.total) ?? {
    key: null,
    total: true,
    position: 0,
    answers: 0,
    usefulnessSum: 0,
    usefulness: [0, 0, 0, 0, 0],
    helped: HELPED_CHOICES.map(() => 0),
    atLeast: 0,
  };
  const bySteps = steps.filter((g) => !g.total);
  const people = new Map([...bySteps, totals].map((g) => [g.key, g.atLeast]));
  const unsure = [...bySteps, totals].filter((g) => needsExactPeople(g.answers, g.atLeast));
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
  const reveal = (g: StepRow) =>
    revealFeedback({
      answers: g.answers,
      people: people.get(g.key) ?? 0,
      usefulnessSum: g.usefulnessSum,
      usefulness: g.usefulness,
    });
  const overall = reveal(totals);
  const bySession = bySteps
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
