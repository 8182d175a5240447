import "server-only";
// A person's calendar feed, for whoever holds its address (a calendar client: no cookie, no
// sign-in). Unknown, malformed and replaced tokens get nothing; so does anyone disabled, gone or
// anonymised. Each address may be read at most FEED_READS_PER_HOUR times an hour: calendars poll
// every few hours; a leaked address hammered by a script costs little.
import { feedIcs } from "../../calendar/feed-ics";
import type { Db } from "../../db/client";
import { isLocale } from "../../i18n/config";
import { messagesFor } from "../../i18n/messages";
import { createTranslator } from "next-intl";
import { allowHit } from "../rate-limit";
import { FEED_SOURCES, type FeedContext } from "./feed-sources";
import { FEED_TOKEN, hashFeedToken } from "./feed-token";

export const FEED_READS_PER_HOUR = 60;

export type CalendarFeedAnswer = { kind: "feed"; ics: string } | { kind: "notFound" } | { kind: "tooMany" };

export async function loadCalendarFeed(prisma: Db, token: string, now: Date = new Date()): Promise<CalendarFeedAnswer> {
  if (!FEED_TOKEN.test(token)) return { kind: "notFound" };
  const user = await prisma.user.findUnique({
    where: { calendarFeedTokenHash: hashFeedToken(token) },
    select: {
      id: true,
      name: true,
      email: true,
      timeZone: true,
      preferredLanguage: true,
      disabledAt: true,
      leftAt: true,
      anonymisedAt: true,
    },
  });
  if (!user || user.disabledAt || user.leftAt || user.anonymisedAt) return { kind: "notFound" };
  if (!(await allowHit(prisma, `calendar-feed:${user.id}`, FEED_READS_PER_HOUR, 3600))) return { kind: "tooMany" };
  const context: FeedContext = {
    locale: isLocale(user.preferredLanguage) ? user.preferredLanguage : "en",
    timeZone: user.timeZone,
    now,
  };
  const events = (await Promise.all(FEED_SOURCES.map((source) => source(prisma, user.id, context)))).flat();
  const t = createTranslator({
    locale: context.locale,
    messages: messagesFor(context.locale),
    namespace: "calendarFeed",
  });
  return {
    kind: "feed",
    ics: feedIcs({
      name: t("calendarName", { name: user.name ?? user.email }),
      description: t("calendarDescription"),
      timeZone: user.timeZone,
      stamp: now,
      events,
    }),
  };
}
