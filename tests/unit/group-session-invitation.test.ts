// The calendar invitation to a group coaching session (lib/calendar/group-session-invitation.ts) and
// the e-mail that carries it (lib/email/group-emails.ts): the coach's time zone as TZID, one stable
// UID per session, every member as an attendee, texts in the recipient's language.
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { groupSessionInvitationIcs, groupSessionUid } from "@/lib/calendar/group-session-invitation";
import { groupSessionScheduledEmail } from "@/lib/email/group-emails";

const facts = {
  sessionId: "s1",
  sequence: 2,
  position: 2,
  stepKey: "group.session-2",
  startsAt: new Date("2030-03-05T13:00:00Z"),
  durationMinutes: 90,
  timeZone: "Europe/Zurich",
  groupTitle: "Diriger dans le changement",
  meetingUrl: "https://meet.example.org/g",
  pageUrl: "https://binome.example.org/groups/g1",
  organizer: { name: "Carlos Mendes", email: "carlos@example.org" },
  attendees: [
    { name: "Amina Diallo", email: "amina@example.org" },
    { name: "Kofi Mensah", email: "kofi@example.org" },
  ],
};

describe("a group session's invitation", () => {
  it("is a REQUEST at the coach's wall-clock time in their zone, for every member", () => {
    const ics = groupSessionInvitationIcs({
      ...facts,
      summary: "Group — Session 2",
      description: "-",
      stamp: new Date("2030-01-01T00:00:00Z"),
    });
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!);
    expect(ics).toContain("METHOD:REQUEST");
    expect(ics).toContain("DTSTART;TZID=Europe/Zurich:20300305T140000");
    expect(event.uid).toBe(groupSessionUid("s1"));
    expect(event.sequence).toBe(2);
    expect(event.duration.toSeconds()).toBe(90 * 60);
    expect(event.attendees.map((a) => String(a.getFirstValue()).toLowerCase())).toEqual([
      "mailto:amina@example.org",
      "mailto:kofi@example.org",
    ]);
  });

  it("comes with the e-mail, in the recipient's language", () => {
    const fr = groupSessionScheduledEmail(
      { to: "amina@example.org", name: "Amina", locale: "fr", timeZone: "Europe/Zurich" },
      { coachName: "Carlos Mendes", facts, update: false, stamp: new Date("2030-01-01T00:00:00Z") },
    );
    expect(fr.kind).toBe("group-session-scheduled");
    expect(fr.subject).toBe("Séance 2 — Séance de groupe du groupe Diriger dans le changement est programmée");
    expect(fr.text).toContain("(Europe/Zurich)");
    expect(fr.attachments?.[0].filename).toBe("group-session-2.ics");
    const en = groupSessionScheduledEmail(
      { to: "kofi@example.org", name: null, locale: "en", timeZone: "UTC" },
      {
        coachName: "Carlos Mendes",
        facts: { ...facts, groupTitle: "Leading change" },
        update: true,
        stamp: new Date(),
      },
    );
    expect(en.subject).toBe("New time: Session 2 — Group session of Leading change");
  });
});
