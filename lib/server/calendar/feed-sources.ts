import "server-only";
// The sources of a person's calendar feed (app/calendar/[token]/route.ts). Each source gives the
// events one kind of record puts in that person's calendar; the feed is their union. A new kind of
// meeting (a supervision group, a workshop, a group coaching session) adds its source here, in one
// line, with a UID of its own that never changes for the life of the event.
import type { Db } from "../../db/client";
import type { Locale } from "../../i18n/config";
import { groupSessionFeedEvents } from "./group-session-feed-source";
import { milestoneFeedEvents } from "./milestone-feed-source";
import { sessionFeedEvents } from "./session-feed-source";
import { supervisionFeedEvents } from "./supervision-feed-source";
import { workshopFeedEvents } from "./workshop-feed-source";

/** One event of a person's feed. Times are instants (written in UTC); texts in the person's language. */
export type FeedEvent = {
  /**
   * Stable for the life of the event and unique across sources (e.g. "<id>@binome" for a session,
   * the UID of its single invitation, so a calendar holding both keeps one event).
   */
  uid: string;
  /** iCalendar SEQUENCE: rises each time the event's time changes or it is cancelled. */
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  description?: string | null;
  /** A place, a phone number or a meeting link. */
  location?: string | null;
  /** The online-meeting link, when there is one (https). */
  url?: string | null;
  /** A cancelled event stays in the feed with STATUS:CANCELLED so calendars remove it. */
  cancelled?: boolean;
};

/** Who the feed is for: their language and their zone. */
export type FeedContext = { locale: Locale; timeZone: string; now: Date };

export type FeedSource = (db: Db, userId: string, context: FeedContext) => Promise<FeedEvent[]>;

export const FEED_SOURCES: readonly FeedSource[] = [
  sessionFeedEvents,
  milestoneFeedEvents,
  supervisionFeedEvents,
  workshopFeedEvents,
  groupSessionFeedEvents,
  // One line per further source.
];
