// The iCalendar (RFC 5545) invitation to a group supervision session, attached to the e-mail a coach
// receives when they register. One UID per session ("supervision-<id>@binome") for its whole life,
// so a calendar updates the same event; the time carries the session's zone (TZID and VTIMEZONE).
import { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { calendarInZone, type Person } from "./session-invitation";

export type SupervisionInvitation = {
  method: "REQUEST" | "CANCEL";
  sessionId: string;
  sequence: number;
  startsAt: Date;
  durationMinutes: number;
  timeZone: string;
  /** In the recipient's language. */
  summary: string;
  description: string;
  meetingLink: string | null;
  organizer: Person;
  attendee: Person;
  /** When the message is made (DTSTAMP). */
  stamp: Date;
};

/** The stable UID of a group supervision session's event. */
export function supervisionUid(sessionId: string): string {
  return `supervision-${sessionId}@binome`;
}

/** The .ics text of the invitation to one group supervision session, for one coach. */
export function supervisionInvitationIcs(i: SupervisionInvitation): string {
  const { cal, timed } = calendarInZone(
    i.method === "CANCEL" ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    "Binome supervision",
    i.timeZone,
  );
  const event = cal.createEvent({
    id: supervisionUid(i.sessionId),
    sequence: i.sequence,
    stamp: i.stamp,
    ...timed(i.startsAt, i.durationMinutes),
    summary: i.summary,
    description: i.description,
    location: i.meetingLink,
    url: i.meetingLink,
    status: i.method === "CANCEL" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: i.organizer.name ?? i.organizer.email, email: i.organizer.email },
  });
  event.createAttendee({
    name: i.attendee.name ?? i.attendee.email,
    email: i.attendee.email,
    role: ICalAttendeeRole.REQ,
    // The coach registered in Binôme: nothing to answer again.
    status: ICalAttendeeStatus.ACCEPTED,
    rsvp: false,
  });
  return cal.toString();
}
