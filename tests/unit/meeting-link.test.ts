// Online-meeting links: what counts as one, and which link a session's people join by.
import { describe, expect, it } from "vitest";
import { effectiveMeetingLink, eventLocation, isMeetingUrl, MAX_MEETING_URL } from "@/lib/domain/meeting-link";
import { sessionReminderEmail } from "@/lib/email/reminder-emails";
import { setMeetingLinkSchema } from "@/lib/validation/meeting-link";
import fr from "@/messages/fr.json";

const teams = "https://teams.example.org/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%22Tid%22%7d";
const zoom = "https://us02web.zoom.us/j/81234567890?pwd=abc";

describe("isMeetingUrl", () => {
  it("accepts https links of any service", () => {
    for (const url of [teams, zoom, "https://un.webex.com/meet/amina", "https://meet.jit.si/binome-carlos-amina"])
      expect(isMeetingUrl(url)).toBe(true);
  });

  it("refuses anything that is not an https address", () => {
    for (const value of [
      "javascript:alert(1)",
      "JavaScript:alert(document.cookie)",
      "data:text/html,<script>alert(1)</script>",
      "http://teams.example.org/meeting",
      "ftp://files.example.org/x",
      "mailto:amina@example.org",
      "teams.example.org/meeting",
      "//teams.example.org/meeting",
      "https://",
      "https://user:secret@zoom.us/j/1",
      "https://zoom.us/j/1 2",
      "+41 22 917 1234",
      "",
    ])
      expect(isMeetingUrl(value), value).toBe(false);
  });

  it("refuses an address longer than the limit", () => {
    expect(isMeetingUrl(`https://zoom.us/${"a".repeat(MAX_MEETING_URL)}`)).toBe(false);
  });
});

describe("effectiveMeetingLink", () => {
  it("a video session with a link of its own uses it (the override)", () => {
    expect(effectiveMeetingLink(teams, { mode: "video", location: zoom })).toBe(zoom);
  });

  it("a video session without a link uses the engagement's default", () => {
    expect(effectiveMeetingLink(teams, { mode: "video", location: null })).toBe(teams);
    expect(effectiveMeetingLink(teams, { mode: "video", location: "  " })).toBe(teams);
    expect(effectiveMeetingLink(teams, { mode: "video", location: "Teams, as usual" })).toBe(teams);
    // An http address is not a link to click: the default is used.
    expect(effectiveMeetingLink(teams, { mode: "video", location: "http://old.example.org/room" })).toBe(teams);
  });

  it("sessions in person or by phone, and video sessions with neither link, have none", () => {
    expect(effectiveMeetingLink(teams, { mode: "in_person", location: "Palais des Nations, E-3042" })).toBeNull();
    expect(effectiveMeetingLink(teams, { mode: "phone", location: "+41 22 917 1234" })).toBeNull();
    expect(effectiveMeetingLink(null, { mode: "video", location: null })).toBeNull();
    expect(effectiveMeetingLink(teams, { mode: null, location: null })).toBeNull();
  });

  it("never hands out a default that is not an https link", () => {
    expect(effectiveMeetingLink("javascript:alert(1)", { mode: "video", location: null })).toBeNull();
  });

  it("the calendar's LOCATION is the link, else the place", () => {
    expect(eventLocation(teams, "Teams")).toBe(teams);
    expect(eventLocation(null, " Room 3 ")).toBe("Room 3");
    expect(eventLocation(null, "")).toBeNull();
  });
});

describe("setMeetingLinkSchema", () => {
  const engagementId = "cmengagement0000000000001";
  it("accepts a link (trimmed) and the empty value that removes it", () => {
    expect(setMeetingLinkSchema.parse({ engagementId, meetingUrl: ` ${teams} ` }).meetingUrl).toBe(teams);
    expect(setMeetingLinkSchema.parse({ engagementId, meetingUrl: "" }).meetingUrl).toBe("");
  });

  it("refuses javascript: and http: with the message for the field", () => {
    for (const meetingUrl of ["javascript:alert(1)", "http://zoom.us/j/1"]) {
      const result = setMeetingLinkSchema.safeParse({ engagementId, meetingUrl });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({ path: ["meetingUrl"], message: "meetingUrlInvalid" });
    }
  });
});

describe("the reminder e-mail", () => {
  const session = { position: 2, stepKey: "coaching.objectives", startsAt: new Date("2026-12-10T09:00:00Z") };
  it("carries the link to join, in the recipient's language, without repeating it as the place", () => {
    const mail = sessionReminderEmail(
      { to: "amina@example.org", name: "Amina", locale: "fr", timeZone: "Europe/Zurich" },
      {
        session: { ...session, durationMinutes: 45, location: teams, meetingUrl: teams },
        otherName: "Carlos",
        evaluationMissing: null,
        url: "https://binome.example.org/engagements/e1",
      },
    );
    expect(mail.text).toContain(fr.meetingLink.email.replace("{url}", teams));
    expect(mail.text.split(teams)).toHaveLength(2);
  });

  it("says nothing of a link for a session in person", () => {
    const mail = sessionReminderEmail(
      { to: "amina@example.org", name: "Amina", locale: "en" },
      {
        session: { ...session, durationMinutes: 45, location: "Room E-3042", meetingUrl: null },
        otherName: "Carlos",
        evaluationMissing: null,
        url: "https://binome.example.org/engagements/e1",
      },
    );
    expect(mail.text).toContain("Room E-3042");
    expect(mail.text).not.toContain("https://teams");
  });
});
