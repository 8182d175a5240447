import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { supervisionInvitationIcs } from "@/lib/calendar/supervision-invitation";
import {
  attendanceProblem,
  cancelProblem,
  heldOnOf,
  isSupervisor,
  registrationProblem,
  scheduleProblem,
  seatsLeft,
  unregisterProblem,
} from "@/lib/domain/supervision-groups";
import { supervisionRegisteredEmail } from "@/lib/email/supervision-emails";

const NOW = new Date("2026-12-01T09:00:00Z");
const LATER = new Date("2026-12-10T14:00:00Z");

describe("who leads group supervision", () => {
  it("is an approved coach named supervisor", () => {
    expect(isSupervisor({ status: "approved", supervisorSince: NOW })).toBe(true);
    expect(isSupervisor({ status: "approved", supervisorSince: null })).toBe(false);
    expect(isSupervisor({ status: "lapsed", supervisorSince: NOW })).toBe(false);
    expect(isSupervisor(null)).toBe(false);
  });
});

describe("scheduling", () => {
  const ok = { startsAt: LATER, durationMinutes: 90, seats: 8, meetingLink: "https://meet.example.org/x" };
  it("accepts a session to come with 2 to 30 seats, 30 to 240 minutes and an https link or none", () => {
    expect(scheduleProblem(ok, NOW)).toBeNull();
    expect(scheduleProblem({ ...ok, meetingLink: null }, NOW)).toBeNull();
  });
  it("says what is wrong", () => {
    expect(scheduleProblem({ ...ok, startsAt: NOW }, NOW)).toBe("sessionTimeInPast");
    expect(scheduleProblem({ ...ok, seats: 1 }, NOW)).toBe("supervisionSeatsInvalid");
    expect(scheduleProblem({ ...ok, seats: 31 }, NOW)).toBe("supervisionSeatsInvalid");
    expect(scheduleProblem({ ...ok, seats: 2.5 }, NOW)).toBe("supervisionSeatsInvalid");
    expect(scheduleProblem({ ...ok, durationMinutes: 20 }, NOW)).toBe("supervisionDurationInvalid");
    expect(scheduleProblem({ ...ok, meetingLink: "http://meet.example.org" }, NOW)).toBe("meetingUrlInvalid");
  });
});

describe("seats", () => {
  const open = { status: "scheduled" as const, startsAt: LATER, seats: 3, taken: 2, ledByCoach: false };
  it("lets a coach take a free seat before the start", () => {
    expect(registrationProblem(open, NOW)).toBeNull();
    expect(seatsLeft(3, 2)).toBe(1);
    expect(seatsLeft(3, 5)).toBe(0);
  });
  it("refuses a full, started, cancelled or held session, and the supervisor's own", () => {
    expect(registrationProblem({ ...open, taken: 3 }, NOW)).toBe("supervisionSessionFull");
    expect(registrationProblem(open, LATER)).toBe("supervisionSessionStarted");
    expect(registrationProblem({ ...open, status: "cancelled" }, NOW)).toBe("supervisionSessionNotOpen");
    expect(registrationProblem({ ...open, status: "held" }, NOW)).toBe("supervisionSessionNotOpen");
    expect(registrationProblem({ ...open, ledByCoach: true }, NOW)).toBe("supervisionOwnSession");
  });
  it("gives a seat up only before the start", () => {
    expect(unregisterProblem(open, NOW)).toBeNull();
    expect(unregisterProblem(open, LATER)).toBe("supervisionSessionStarted");
  });
});

describe("attendance and cancelling", () => {
  it("records attendance from the start on, never for a cancelled session; cancels only a session to come", () => {
    const s = { status: "scheduled" as const, startsAt: LATER };
    expect(attendanceProblem(s, NOW)).toBe("supervisionAttendanceTooEarly");
    expect(attendanceProblem(s, LATER)).toBeNull();
    expect(attendanceProblem({ ...s, status: "held" }, LATER)).toBeNull();
    expect(attendanceProblem({ ...s, status: "cancelled" }, LATER)).toBe("supervisionSessionNotOpen");
    expect(cancelProblem(s, NOW)).toBeNull();
    expect(cancelProblem(s, LATER)).toBe("supervisionSessionStarted");
  });
  it("dates the record by the session's own calendar day", () => {
    // 23:30 in Geneva on 10 December is 22:30 UTC; in New York 8 December 20:00 is 9 December 01:00 UTC.
    expect(heldOnOf(new Date("2026-12-10T22:30:00Z"), "Europe/Zurich").toISOString()).toBe("2026-12-10T00:00:00.000Z");
    expect(heldOnOf(new Date("2026-12-09T01:00:00Z"), "America/New_York").toISOString()).toBe(
      "2026-12-08T00:00:00.000Z",
    );
  });
});

describe("the invitation", () => {
  it("is one event with a stable UID, the session's zone, the supervisor as organiser and the coach as attendee", () => {
    const text = supervisionInvitationIcs({
      method: "REQUEST",
      sessionId: "s1",
      sequence: 0,
      startsAt: LATER,
      durationMinutes: 90,
      timeZone: "Europe/Zurich",
      summary: "Group supervision",
      description: "Bring a question.",
      meetingLink: "https://meet.example.org/x",
      organizer: { name: "Lina", email: "lina@example.org" },
      attendee: { name: "Carlos", email: "carlos@example.org" },
      stamp: NOW,
    });
    const cal = new ICAL.Component(ICAL.parse(text));
    for (const zone of cal.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
    expect(text).toContain("DTSTART;TZID=Europe/Zurich:20261210T150000");
    expect(cal.getFirstPropertyValue("method")).toBe("REQUEST");
    const event = new ICAL.Event(cal.getFirstSubcomponent("vevent")!);
    expect(event.uid).toBe("supervision-s1@binome");
    expect(event.startDate.toJSDate().toISOString()).toBe(LATER.toISOString());
    expect(event.endDate.toJSDate().toISOString()).toBe("2026-12-10T15:30:00.000Z");
    expect(event.organizer).toContain("lina@example.org");
    expect(event.attendees.map((a) => a.getFirstValue())).toEqual(["MAILTO:carlos@example.org"]);
  });

  it("comes with the registration e-mail, in the coach's language", () => {
    const mail = supervisionRegisteredEmail(
      { to: "carlos@example.org", name: "Carlos", locale: "fr", timeZone: "Europe/Paris" },
      {
        sessionId: "s1",
        sequence: 0,
        startsAt: LATER,
        durationMinutes: 90,
        timeZone: "Europe/Zurich",
        meetingLink: null,
        supervisor: { name: "Lina", email: "lina@example.org" },
        url: "https://binome.example.org/coach/supervision",
        stamp: NOW,
      },
    );
    expect(mail.kind).toBe("supervision-registered");
    expect(mail.subject).toMatch(/^Supervision de groupe : jeudi 10 décembre 2026/);
    expect(mail.text).toContain("Lina");
    expect(mail.attachments?.[0].content).toContain("UID:supervision-s1@binome");
  });
});
