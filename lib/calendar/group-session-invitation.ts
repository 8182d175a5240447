// The iCalendar (RFC 5545) invitation to one group coaching session, sent to every member and the
// coach when the coach schedules (or moves) it. One UID per group session for its whole life;
// SEQUENCE rises with every change, so calendars update the same event instead of adding another.
import { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { calendarInZone, type Person } from "./session-invitation";

export type GroupSessionInvitation = {
  sessionId: string;
  sequence: number;
  startsAt: Date;
  durationMinutes: number;
  /** The IANA zone the coach gave the time in: DTSTART and DTEND carry it as TZID. */
  timeZone: string;
  /** In the recipient's language. */
  summary: string;
  description: string;
  /** The group's video-call link, if any. */
  meetingUrl: string | null;
  organizer: Person;
  attendees: Person[];
  /** When the message is made (DTSTAMP). */
  stamp: Date;
};

/** The stable UID of a group session's event. */
export function groupSessionUid(sessionId: string): string {
  return `group-${sessionId}@binome`;
}

/** The .ics text of a group session's invitation (METHOD:REQUEST). */
export function groupSessionInvitationIcs(i: GroupSessionInvitation): string {
  const { cal, timed } = calendarInZone(ICalCalendarMethod.REQUEST, "Binome group sessions", i.timeZone);
  const event = cal.createEvent({
    id: groupSessionUid(i.sessionId),
    sequence: i.sequence,
    stamp: i.stamp,
    ...timed(i.startsAt, i.durationMinutes),
    summary: i.summary,
    description: i.description,
    location: i.meetingUrl,
    url: i.meetingUrl,
    status: ICalEventStatus.CONFIRMED,
    organizer: { name: i.organizer.name ?? i.organizer.email, email: i.organizer.email },
  });
  for (const a of i.attendees) {
    event.createAttendee({
      name: a.name ?? a.email,
      email: a.email,
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
      rsvp: false,
    });
  }
  return cal.toString();
}

/** The attachment's file name: "group-session-2.ics". */
export function groupIcsFileName(position: number): string {
  return `group-session-${position}.ics`;
}
