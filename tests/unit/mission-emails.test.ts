import { describe, expect, it } from "vitest";
import { MISSION_EMAIL_EVENTS } from "@/lib/email/email-kinds";
import { missionEmail } from "@/lib/email/mission-emails";

const values = {
  coachee: "Amina Diallo",
  sponsor: "Sam Taylor",
  coach: "Carlos Mendes",
  actor: "Hana Kim",
  milestone: "preliminary_meeting" as const,
  when: new Date("2026-12-01T13:30:00Z"),
  version: 2,
};

describe("mission e-mails", () => {
  it.each(MISSION_EMAIL_EVENTS.flatMap((e) => (["en", "fr"] as const).map((l) => [e, l] as const)))(
    "%s in %s: a subject, a sentence and the link, every placeholder filled",
    (event, locale) => {
      const mail = missionEmail(
        { to: "sam.manager@example.org", name: "Sam Taylor", locale, timeZone: "Europe/Zurich" },
        event,
        values,
        "https://binome.example.org/missions/m1",
      );
      expect(mail.kind).toBe(`mission-${event}`);
      expect(mail.subject.length).toBeGreaterThan(5);
      expect(mail.text).toContain("https://binome.example.org/missions/m1");
      expect(`${mail.subject}\n${mail.text}`).not.toMatch(/[{}]/);
      expect(mail.text).toContain(locale === "fr" ? "Bonjour Sam Taylor" : "Hello Sam Taylor");
    },
  );

  it("gives the milestone's name and date in the recipient's language and time zone", () => {
    const fr = missionEmail(
      { to: "x@example.org", name: null, locale: "fr", timeZone: "Europe/Zurich" },
      "milestoneScheduled",
      values,
      "https://x",
    );
    expect(fr.subject).toContain("Séance préalable");
    expect(fr.subject).toContain("14:30");
    const en = missionEmail(
      { to: "x@example.org", name: null, locale: "en", timeZone: "America/New_York" },
      "milestoneScheduled",
      values,
      "https://x",
    );
    expect(en.subject).toContain("Preliminary meeting");
    expect(en.subject).toContain("08:30");
  });
});
