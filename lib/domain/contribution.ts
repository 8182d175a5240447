// A coach's or mentor's contribution, for their attestation (seed 000: coach and client alike may
// count taking part as a development activity). Pure: the figures of a period from the engagements,
// sessions and supervision records a loader reads. No client is named: who is coached is confidential.

/** A period of whole days, both ends included; null ends mean "since the beginning" / "until today". */
export type ContributionPeriod = { from: Date | null; to: Date | null };

export type ContributionEngagement = {
  programmeId: string;
  startedAt: Date;
  /** When it ended early, or was completed; null while active. */
  closedAt: Date | null;
  /** Set when every session of the plan was completed. */
  completedAt: Date | null;
  /** The sessions held: when each was marked completed, and its length. */
  sessionsHeld: readonly { heldAt: Date; minutes: number }[];
};

export type ContributionFigures = {
  /** People accompanied: engagements under way at some point of the period. */
  accompanied: number;
  /** Series completed in the period. */
  completed: number;
  sessionsHeld: number;
  /** Minutes of sessions held in the period. */
  minutesHeld: number;
};

export type Contribution = {
  byProgramme: ({ programmeId: string } & ContributionFigures)[];
  total: ContributionFigures;
  /** Supervision sessions attended in the period (coaches). */
  supervisionAttended: number;
  /** The first day anything counted here happened, for a period with no start. */
  since: Date | null;
};

const DAY_MS = 86_400_000;

/** The period of one calendar year, or every year (null). */
export function contributionPeriod(year: number | null): ContributionPeriod {
  if (year === null) return { from: null, to: null };
  return { from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year, 11, 31)) };
}

function within(d: Date, p: ContributionPeriod): boolean {
  if (p.from && d < p.from) return false;
  if (p.to && d.getTime() >= p.to.getTime() + DAY_MS) return false;
  return true;
}

/** Whether an engagement ran at some point of the period. */
function overlaps(e: ContributionEngagement, p: ContributionPeriod): boolean {
  if (p.to && e.startedAt.getTime() >= p.to.getTime() + DAY_MS) return false;
  if (p.from && e.closedAt && e.closedAt < p.from) return false;
  return true;
}

function emptyFigures(): ContributionFigures {
  return { accompanied: 0, completed: 0, sessionsHeld: 0, minutesHeld: 0 };
}

function add(into: ContributionFigures, e: ContributionEngagement, p: ContributionPeriod): void {
  if (overlaps(e, p)) into.accompanied += 1;
  if (e.completedAt && within(e.completedAt, p)) into.completed += 1;
  for (const s of e.sessionsHeld) {
    if (!within(s.heldAt, p)) continue;
    into.sessionsHeld += 1;
    into.minutesHeld += s.minutes;
  }
}

/** The figures of a period, per programme (in the order the engagements come) and in total. */
export function summariseContribution(
  engagements: readonly ContributionEngagement[],
  supervision: readonly { heldOn: Date; attended: boolean }[],
  period: ContributionPeriod,
): Contribution {
  const byProgramme = new Map<string, { programmeId: string } & ContributionFigures>();
  const total = emptyFigures();
  for (const e of engagements) {
    const figures = byProgramme.get(e.programmeId) ?? { programmeId: e.programmeId, ...emptyFigures() };
    add(figures, e, period);
    add(total, e, period);
    byProgramme.set(e.programmeId, figures);
  }
  const attended = supervision.filter((r) => r.attended && within(r.heldOn, period));
  const firsts = [...engagements.map((e) => e.startedAt), ...attended.map((r) => r.heldOn)];
  return {
    byProgramme: [...byProgramme.values()].filter((f) => f.accompanied > 0 || f.sessionsHeld > 0 || f.completed > 0),
    total,
    supervisionAttended: attended.length,
    since: firsts.length ? new Date(Math.min(...firsts.map((d) => d.getTime()))) : null,
  };
}

/** Whether there is anything to attest: at least one session held or one supervision attended. */
export function hasContribution(c: Contribution): boolean {
  return c.total.sessionsHeld > 0 || c.supervisionAttended > 0;
}

/** The calendar years (newest first) in which something counted happened: the attestation's choices. */
export function contributionYears(
  engagements: readonly ContributionEngagement[],
  supervision: readonly { heldOn: Date; attended: boolean }[],
): number[] {
  const years = new Set<number>();
  for (const e of engagements) for (const s of e.sessionsHeld) years.add(s.heldAt.getUTCFullYear());
  for (const r of supervision) if (r.attended) years.add(r.heldOn.getUTCFullYear());
  return [...years].sort((a, b) => b - a);
}
/** The `year` of an attestation's address: a four-digit calendar year, or null (every year) for anything else. */
export function parseContributionYear(value: string | string[] | undefined): number | null {
  if (typeof value !== "string" || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= 2000 && year <= 2100 ? year : null;
}

/** The workshops attended within the period (the attestation's year, or every year). */
export function attendedWithin<T extends { startsAt: Date }>(workshops: readonly T[], period: ContributionPeriod): T[] {
  return workshops.filter((w) => within(w.startsAt, period));
}
