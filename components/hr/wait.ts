// How long a submission has waited for HR, in words of the reader's language, and whether
// that is long enough to stand out in the queue.
import { differenceInDays, formatDistanceStrict } from "date-fns";
import { enGB, fr } from "date-fns/locale";

/** From this many days a submission is highlighted; from OVERDUE_DAYS it is marked overdue. */
export const LONG_WAIT_DAYS = 7;
export const OVERDUE_DAYS = 14;

export type WaitLevel = "normal" | "long" | "overdue";

export function waitFor(since: Date, now: Date, locale: string): { words: string; days: number; level: WaitLevel } {
  const days = differenceInDays(now, since);
  return {
    words: formatDistanceStrict(since, now, { locale: locale === "fr" ? fr : enGB, roundingMethod: "floor" }),
    days,
    level: days >= OVERDUE_DAYS ? "overdue" : days >= LONG_WAIT_DAYS ? "long" : "normal",
  };
}
