import "server-only";
import type { Db } from "../../db/client";
import { revealFeedback, type FeedbackAggregate } from "../../domain/cohort-figures";
import {
  FEEDBACK_MIN_ANSWERS,
  FEEDBACK_MIN_PEOPLE,
  feedbackVisible,
  HELPED_CHOICES,
  OBJECTIVES_MET,
  USEFULNESS_SCALE,
} from "../../domain/feedback";
import { Prisma } from "../../generated/prisma/client";
import { seekerJoin, tallyConditions, type DashboardScope } from "./dashboard-scope";

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
};

/**
 * Feedback aggregates of the cohort (selected clients' engagements), summed in the database: no
 * answer and no author leaves it. A group is shown only when feedbackVisible says so (at least
 * FEEDBACK_MIN_ANSWERS answers from at least FEEDBACK_MIN_PEOPLE people); otherwise only its number
 * of answers is returned. Comments are never part of the dashboard.
 */
export async function aggregateFeedback(prisma: Db, scope: DashboardScope): Promise<FeedbackFigures> {
  const usefulnessCounts = Prisma.join(
    USEFULNESS_SCALE.map((v) => Prisma.sql`coalesce(sum(t.answers) filter (where t.usefulness = ${v}), 0)`),
  );
  // The answers are counted per step, score and place in CohortFeedbackTally, and the choices
  // ticked in CohortHelpedTally, kept by the database's triggers in the transaction of every
  // change: the steps and the total are sums of a few hundred rows, however many answers.
  // Closing evaluations alongside.
  const [steps, helpedRows, [closing]] = await Promise.all([
    prisma.$queryRaw<StepRow[]>(Prisma.sql`
      select t."stepKey" as key, (grouping(t."stepKey") = 1) as total, min(t.position)::int as position,
             coalesce(sum(t.answers), 0)::int as answers, coalesce(sum(t.answers * t.usefulness), 0)::int as "usefulnessSum",
             array[${usefulnessCounts}]::int[] as usefulness
        from "CohortFeedbackTally" t
       where ${tallyConditions("t", scope)}
       group by grouping sets ((t."stepKey"), ())
      having grouping(t."stepKey") = 1 or sum(t.answers) <> 0`),
    prisma.$queryRaw<{ choice: string; answers: number }[]>(Prisma.sql`
      select t.choice, sum(t.answers)::int as answers
        from "CohortHelpedTally" t
       where ${tallyConditions("t", scope)} and t.choice in (${Prisma.join(HELPED_CHOICES)})
       group by t.choice`),
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
      -- One pass over the cohort's closing evaluations; the people up to three (all the rule
      -- needs): the first and last author, and whether anyone else answered (a search that stops
      -- at the first such answer).
      select t.answers, t."usefulnessSum", t.yes, t.partly, t.no, t.recommend,
             case when t.answers = 0 then 0 when t.first = t.last then 1
                  when exists (
                    select 1
                      from "Engagement" e
                      ${seekerJoin(`e."seekerId"`, scope)}
                      join "ClosingEvaluation" c on c."engagementId" = e.id
                     where e."cohortId" = ${scope.cohortId} and c."authorId" <> t.first and c."authorId" <> t.last
                  ) then 3 else 2 end as people
        from (
          select count(*)::int as answers, min(c."authorId") as first, max(c."authorId") as last,
                 coalesce(sum(c.usefulness), 0)::int as "usefulnessSum",
                 count(*) filter (where c."objectivesMet" = 'yes')::int as yes,
                 count(*) filter (where c."objectivesMet" = 'partly')::int as partly,
                 count(*) filter (where c."objectivesMet" = 'no')::int as no,
                 count(*) filter (where c."wouldRecommend")::int as recommend
            from "Engagement" e
            ${seekerJoin(`e."seekerId"`, scope)}
            join "ClosingEvaluation" c on c."engagementId" = e.id
           where e."cohortId" = ${scope.cohortId}
        ) t`),
  ]);
  // The grouping sets give the total's row even without any answer (all zeros).
  const totals: StepRow = steps.find((g) => g.total) ?? {
    key: null,
    total: true,
    position: 0,
    answers: 0,
    usefulnessSum: 0,
    usefulness: [0, 0, 0, 0, 0],
  };
  const bySteps = steps.filter((g) => !g.total);
  const people = await countPeopleUpTo(
    prisma,
    scope,
    [...bySteps, totals].filter((g) => g.answers >= FEEDBACK_MIN_ANSWERS).map((g) => g.key),
  );
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
  const ticked = new Map(helpedRows.map((r) => [r.choice, r.answers]));
  const helped = overall.visible ? Object.fromEntries(HELPED_CHOICES.map((c) => [c, ticked.get(c) ?? 0])) : null;
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

/**
 * How many different people answered each step (key null: any step), up to FEEDBACK_MIN_PEOPLE:
 * all the visibility rule needs. Each step's authors are looked for one after the other, each
 * search stopping at its first answer by someone not found yet, so that a step answered by many
 * costs a few index look-ups rather than a count of everyone.
 */
async function countPeopleUpTo(prisma: Db, scope: DashboardScope, keys: (string | null)[]) {
  const people = new Map<string | null, number>();
  if (keys.length === 0) return people;
  const answered = (step: Prisma.Sql, others: Prisma.Sql) => Prisma.sql`(
    select f."authorId"
      from "Engagement" e
      ${seekerJoin(`e."seekerId"`, scope)}
      join "EngagementSession" s on s."engagementId" = e.id
      join "SessionFeedback" f on f."sessionId" = s.id
     where e."cohortId" = ${scope.cohortId} and (${step} is null or s."stepKey" = ${step}) and ${others}
     limit 1)`;
  const authors = Array.from({ length: FEEDBACK_MIN_PEOPLE }, (_, i) => Prisma.raw(`a${i}`));
  const lookups = authors.map((a, i) => {
    const others =
      i === 0
        ? Prisma.sql`true`
        : Prisma.join(
            authors.slice(0, i).map((b) => Prisma.sql`f."authorId" <> ${b}.id`),
            " and ",
          );
    return Prisma.sql`left join lateral ${answered(Prisma.sql`k.key`, others)} ${a}(id) on ${i === 0 ? Prisma.sql`true` : Prisma.sql`${authors[i - 1]}.id is not null`}`;
  });
  const rows = await prisma.$queryRaw<{ key: string | null; people: number }[]>(Prisma.sql`
    select k.key, (${Prisma.join(
      authors.map((a) => Prisma.sql`(${a}.id is not null)::int`),
      " + ",
    )}) as people
      from unnest(${keys}::text[]) k(key)
      ${Prisma.join(lookups, " ")}`);
  for (const row of rows) people.set(row.key, row.people);
  return people;
}
