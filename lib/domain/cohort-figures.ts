// The figures of a cohort dashboard: what each one means, as pure functions over plain rows.
// The dashboard computes them in the database (lib/server/dashboard/*: GROUP BY, date_trunc,
// percentile_cont), so 100,000 sessions stay fast; these functions are the definitions that SQL
// follows, the derived figures (rates, buckets, what may be shown) and what the tests count with.
//
// Every figure of the cohort is about the cohort's clients (mentees in a mentoring programme):
// the entity and duty-station filters select clients, never coaches, except in the credential
// queue, which is about coaches and has no cohort.
import { FEEDBACK_MIN_ANSWERS, FEEDBACK_MIN_PEOPLE, feedbackVisible, USEFULNESS_SCALE } from "./feedback";
import { can, type Role } from "./roles";

// --- who sees what ------------------------------------------------------------------------------

/** Programme admins read the whole dashboard; HR reviewers only the credential-queue figures. */
export type DashboardAccess = "full" | "credentialQueue" | "none";

export function dashboardAccess(roles: readonly Role[]): DashboardAccess {
  if (can(roles, "view:cohort-dashboard:any")) return "full";
  if (can(roles, "view:credential-queue-figures")) return "credentialQueue";
  return "none";
}

// --- numbers ------------------------------------------------------------------------------------

/** part / whole, or null when there is nothing to divide by (shown as "—", never as 0 %). */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/**
 * The median as PostgreSQL's percentile_cont(0.5) computes it: the middle value, or the mean of
 * the two middle values; null for no values.
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = (sorted.length - 1) / 2;
  return (sorted[Math.floor(mid)] + sorted[Math.ceil(mid)]) / 2;
}

export const DAY_MS = 86_400_000;

export function daysBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / DAY_MS;
}

/**
 * Which bucket a value falls in, for bounds [b1, b2, …] (ascending): 0 below b1, 1 from b1 up to
 * b2, …, bounds.length from the last bound on. PostgreSQL's width_bucket(value, bounds) gives
 * the same index.
 */
export function bucketOf(value: number, bounds: readonly number[]): number {
  let i = 0;
  while (i < bounds.length && value >= bounds[i]) i++;
  return i;
}

/** Counts per bucket (every bucket present, zeros included). */
export function bucketCounts(values: readonly number[], bounds: readonly number[]): number[] {
  const counts = Array.from({ length: bounds.length + 1 }, () => 0);
  for (const v of values) counts[bucketOf(v, bounds)]++;
  return counts;
}

/** The buckets' ranges, for their labels: [from, to) in days, `to` null for the last one. */
export function bucketRanges(bounds: readonly number[]): { from: number; to: number | null }[] {
  return [0, ...bounds].map((from, i) => ({ from, to: bounds[i] ?? null }));
}

// --- seats ----------------------------------------------------------------------------------------

/** Seats used: places held now (enrolled, or offered and awaiting an answer); the waitlist: waitlisted. */
export type SeatFigures = {
  seats: number;
  held: number;
  enrolled: number;
  offered: number;
  waitlisted: number;
  withdrawn: number;
};

/** The seat figures from the number of places in each enrolment status. */
export function seatFigures(seats: number, byStatus: Partial<Record<string, number>>): SeatFigures {
  const count = (s: string) => byStatus[s] ?? 0;
  const enrolled = count("enrolled");
  const offered = count("offered");
  return {
    seats,
    held: enrolled + offered,
    enrolled,
    offered,
    waitlisted: count("waitlisted"),
    withdrawn: count("withdrawn"),
  };
}

/** How many places are in each status, from the places themselves. */
export function countByStatus(statuses: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of statuses) counts[s] = (counts[s] ?? 0) + 1;
  return counts;
}

/** Share of the seats in use (may pass 100 % only if seats were lowered by hand in the database). */
export function seatsUsedRate(f: SeatFigures): number | null {
  return rate(f.held, f.seats);
}

// --- funnel -------------------------------------------------------------------------------------

export const FUNNEL_STAGES = ["enrolled", "requested", "matched", "completed"] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];
export type Funnel = Record<FunnelStage, number>;

/** One client of the cohort who holds a seat (status enrolled) and how far they got. */
export type ClientProgress = { requested: boolean; matched: boolean; completed: boolean };

/**
 * The funnel counts the cohort's clients who hold a seat (enrolment status "enrolled"), then
 * those of them who asked for a coach, who were matched (an engagement began), and who completed
 * an engagement. Each stage includes the later ones (matched without a request counts as
 * requested), so every stage is a subset of the one before.
 */
export function funnelCounts(clients: readonly ClientProgress[]): Funnel {
  const completed = clients.filter((c) => c.completed).length;
  const matched = clients.filter((c) => c.matched || c.completed).length;
  const requested = clients.filter((c) => c.requested || c.matched || c.completed).length;
  return { enrolled: clients.length, requested, matched, completed };
}

/** Each stage as a share of the enrolled clients (null when nobody is enrolled). */
export function funnelRates(f: Funnel): Record<FunnelStage, number | null> {
  return Object.fromEntries(FUNNEL_STAGES.map((s) => [s, rate(f[s], f.enrolled)])) as Record<
    FunnelStage,
    number | null
  >;
}

// --- matching -------------------------------------------------------------------------------------

/** Time to match: from the moment the client sent their request to the moment the engagement began. */
export function timeToMatchDays(requestCreatedAt: Date, engagementStartedAt: Date): number {
  return daysBetween(requestCreatedAt, engagementStartedAt);
}

/** Pending requests (status open) by age in calendar days: under 3 days, 3–6, 7–13, 14 or more. */
export const PENDING_AGE_BOUNDS_DAYS = [3, 7, 14] as const;

// --- sessions -------------------------------------------------------------------------------------

export type SessionForCount = {
  status: "planned" | "proposed" | "scheduled" | "completed" | "missed" | "cancelled";
  startsAt: Date | null;
  suggestedAt: Date;
};

const UNDONE = new Set(["planned", "proposed", "scheduled"]);

/**
 * A session's month: of its agreed time when there is one, else of the date the plan suggests
 * ("YYYY-MM", UTC).
 */
export function sessionMonth(s: Pick<SessionForCount, "startsAt" | "suggestedAt">): string {
  return (s.startsAt ?? s.suggestedAt).toISOString().slice(0, 7);
}

/**
 * Planned: every session of the plan, except those cancelled and those left undone in an
 * engagement ended early (they will never take place). Held: marked completed. Missed: marked
 * missed. Held and missed sessions are planned ones.
 */
export function sessionCounts(s: SessionForCount, engagementStatus: "active" | "ended" | "completed") {
  const planned = s.status !== "cancelled" && !(engagementStatus === "ended" && UNDONE.has(s.status));
  return { planned, held: s.status === "completed", missed: s.status === "missed" };
}

/** "YYYY-MM-DD" of a moment (UTC). */
export function dayKeyOf(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A session's day ("YYYY-MM-DD", UTC), like its month: of its agreed time, else of its suggested date. */
export function sessionDay(s: Pick<SessionForCount, "startsAt" | "suggestedAt">): string {
  return dayKeyOf(s.startsAt ?? s.suggestedAt);
}

/**
 * Per month: planned, held and missed as sessionCounts says; due: the planned sessions that should
 * have taken place by now (their day is before today, or they are already marked held or missed);
 * pastEnd: the planned sessions still to hold (neither held nor missed) on a day after the
 * cohort's last day.
 */
export type MonthCount = { month: string; planned: number; held: number; missed: number; due: number; pastEnd: number };

export function sessionsByMonth(
  rows: readonly { session: SessionForCount; engagementStatus: "active" | "ended" | "completed" }[],
  cohort: { endsOn: Date },
  now: Date,
): MonthCount[] {
  const today = dayKeyOf(now);
  const lastDay = dayKeyOf(cohort.endsOn);
  const months = new Map<string, MonthCount>();
  for (const { session, engagementStatus } of rows) {
    const c = sessionCounts(session, engagementStatus);
    if (!c.planned) continue;
    const key = sessionMonth(session);
    const day = sessionDay(session);
    const m = months.get(key) ?? { month: key, planned: 0, held: 0, missed: 0, due: 0, pastEnd: 0 };
    m.planned++;
    if (c.held) m.held++;
    if (c.missed) m.missed++;
    if (c.held || c.missed || day < today) m.due++;
    if (!c.held && !c.missed && day > lastDay) m.pastEnd++;
    months.set(key, m);
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}

/**
 * Sessions planned past the cohort's end: how many are still to hold after its last day, and the
 * month of the last of them (null when none). The dashboard warns the programme admin about them.
 */
export function sessionsPastEnd(months: readonly MonthCount[]): { sessions: number; lastMonth: string | null } {
  const late = months.filter((m) => m.pastEnd > 0);
  return { sessions: late.reduce((n, m) => n + m.pastEnd, 0), lastMonth: late.at(-1)?.month ?? null };
}

// --- engagements ----------------------------------------------------------------------------------

export type EngagementOutcomes = { active: number; completed: number; ended: number };

/**
 * Completion rate: of the engagements that are over, the share completed (every session of the
 * plan held) rather than ended early. Active engagements are not counted yet; null while none is over.
 */
export function completionRate(o: Pick<EngagementOutcomes, "completed" | "ended">): number | null {
  return rate(o.completed, o.completed + o.ended);
}

/** A cohort is over once its last day has passed (UTC) or it was closed. */
export function cohortOver(cohort: { endsOn: Date; status: string }, now: Date): boolean {
  return cohort.status === "closed" || dayKeyOf(now) > dayKeyOf(cohort.endsOn);
}

/**
 * How the dashboard sums up how far the cohort got. While it runs, or while any engagement is still
 * active, its progress: the sessions held out of those due by now (share null while none is due),
 * with the engagements in progress and those completed or ended early so far. Once the cohort is
 * over and no engagement is active: the completion rate.
 */
export type CohortProgress =
  | {
      kind: "progress";
      held: number;
      due: number;
      share: number | null;
      active: number;
      completed: number;
      ended: number;
    }
  | { kind: "completion"; rate: number | null; completed: number; ended: number };

export function cohortProgress(
  cohort: { endsOn: Date; status: string },
  now: Date,
  months: readonly MonthCount[],
  outcomes: EngagementOutcomes,
): CohortProgress {
  const { active, completed, ended } = outcomes;
  if (cohortOver(cohort, now) && active === 0)
    return { kind: "completion", rate: completionRate(outcomes), completed, ended };
  const held = months.reduce((n, m) => n + m.held, 0);
  const due = months.reduce((n, m) => n + m.due, 0);
  return { kind: "progress", held, due, share: rate(held, due), active, completed, ended };
}

// --- coaches ------------------------------------------------------------------------------------

/**
 * Coach utilisation: over the coaches who have at least one client of the cohort (in the
 * selection), their clients in an active engagement of the cohort divided by the places they
 * offer (their capacity, 1 to 3).
 */
export function utilisation(coaches: readonly { active: number; capacity: number }[]): number | null {
  return rate(
    coaches.reduce((n, c) => n + c.active, 0),
    coaches.reduce((n, c) => n + c.capacity, 0),
  );
}

export const COACH_LOADS = ["full", "partly", "free"] as const;
export type CoachLoad = (typeof COACH_LOADS)[number];

/** Full: every place taken; partly: some; free: no active client of the cohort now. */
export function coachLoad(active: number, capacity: number): CoachLoad {
  if (active <= 0) return "free";
  return active >= capacity ? "full" : "partly";
}

// --- supervision ----------------------------------------------------------------------------------

/** "YYYY-MM" of a moment (UTC). */
export function monthKeyOf(d: Date): string {
  return d.toISOString().slice(0, 7);
}

function addMonthKey(key: string, n: number): string {
  const [y, m] = key.split("-").map(Number);
  const i = y * 12 + (m - 1) + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
}

/**
 * The months whose supervision attendance counts for a cohort: from the month it starts to the
 * month it ends, but only complete months (never the current one). Empty before the first month
 * is over.
 */
export function supervisionMonths(cohort: { startsOn: Date; endsOn: Date }, now: Date): string[] {
  const from = monthKeyOf(cohort.startsOn);
  const lastComplete = addMonthKey(monthKeyOf(now), -1);
  const to = monthKeyOf(cohort.endsOn) < lastComplete ? monthKeyOf(cohort.endsOn) : lastComplete;
  const months: string[] = [];
  for (let m = from; m <= to; m = addMonthKey(m, 1)) months.push(m);
  return months;
}

export type SupervisionMonth = { month: string; due: number; attended: number };

/**
 * Supervision attendance: each of the cohort's coaches (those with a client of the selection in
 * the cohort) is due one supervision session a month, from the month their first engagement of
 * the cohort began, over the cohort's complete months; a month counts as attended when they
 * recorded attending a supervision session in it.
 */
export function supervisionAttendance(
  months: readonly string[],
  coaches: readonly { since: Date; attendedMonths: readonly string[] }[],
): SupervisionMonth[] {
  return months.map((month) => {
    const due = coaches.filter((c) => monthKeyOf(c.since) <= month);
    return { month, due: due.length, attended: due.filter((c) => c.attendedMonths.includes(month)).length };
  });
}

// --- feedback -----------------------------------------------------------------------------------
// What may be shown is the confidentiality rule of lib/domain/feedback.ts (feedbackVisible,
// totalMayBeShown); here, how the dashboard's database sums meet it.

/**
 * How many different people a group of answers has at least, from a few of its authors (the
 * database returns the first and last by two orderings instead of counting them all): the number
 * of different ones among them. All the same means one person exactly.
 */
export function peopleAtLeast(sampledAuthors: readonly (string | null)[]): number {
  return new Set(sampledAuthors.filter((a): a is string => a !== null)).size;
}

/**
 * Whether the sample leaves a group's visibility open: enough answers, more than one author seen
 * but fewer than FEEDBACK_MIN_PEOPLE. Only then are its people counted exactly.
 */
export function needsExactPeople(answers: number, atLeast: number): boolean {
  return answers >= FEEDBACK_MIN_ANSWERS && atLeast > 1 && atLeast < FEEDBACK_MIN_PEOPLE;
}

export type FeedbackAnswer = { authorId: string; usefulness: number; helped: readonly string[] };

/** What the database sums up for a group of answers (never the answers themselves). */
export type FeedbackTotals = { answers: number; people: number; usefulnessSum: number; usefulness: readonly number[] };

export type FeedbackAggregate = {
  answers: number;
  /** True when the group may be shown (feedbackVisible); otherwise only the number of answers is. */
  visible: boolean;
  /** Mean usefulness (1–5), null when hidden. */
  meanUsefulness: number | null;
  /** Answers giving 1, 2, 3, 4, 5; null when hidden. */
  usefulness: number[] | null;
};

/** A group's figures, or only its number of answers when it is too small to show. */
export function revealFeedback(t: FeedbackTotals): FeedbackAggregate {
  const visible = feedbackVisible(t);
  return {
    answers: t.answers,
    visible,
    meanUsefulness: visible ? t.usefulnessSum / t.answers : null,
    usefulness: visible ? [...t.usefulness] : null,
  };
}

export function feedbackTotals(answers: readonly FeedbackAnswer[]): FeedbackTotals {
  return {
    answers: answers.length,
    people: new Set(answers.map((a) => a.authorId)).size,
    usefulnessSum: answers.reduce((n, a) => n + a.usefulness, 0),
    usefulness: USEFULNESS_SCALE.map((v) => answers.filter((a) => a.usefulness === v).length),
  };
}

/** The aggregate of a group of answers: the definition the database query follows. */
export function aggregateFeedback(answers: readonly FeedbackAnswer[]): FeedbackAggregate {
  return revealFeedback(feedbackTotals(answers));
}

/** How many answers ticked each "what helped" choice (only shown with a visible group). */
export function helpedCounts(answers: readonly FeedbackAnswer[], choices: readonly string[]): Record<string, number> {
  return Object.fromEntries(choices.map((c) => [c, answers.filter((a) => a.helped.includes(c)).length]));
}

// --- credential queue ---------------------------------------------------------------------------

/** Coach registrations waiting for HR, by days waited: under a week, 1–2 weeks, 2–4 weeks, 4 weeks or more. */
export const CREDENTIAL_WAIT_BOUNDS_DAYS = [7, 14, 28] as const;
/** HR decisions counted for the time to decision: those of the last 90 days. */
export const CREDENTIAL_DECISION_WINDOW_DAYS = 90;
