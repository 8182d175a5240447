// The iCalendar (RFC 5545) event of a workshop, attached to the e-mail that confirms a seat: the
// start in the workshop's own zone (TZID with its VTIMEZONE), its length, the link to join. One UID
// per workshop and person, so a second confirmation updates the same event.
import { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { calendarInZone } from "./session-invitation";

export type WorkshopInvitation = {
  workshopId: string;
  registrationId: string;
  startsAt: Date;
  durationMinutes: number;
  /** The IANA zone the workshop is given in. */
  timeZone: string;
  /** In the recipient's language. */
  summary: string;
  description: string;
  meetingUrl: string;
  /** When the message is made (DTSTAMP). */
  stamp: Date;
};

/** The stable UID of a person's workshop event. */
export function workshopUid(registrationId: string): string {
  return `workshop-${registrationId}@binome`;
}

/** The .ics text of a workshop (METHOD:PUBLISH: nobody has to answer it). */
export function workshopInvitationIcs(w: WorkshopInvitation): string {
  const { cal, timed } = calendarInZone(ICalCalendarMethod.PUBLISH, "Binome workshops", w.timeZone);
  cal.createEvent({
    id: workshopUid(w.registrationId),
    sequence: 0,
    stamp: w.stamp,
    ...timed(w.startsAt, w.durationMinutes),
    summary: w.summary,
    description: `${w.description}\n\n${w.meetingUrl}`,
    location: w.meetingUrl,
    url: w.meetingUrl,
    status: ICalEventStatus.CONFIRMED,
  });
  return cal.toString();
}

export const WORKSHOP_ICS_CONTENT_TYPE = "text/calendar; charset=utf-8; method=PUBLISH";
