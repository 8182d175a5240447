// When the reminder before a session and the nudge after it are due. Pure rules, no I/O; the
// job (lib/server/sessions/send-session-reminders.ts, nudge-unmarked-sessions.ts) applies them.

/** The reminder goes out at most this long before an agreed session. */
export const REMINDER_HOURS_BEFORE = 24;
/** A session nobody marked gets its nudge this long after its planned end. */
export const NUDGE_MINUTES_AFTER_END = 60;
/** Older unmarked sessions are not nudged (e.g. history loaded from elsewhere). */
export const NUDGE_WITHIN_DAYS = 7;

const HOUR = 3_600_000;
const MINUTE = 60_000;

type Agreed = { status: string; startsAt: Date | null; durationMinutes: number };

/**
 * A scheduled session starting within the next 24 hours whose reminder has not gone out for this
 * time. A reminder sent before the current time's 24-hour window was for an earlier time (the
 * session was moved since), so the new time gets its own.
 */
export function reminderDue(s: Agreed & { reminderSentAt: Date | null }, now: Date): boolean {
  if (s.status !== "scheduled" || !s.startsAt) return false;
  const t = s.startsAt.getTime();
  if (s.reminderSentAt && s.reminderSentAt.getTime() >= t - REMINDER_HOURS_BEFORE * HOUR) return false;
  return t > now.getTime() && t <= now.getTime() + REMINDER_HOURS_BEFORE * HOUR;
}

/** The bounds of startsAt for sessions whose reminder may be due now (for the query). */
export function reminderWindow(now: Date): { after: Date; until: Date } {
  return { after: now, until: new Date(now.getTime() + REMINDER_HOURS_BEFORE * HOUR) };
}

export function sessionEnd(s: { startsAt: Date; durationMinutes: number }): Date {
  return new Date(s.startsAt.getTime() + s.durationMinutes * MINUTE);
}

/**
 * A scheduled session whose time is over (by an hour) and that nobody marked completed or missed,
 * not nudged since it ended (a nudge from before its end was for an earlier time).
 */
export function nudgeDue(s: Agreed & { nudgedAt: Date | null }, now: Date): boolean {
  if (s.status !== "scheduled" || !s.startsAt) return false;
  const end = sessionEnd({ startsAt: s.startsAt, durationMinutes: s.durationMinutes }).getTime();
  if (s.nudgedAt && s.nudgedAt.getTime() >= end) return false;
  return (
    end + NUDGE_MINUTES_AFTER_END * MINUTE <= now.getTime() && end >= now.getTime() - NUDGE_WITHIN_DAYS * 24 * HOUR
  );
}

/** Loose bounds of startsAt for sessions whose nudge may be due now (nudgeDue decides). */
export function nudgeWindow(now: Date, longestMinutes = 24 * 60): { from: Date; until: Date } {
  return {
    from: new Date(now.getTime() - NUDGE_WITHIN_DAYS * 24 * HOUR - longestMinutes * MINUTE),
    until: new Date(now.getTime() - NUDGE_MINUTES_AFTER_END * MINUTE),
  };
}
