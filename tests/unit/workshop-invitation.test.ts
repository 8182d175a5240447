// The calendar event sent with a workshop seat, read back with ical.js.
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { workshopInvitationIcs } from "@/lib/calendar/workshop-invitation";

describe("workshop calendar event", () => {
  it("carries the start in the workshop's zone, the length and the link", () => {
    const ics = workshopInvitationIcs({
      workshopId: "w1",
      registrationId: "r1",
      startsAt: new Date("2026-12-10T13:00:00Z"),
      durationMinutes: 90,
      timeZone: "Europe/Zurich",
      summary: "Donner du feedback",
      description: "Une séance pratique.",
      meetingUrl: "https://meet.example.org/x",
      stamp: new Date("2026-12-04T10:00:00Z"),
    });
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!);
    expect(event.uid).toBe("workshop-r1@binome");
    expect(event.summary).toBe("Donner du feedback");
    expect(ics).toContain("DTSTART;TZID=Europe/Zurich:20261210T140000");
    expect(event.startDate.toString()).toBe("2026-12-10T14:00:00");
    expect(event.endDate.toString()).toBe("2026-12-10T15:30:00");
    expect(ics).toContain("https://meet.example.org/x");
  });
});
