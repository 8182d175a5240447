// The calendar invitation as a calendar program reads it: parsed with Mozilla's ical.js (the parser
// behind Thunderbird), never by looking for strings we wrote ourselves.
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { sessionIcs, type SessionFacts } from "@/lib/calendar/session-ics";
import { calendarZone, sessionUid } from "@/lib/calendar/session-invitation";
import { sessionCancelledEmail, sessionScheduledEmail } from "@/lib/email/session-emails";
import { renderEml } from "@/lib/email/transport";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";

const facts = (over: Partial<SessionFacts> = {}): SessionFacts => ({
  sessionId: "cmsession123",
  stepKey: "coaching.intro",
  position: 1,
  // 10:00 in Geneva (winter, UTC+1).
  startsAt: new Date("2026-12-03T09:00:00Z"),
  durationMinutes: 45,
  timeZone: "Europe/Zurich",
  mode: "video",
  location: "https://meet.example.org/carlos-amina",
  meetingUrl: "https://meet.example.org/carlos-amina",
  sequence: 0,
  coach: { name: "Carlos Mendes", email: "carlos.coach@example.org" },
  client: { name: "Amina Diallo", email: "amina.client@example.org" },
  pageUrl: "https://binome.example.org/engagements/cmeng1",
  ...over,
});

/** Parses an .ics text, registering its VTIMEZONEs so local times resolve to instants. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const vtimezone of calendar.getAllSubcomponents("vtimezone"))
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  const vevents = calendar.getAllSubcomponents("vevent");
  expect(vevents).toHaveLength(1);
  const vevent = vevents[0];
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

const mailto = (p: ICAL.Property | null) =>
  String(p?.getFirstValue())
    .replace(/^mailto:/i, "")
    .toLowerCase();

describe("the session invitation (METHOD:REQUEST)", () => {
  const ics = sessionIcs("en", facts(), "REQUEST", new Date("2026-12-01T08:00:00Z"));
  const { calendar, vevent, event } = parse(ics);

  it("is a meeting request with a stable UID and the session's SEQUENCE", () => {
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(event.uid).toBe("cmsession123@binome");
    expect(event.uid).toBe(sessionUid("cmsession123"));
    expect(event.sequence).toBe(0);
    expect(vevent.getFirstPropertyValue("status")).toBe("CONFIRMED");
  });

  it("starts at 10:00 Geneva time, with the TZID and its VTIMEZONE, and lasts 45 minutes", () => {
    const dtstart = vevent.getFirstProperty("dtstart")!;
    expect(dtstart.getParameter("tzid")).toBe("Europe/Zurich");
    expect(calendar.getAllSubcomponents("vtimezone").map((z) => z.getFirstPropertyValue("tzid"))).toEqual([
      "Europe/Zurich",
    ]);
    expect(event.startDate.hour).toBe(10);
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-12-03T09:00:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2026-12-03T09:45:00.000Z");
    expect(event.duration.toSeconds()).toBe(45 * 60);
  });

  it("writes DTSTAMP in UTC and no calendar-wide X-WR-TIMEZONE", () => {
    const stamp = vevent.getFirstPropertyValue("dtstamp") as ICAL.Time;
    expect(stamp.zone?.tzid).toBe("UTC");
    expect(stamp.toJSDate().toISOString()).toBe("2026-12-01T08:00:00.000Z");
    expect(ics).not.toMatch(/X-WR-TIMEZONE/);
  });

  it("names the coach as ORGANIZER and both people as ATTENDEEs who need not answer again", () => {
    expect(mailto(vevent.getFirstProperty("organizer"))).toBe("carlos.coach@example.org");
    expect(vevent.getFirstProperty("organizer")!.getParameter("cn")).toBe("Carlos Mendes");
    const attendees = vevent.getAllProperties("attendee");
    expect(attendees.map(mailto).sort()).toEqual(["amina.client@example.org", "carlos.coach@example.org"]);
    for (const a of attendees) expect(a.getParameter("partstat")).toBe("ACCEPTED");
  });

  it("says what, where and how to find the session plan", () => {
    expect(event.summary).toBe(`${en.sessionPlans.coaching.intro.title} — Carlos Mendes & Amina Diallo`);
    expect(event.location).toBe("https://meet.example.org/carlos-amina");
    expect(vevent.getFirstPropertyValue("url")).toBe("https://meet.example.org/carlos-amina");
    expect(event.description).toContain("https://binome.example.org/engagements/cmeng1");
    expect(event.description).toContain(en.sessions.modes.video);
  });

  it("is written in the recipient's language", () => {
    const french = parse(sessionIcs("fr", facts(), "REQUEST")).event;
    expect(french.summary).toBe(`${fr.sessionPlans.coaching.intro.title} — Carlos Mendes et Amina Diallo`);
    expect(french.description).toContain(fr.sessions.modes.video);
    expect(french.uid).toBe(event.uid);
  });

  it("gives a place (no URL) for a meeting in person", () => {
    const inPerson = parse(
      sessionIcs(
        "en",
        facts({ mode: "in_person", location: "Palais des Nations, room E-3042", meetingUrl: null }),
        "REQUEST",
      ),
    ).vevent;
    expect(inPerson.getFirstPropertyValue("location")).toBe("Palais des Nations, room E-3042");
    expect(inPerson.getFirstProperty("url")).toBeNull();
  });

  it("carries the engagement's meeting link in LOCATION, URL and the description when the session has none of its own", () => {
    const teams = "https://teams.example.org/l/meetup-join/carlos-amina";
    const { event: withDefault, vevent } = parse(
      sessionIcs("fr", facts({ location: null, meetingUrl: teams }), "REQUEST"),
    );
    expect(withDefault.location).toBe(teams);
    expect(vevent.getFirstPropertyValue("url")).toBe(teams);
    expect(withDefault.description).toContain(fr.meetingLink.email.replace("{url}", teams));
  });
});

describe("the cancellation (METHOD:CANCEL)", () => {
  it("keeps the UID, raises the SEQUENCE and says CANCELLED", () => {
    const { calendar, event, vevent } = parse(sessionIcs("en", facts({ sequence: 3 }), "CANCEL"));
    expect(calendar.getFirstPropertyValue("method")).toBe("CANCEL");
    expect(event.uid).toBe("cmsession123@binome");
    expect(event.sequence).toBe(3);
    expect(vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
  });
});

describe("time zones", () => {
  it("a session agreed in New York time keeps its zone", () => {
    const { event, vevent } = parse(
      sessionIcs("en", facts({ timeZone: "America/New_York", startsAt: new Date("2026-07-01T13:30:00Z") }), "REQUEST"),
    );
    expect(vevent.getFirstProperty("dtstart")!.getParameter("tzid")).toBe("America/New_York");
    expect([event.startDate.hour, event.startDate.minute]).toEqual([9, 30]);
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-07-01T13:30:00.000Z");
  });

  it("an old zone name is written under its current name, so TZID and VTIMEZONE agree", () => {
    expect(calendarZone("Asia/Calcutta")?.tzid).toBe("Asia/Kolkata");
    const { calendar, event, vevent } = parse(sessionIcs("en", facts({ timeZone: "Asia/Calcutta" }), "REQUEST"));
    expect(vevent.getFirstProperty("dtstart")!.getParameter("tzid")).toBe("Asia/Kolkata");
    expect(calendar.getFirstSubcomponent("vtimezone")!.getFirstPropertyValue("tzid")).toBe("Asia/Kolkata");
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-12-03T09:00:00.000Z");
  });

  it("UTC is written as UTC times, without a VTIMEZONE", () => {
    const { calendar, event, vevent } = parse(sessionIcs("en", facts({ timeZone: "UTC" }), "REQUEST"));
    expect(vevent.getFirstProperty("dtstart")!.getParameter("tzid")).toBeUndefined();
    expect(calendar.getAllSubcomponents("vtimezone")).toHaveLength(0);
    expect(event.startDate.zone?.tzid).toBe("UTC");
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-12-03T09:00:00.000Z");
  });
});

describe("the e-mails that carry it", () => {
  const recipient = {
    to: "amina.client@example.org",
    name: "Amina Diallo",
    locale: "en" as const,
    timeZone: "America/New_York",
  };

  it("the confirmation carries the invitation as a text/calendar attachment and as a method=REQUEST part", async () => {
    const email = sessionScheduledEmail(recipient, {
      otherName: "Carlos Mendes",
      facts: facts(),
      update: false,
      stamp: new Date(),
    });
    expect(email.attachments).toHaveLength(1);
    expect(email.attachments![0]).toMatchObject({
      filename: "binome-session-1.ics",
      contentType: "text/calendar; charset=utf-8; method=REQUEST",
    });
    // The time as Amina reads it: in her zone, named.
    expect(email.text).toContain("04:00 (America/New York)");
    const eml = (await renderEml({ id: "x", from: "Binôme <no-reply@example.org>", ...email })).toString("utf8");
    expect(eml).toMatch(/Content-Type: multipart\/mixed/);
    expect(eml).toMatch(/Content-Type: multipart\/alternative/);
    expect(eml).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST\r?\n(?!.*filename)/);
    expect(eml).toMatch(/Content-Disposition: attachment; filename=binome-session-1\.ics/);
  });

  it("the cancellation carries METHOD:CANCEL in the recipient's language", () => {
    const email = sessionCancelledEmail(
      { ...recipient, locale: "fr" },
      { cancelledByName: "Carlos Mendes", byRecipient: false, facts: facts({ sequence: 1 }), stamp: new Date() },
    );
    const { calendar, event } = parse(email.attachments![0].content);
    expect(calendar.getFirstPropertyValue("method")).toBe("CANCEL");
    expect(event.sequence).toBe(1);
    expect(event.summary).toContain(fr.sessionPlans.coaching.intro.title);
    expect(email.subject).toContain(fr.sessionPlans.coaching.intro.title);
  });
});
