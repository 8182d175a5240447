import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, isAuditAction } from "@/lib/domain/audit-actions";
import { EMAIL_KINDS, isEmailKind, MISSION_EMAIL_EVENTS } from "@/lib/email/email-kinds";
import { missionEmail } from "@/lib/email/mission-emails";
import { signInEmail } from "@/lib/email/templates";

describe("audit actions", () => {
  it("name each action once", () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
  });

  it("recognise the words the log holds, and nothing else", () => {
    expect(isAuditAction("credential.request-changes")).toBe(true);
    expect(isAuditAction("session.accept")).toBe(true);
    expect(isAuditAction("credential.requestChanges")).toBe(false);
    expect(isAuditAction("")).toBe(false);
  });
});

describe("e-mail kinds", () => {
  it("name each kind once", () => {
    expect(new Set(EMAIL_KINDS).size).toBe(EMAIL_KINDS.length);
  });

  it("give every mission event its kind, as the mission e-mail records it", () => {
    const to = { to: "amina@example.org", name: "Amina", locale: "en" as const, timeZone: "UTC" };
    for (const event of MISSION_EMAIL_EVENTS) {
      const mail = missionEmail(
        to,
        event,
        { coachee: "Amina", sponsor: "Sam", coach: "Carlos" },
        "http://x/missions/1",
      );
      expect(isEmailKind(mail.kind), event).toBe(true);
      expect(mail.kind).toBe(`mission-${event}`);
    }
  });

  it("record the sign-in link as one of them", () => {
    const mail = signInEmail("fr", { to: "amina@example.org", url: "http://x/link", name: null });
    expect(isEmailKind(mail.kind)).toBe(true);
    expect(isEmailKind("sign-in")).toBe(false);
  });
});
