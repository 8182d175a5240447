import "server-only";
import type { Db } from "../../db/client";
import {
  aggregateClosingEvaluations,
  aggregateSessionFeedback,
  answerGroup,
  FEEDBACK_MIN_ANSWERS,
  FEEDBACK_MIN_PEOPLE,
  feedbackVisible,
  totalMayBeShown,
  type ClosingAggregate,
  type SessionFeedbackAggregate,
} from "../../domain/feedback";
import { can, type Actor } from "../../domain/roles";
import { DomainError } from "../errors";

/** An aggregate, or why it is not shown: no answers, too few answers or people (feedbackVisible), or withheld to protect small groups. */
export type Shown<T> = { shown: true; aggregate: T } | { shown: false; reason: "none" | "tooFew" | "withheld" };
export type AggregatePair = { sessions: Shown<SessionFeedbackAggregate>; closing: Shown<ClosingAggregate> };
export type CohortAggregates = AggregatePair & {
  cohortId: string | null;
  nameEn: string | null;
  nameFr: string | null;
};
export type FeedbackAggregates = {
  programmeId: string;
  minAnswers: number;
  minPeople: number;
  total: AggregatePair;
  cohorts: CohortAggregates[];
};

function shown<T>(count: number, aggregate: T | null): Shown<T> {
  if (count === 0) return { shown: false, reason: "none" };
  return aggregate ? { shown: true, aggregate } : { shown: false, reason: "tooFew" };
}

/** The total over the groups, withheld when it would give away the hidden groups (totalMayBeShown). */
function total<T>(groups: (readonly { authorId: string }[])[], aggregate: T | null): Shown<T> {
  const all = groups.flat();
  if (all.length === 0) return { shown: false, reason: "none" };
  if (!aggregate) return { shown: false, reason: "tooFew" };
  const hidden = groups.filter((g) => !feedbackVisible(answerGroup(g))).flat();
  return totalMayBeShown(answerGroup(all), answerGroup(hidden))
    ? { shown: true, aggregate }
    : { shown: false, reason: "withheld" };
}

/**
 * What programme admins learn from the evaluations of one programme: per cohort and in total,
 * only aggregates the confidentiality rule lets through (at least FEEDBACK_MIN_ANSWERS answers
 * from FEEDBACK_MIN_PEOPLE people), never one person's answer nor any comment. The total is withheld when it would give away the cohorts hidden for having too few
 * answers. (Aggregates read at two moments still differ by the answers given in between: the
 * page should not be read as a feed.)
 */
export async function loadFeedbackAggregates(
  prisma: Db,
  actor: Actor,
  input: { programmeId: string },
): Promise<FeedbackAggregates> {
  if (!can(actor.roles, "view:cohort-dashboard:any")) throw new DomainError("forbidden");
  const [feedback, closing, cohorts] = await Promise.all([
    prisma.sessionFeedback.findMany({
      where: { session: { engagement: { programmeId: input.programmeId } } },
      select: {
        authorId: true,
        usefulness: true,
        helped: true,
        session: { select: { engagement: { select: { cohortId: true } } } },
      },
    }),
    prisma.closingEvaluation.findMany({
      where: { engagement: { programmeId: input.programmeId } },
      select: {
        authorId: true,
        usefulness: true,
        objectivesMet: true,
        wouldRecommend: true,
        engagement: { select: { cohortId: true } },
      },
    }),
    prisma.cohort.findMany({
      where: { programmeId: input.programmeId },
      orderBy: { startsOn: "asc" },
      select: { id: true, nameEn: true, nameFr: true },
    }),
  ]);

  const feedbackBy = new Map<string | null, typeof feedback>();
  for (const f of feedback)
    feedbackBy.set(f.session.engagement.cohortId, [...(feedbackBy.get(f.session.engagement.cohortId) ?? []), f]);
  const closingBy = new Map<string | null, typeof closing>();
  for (const c of closing) closingBy.set(c.engagement.cohortId, [...(closingBy.get(c.engagement.cohortId) ?? []), c]);

  // Engagements without a cohort form a group of their own, so the groups cover every answer.
  const groups: { cohortId: string | null; nameEn: string | null; nameFr: string | null }[] = [
    ...cohorts.map((c) => ({ cohortId: c.id, nameEn: c.nameEn, nameFr: c.nameFr })),
    ...(feedbackBy.has(null) || closingBy.has(null) ? [{ cohortId: null, nameEn: null, nameFr: null }] : []),
  ];
  const rows = groups.map((g) => {
    const f = feedbackBy.get(g.cohortId) ?? [];
    const c = closingBy.get(g.cohortId) ?? [];
    return {
      ...g,
      sessions: shown(f.length, aggregateSessionFeedback(f)),
      closing: shown(c.length, aggregateClosingEvaluations(c)),
      answers: { sessions: f, closing: c },
    };
  });
  return {
    programmeId: input.programmeId,
    minAnswers: FEEDBACK_MIN_ANSWERS,
    minPeople: FEEDBACK_MIN_PEOPLE,
    total: {
      sessions: total(
        rows.map((r) => r.answers.sessions),
        aggregateSessionFeedback(feedback),
      ),
      closing: total(
        rows.map((r) => r.answers.closing),
        aggregateClosingEvaluations(closing),
      ),
    },
    cohorts: rows.map(({ answers: _, ...r }) => r),
  };
}
