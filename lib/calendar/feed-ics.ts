// A person's calendar feed (RFC 5545, no METHOD: a published calendar, not an invitation), the
// address Outlook, Google Calendar and Apple Calendar subscribe to. Times are written in UTC, the
// person's zone named as X-WR-TIMEZONE so clients show the calendar in it; each event keeps the
// UID and SEQUENCE its source gives, so an event also imported from an invitation is the same one.
import { ICalCalendar, ICalEventStatus } from "ical-generator";

export type FeedIcsEvent = {
  uid: string;
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  cancelled?: boolean;
};

export type FeedCalendar = {
  name: string;
  description: string;
  /** The person's IANA zone. */
  timeZone: string;
  /** When the feed is made (DTSTAMP of every event). */
  stamp: Date;
  events: FeedIcsEvent[];
};

export function feedIcs(feed: FeedCalendar): string {
  const cal = new ICalCalendar({
    prodId: { company: "Binome", product: "Binome calendar feed", language: "EN" },
    name: feed.name,
    description: feed.description,
    // REFRESH-INTERVAL and X-PUBLISHED-TTL: how often clients that honour them fetch the feed again.
    ttl: 60 * 60,
  });
  cal.x([["X-WR-TIMEZONE", feed.timeZone]]);
  const events = [...feed.events].sort(
    (a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.uid.localeCompare(b.uid),
  );
  for (const e of events) {
    cal.createEvent({
      id: e.uid,
      sequence: e.sequence,
      stamp: feed.stamp,
      start: e.startsAt,
      end: e.endsAt,
      summary: e.summary,
      description: e.description ?? null,
      location: e.location || null,
      url: e.url || null,
      status: e.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return cal.toString();
}

export const FEED_CONTENT_TYPE = "text/calendar; charset=utf-8";
