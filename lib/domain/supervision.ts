// Monthly supervision of coaches (seed 000: coaches attend a monthly supervision session led by
// an experienced certified coach; seed 004: the coach regularly takes questions from their
// practice to a supervisor). Pure rules over the sessions a coach records.

export const MAX_SUPERVISOR = 120;
/** How far back a coach may record a session. */
export const SUPERVISION_RECORD_MAX_AGE_MONTHS = 24;
/** Months shown in the attendance summaries. */
export const ATTENDANCE_MONTHS = 6;

export type SupervisionRecordLike = { heldOn: Date; attended: boolean };
/** A calendar month: year and 0-based month. */
export type Month = { year: number; month: number };

export function monthOf(d: Date): Month {
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() };
}
export function addMonths(m: Month, n: number): Month {
  const i = m.year * 12 + m.month + n;
  return { year: Math.floor(i / 12), month: ((i % 12) + 12) % 12 };
}
export function sameMonth(a: Month, b: Month): boolean {
  return a.year === b.year && a.month === b.month;
}
/** UTC midnight of the month's first day. */
export function monthStart(m: Month): Date {
  return new Date(Date.UTC(m.year, m.month, 1));
}
/** "2026-10" */
export function monthKey(m: Month): string {
  return `${m.year}-${String(m.month + 1).padStart(2, "0")}`;
}

/** The calendar month before today's (UTC): the one "missed last month" is about. */
export function lastMonth(today: Date): Month {
  return addMonths(monthOf(today), -1);
}

export function attendedIn(records: readonly SupervisionRecordLike[], m: Month): boolean {
  return records.some((r) => r.attended && sameMonth(monthOf(r.heldOn), m));
}

export type MonthAttendance = { month: Month; state: "attended" | "missed" | "notDue" };

/**
 * The last `count` complete months (oldest first) and, for each, whether the coach attended a
 * supervision session. A month that ended before the coach became a coach (`coachSince`) was
 * not due.
 */
export function attendanceByMonth(
  records: readonly SupervisionRecordLike[],
  today: Date,
  coachSince: Date | null,
  count = ATTENDANCE_MONTHS,
): MonthAttendance[] {
  const last = lastMonth(today);
  return Array.from({ length: count }, (_, i) => addMonths(last, i - count + 1)).map((month) => ({
    month,
    state: attendedIn(records, month)
      ? "attended"
      : coachSince && coachSince >= monthStart(addMonths(month, 1))
        ? "notDue"
        : "missed",
  }));
}

/** Whether a coach missed supervision last month (not counted when they became a coach after it ended). */
export function missedLastMonth(
  records: readonly SupervisionRecordLike[],
  today: Date,
  coachSince: Date | null,
): boolean {
  return attendanceByMonth(records, today, coachSince, 1)[0].state === "missed";
}

export function lastAttended(records: readonly SupervisionRecordLike[]): Date | null {
  const dates = records.filter((r) => r.attended).map((r) => r.heldOn.getTime());
  return dates.length ? new Date(Math.max(...dates)) : null;
}

export type SupervisionDateCheck =
  { ok: true } | { ok: false; error: "supervisionDateFuture" | "supervisionDateTooOld" };

/** A session is recorded after it happened, at most two years back. */
export function checkSupervisionDate(heldOn: Date, today: Date): SupervisionDateCheck {
  const day = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  if (heldOn.getTime() > day) return { ok: false, error: "supervisionDateFuture" };
  if (heldOn < monthStart(addMonths(monthOf(today), -SUPERVISION_RECORD_MAX_AGE_MONTHS)))
    return { ok: false, error: "supervisionDateTooOld" };
  return { ok: true };
}
