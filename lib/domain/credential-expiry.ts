// Keeping a coach's credential current. ICF credentials are renewed every three years: a credential
// given with its date expires three years later unless the coach says otherwise. HR and the coach are
// reminded before it expires; once it has expired the coach is no longer listed (LISTED_PROFILE in
// coach-lifecycle.ts, set by the background job) until HR approves a renewal. Dates are calendar days
// (UTC midnight, as the database's DATE columns hold them); the clock is passed in.

/** ICF credentials are renewed every three years. */
export const RENEWAL_YEARS = 3;

/** Reminders before expiry, in days, largest first: each is sent once per expiry date. */
export const REMINDER_DAYS = [60, 14] as const;
export type ReminderDays = (typeof REMINDER_DAYS)[number];

/** How many hours of continuing development one entry may record. */
export const MAX_DEVELOPMENT_HOURS = 200;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar day (UTC midnight) of an instant. */
export function dayOf(instant: Date): Date {
  return new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()));
}

/** A "YYYY-MM-DD" day as a Date at UTC midnight, or null when it is not a real day. */
export function parseDay(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** A day as "YYYY-MM-DD" (for date fields). */
export function formatDay(day: Date): string {
  return day.toISOString().slice(0, 10);
}

/**
 * The default expiry of a credential dated `credentialDate`: three years later, on the same day
 * (a credential of 2024-03-01 expires on 2027-03-01; one of 29 February on 28 February).
 */
export function defaultExpiry(credentialDate: Date): Date {
  const year = credentialDate.getUTCFullYear() + RENEWAL_YEARS;
  const month = credentialDate.getUTCMonth();
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(credentialDate.getUTCDate(), lastDay)));
}

/** Whole days from today to the expiry day: 0 on the last valid day, negative once expired. */
export function daysUntilExpiry(expiresOn: Date, now: Date): number {
  return Math.round((dayOf(expiresOn).getTime() - dayOf(now).getTime()) / DAY_MS);
}

/** A credential has lapsed once its last valid day is over; an unknown expiry never lapses. */
export function hasLapsed(expiresOn: Date | null, now: Date): boolean {
  return expiresOn !== null && daysUntilExpiry(expiresOn, now) < 0;
}

/** Credentials expiring before this day (today) have lapsed: the job's `where`, same rule as hasLapsed. */
export function lapseCutoff(now: Date): Date {
  return dayOf(now);
}

export type ExpiryState =
  | { state: "unknown" }
  | { state: "current"; daysLeft: number }
  | { state: "expiringSoon"; daysLeft: number }
  | { state: "lapsed"; daysAgo: number };

/** What the coach and HR are told about a credential's expiry. */
export function expiryState(expiresOn: Date | null, now: Date): ExpiryState {
  if (expiresOn === null) return { state: "unknown" };
  const daysLeft = daysUntilExpiry(expiresOn, now);
  if (daysLeft < 0) return { state: "lapsed", daysAgo: -daysLeft };
  if (daysLeft <= REMINDER_DAYS[0]) return { state: "expiringSoon", daysLeft };
  return { state: "current", daysLeft };
}

/**
 * The reminder due now for a credential, or null: the smallest threshold the expiry is within, when
 * no reminder for that threshold (or a smaller one) was sent for this expiry date. A credential
 * first given 10 days before it expires gets the 14-day reminder only, not the 60-day one too;
 * none is sent once it has expired.
 */
export function reminderDue(expiresOn: Date | null, now: Date, sent: readonly number[]): ReminderDays | null {
  if (expiresOn === null) return null;
  const daysLeft = daysUntilExpiry(expiresOn, now);
  if (daysLeft < 0) return null;
  const within = REMINDER_DAYS.filter((days) => daysLeft <= days);
  if (within.length === 0) return null;
  const threshold = within[within.length - 1];
  return sent.some((days) => days <= threshold) ? null : threshold;
}

/** The window of expiry days the reminder job looks at: from today to the largest threshold. */
export function reminderWindow(now: Date): { from: Date; until: Date } {
  const from = dayOf(now);
  return { from, until: new Date(from.getTime() + REMINDER_DAYS[0] * DAY_MS) };
}

/** The refusal key when a credential's dates do not fit, or null. */
export function checkCredentialDates(
  credentialDate: Date,
  expiresOn: Date,
  now: Date,
): "credentialDateInFuture" | "credentialExpiryBeforeDate" | null {
  if (credentialDate.getTime() > dayOf(now).getTime()) return "credentialDateInFuture";
  if (expiresOn.getTime() <= credentialDate.getTime()) return "credentialExpiryBeforeDate";
  return null;
}

/** A development entry's hours as minutes (quarters of an hour), or null when out of range. */
export function developmentMinutes(hours: number): number | null {
  if (!Number.isFinite(hours) || hours <= 0 || hours > MAX_DEVELOPMENT_HOURS) return null;
  const minutes = Math.round(hours * 4) * 15;
  return minutes > 0 ? minutes : null;
}

/** Total hours of continuing development, from minutes, to one decimal. */
export function totalHours(minutes: readonly number[]): number {
  return Math.round(minutes.reduce((sum, m) => sum + m, 0) / 6) / 10;
}
