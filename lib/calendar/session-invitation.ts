// The iCalendar (RFC 5545) invitation for one session, as sent with the confirmation e-mail and
// offered for download on the engagement page. One UID per session for its whole life; SEQUENCE
// rises with every change (lib/domain/session-lifecycle.ts), so Outlook, Teams and Google Calendar
// update or remove the same event instead of adding another.
import { TZDate } from "@date-fns/tz";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendar,
  ICalCalendarMethod,
  ICalEventStatus,
} from "ical-generator";
import { eventLocation } from "../domain/meeting-link";

export type InvitationMethod = "REQUEST" | "CANCEL";
export type Person = { name: string | null; email: string };

export type SessionInvitation = {
  method: InvitationMethod;
  sessionId: string;
  sequence: number;
  startsAt: Date;
  durationMinutes: number;
  /** The IANA zone the time was agreed in: DTSTART and DTEND carry it as TZID, with its VTIMEZONE. */
  timeZone: string;
  /** In the recipient's language. */
  summary: string;
  description: string;
  mode: "in_person" | "video" | "phone";
  location: string | null;
  /** The online-meeting link (https) people join by: LOCATION and URL carry it. */
  meetingUrl?: string | null;
  organizer: Person;
  attendees: Person[];
  /** When the message is made (DTSTAMP). */
  stamp: Date;
};

/** The stable UID of a session's event. */
export function sessionUid(sessionId: string): string {
  return `${sessionId}@binome`;
}

const UTC_ZONES = new Set([
  "UTC",
  "Etc/UTC",
  "Etc/GMT",
  "GMT",
  "Etc/UCT",
  "UCT",
  "Etc/Universal",
  "Universal",
  "Zulu",
  "Etc/Zulu",
]);

/**
 * The TZID to write and its VTIMEZONE block, or null to write the time in UTC. The VTIMEZONE data
 * may name a zone by its current name ("Asia/Kolkata" for "Asia/Calcutta"): the event then uses that
 * name so TZID and VTIMEZONE agree. A zone the data does not know is written in UTC (same instant).
 */
export function calendarZone(timeZone: string): { tzid: string; vtimezone: string } | null {
  if (UTC_ZONES.has(timeZone)) return null;
  const vtimezone = getVtimezoneComponent(timeZone);
  const tzid = vtimezone?.match(/^TZID:(.+?)\r?$/m)?.[1];
  return vtimezone && tzid ? { tzid, vtimezone } : null;
}

/**
 * A calendar of one METHOD with the zone's VTIMEZONE, and the start, end and TZID of an event of
 * that length in the zone (in UTC when the zone is UTC or unknown), for every invitation Binôme sends.
 */
export function calendarInZone(method: ICalCalendarMethod, product: string, timeZone: string) {
  const zone = calendarZone(timeZone);
  const cal = new ICalCalendar({ method, prodId: { company: "Binome", product, language: "EN" } });
  if (zone) {
    const block = zone.vtimezone;
    cal.timezone({ name: null, generator: () => block });
  }
  const at = (d: Date) => (zone ? new TZDate(d.getTime(), zone.tzid) : d);
  const timed = (startsAt: Date, durationMinutes: number) => ({
    start: at(startsAt),
    end: at(new Date(startsAt.getTime() + durationMinutes * 60_000)),
    timezone: zone?.tzid ?? null,
  });
  return { cal, timed };
}

/** The .ics text of a session's invitation (METHOD:REQUEST) or cancellation (METHOD:CANCEL). */
export function sessionInvitationIcs(i: SessionInvitation): string {
  const { cal, timed } = calendarInZone(
    i.method === "CANCEL" ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    "Binome sessions",
    i.timeZone,
  );
  const event = cal.createEvent({
    id: sessionUid(i.sessionId),
    sequence: i.sequence,
    stamp: i.stamp,
    ...timed(i.startsAt, i.durationMinutes),
    summary: i.summary,
    description: i.description,
    location: eventLocation(i.meetingUrl ?? null, i.location),
    url: i.meetingUrl ?? null,
    status: i.method === "CANCEL" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: i.organizer.name ?? i.organizer.email, email: i.organizer.email },
  });
  for (const a of i.attendees) {
    event.createAttendee({
      name: a.name ?? a.email,
      email: a.email,
      role: ICalAttendeeRole.REQ,
      // Both people agreed the time in Binôme: nobody has to answer the invitation again.
      status: ICalAttendeeStatus.ACCEPTED,
      rsvp: false,
    });
  }
  return cal.toString();
}

/** The MIME type of an invitation as an e-mail part or a download (method named, as Outlook and Gmail want). */
export function invitationContentType(method: InvitationMethod): string {
  return `text/calendar; charset=utf-8; method=${method}`;
}
