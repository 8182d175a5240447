import { describe, expect, it } from "vitest";
import {
  canManageIntermediateMeeting,
  canRecordFraming,
  canRequestIntermediateMeeting,
  canTakeUpSponsorship,
  missingFramingFields,
} from "@/lib/domain/mission-framing";
import { MISSION_PARTIES, MISSION_STATUSES } from "@/lib/domain/mission-lifecycle";
import { canSee, NOTHING_SHARED } from "@/lib/domain/mission-visibility";
import { framingSchema } from "@/lib/validation/missions";

const FULL = {
  organisationNeeds: "A unit that runs without escalations.",
  coacheeNeeds: "Confidence in delegating.",
  context: "New unit of twelve people.",
  expectedResults: "Weekly meeting run by the coachee.",
  coachExpectations: "Challenge, and a safe space.",
  approach: "Six sessions on delegation and conflict.",
};

describe("the framing record", () => {
  it("is written by the coach only, from the framing step until the proposal is approved", () => {
    for (const party of MISSION_PARTIES) {
      expect(canRecordFraming("framing", party).ok, party).toBe(party === "coach");
    }
    const open = MISSION_STATUSES.filter((s) => canRecordFraming(s, "coach").ok);
    expect(open).toEqual(["framing", "coachee_meeting", "awaiting_consent", "proposal"]);
    expect(canRecordFraming("requested", "coach")).toEqual({ ok: false, error: "missionStepNotAllowed" });
    expect(canRecordFraming("in_progress", "coach")).toEqual({ ok: false, error: "missionStepNotAllowed" });
  });

  it("needs every text; the coachee's needs only when the coachee attended", () => {
    expect(missingFramingFields(FULL, true)).toEqual([]);
    expect(missingFramingFields({ ...FULL, coacheeNeeds: "" }, false)).toEqual([]);
    expect(missingFramingFields({ ...FULL, coacheeNeeds: "  " }, true)).toEqual(["coacheeNeeds"]);
    expect(missingFramingFields({ ...FULL, context: "", approach: " " }, false)).toEqual(["context", "approach"]);
  });

  it("the form's schema says the same", () => {
    const base = { missionId: "cm1234567890abcdefghijkl", ...FULL, language: "en" as const };
    expect(framingSchema.safeParse({ ...base, coacheeAttended: true }).success).toBe(true);
    const missing = framingSchema.safeParse({ ...base, coacheeNeeds: "", coacheeAttended: true });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["coacheeNeeds", "coacheeNeedsRequired"],
    ]);
    expect(framingSchema.safeParse({ ...base, coacheeNeeds: "", coacheeAttended: false }).success).toBe(true);
  });

  it("is read by every party; the coachee's needs by the sponsor and HR only when the coachee attended", () => {
    for (const party of MISSION_PARTIES) expect(canSee(party, "framing"), party).toBe(true);
    for (const party of ["sponsor", "hr"] as const) {
      expect(canSee(party, "framingCoacheeNeeds")).toBe(false);
      expect(canSee(party, "framingCoacheeNeeds", { ...NOTHING_SHARED, coacheeRequest: true, synthesis: true })).toBe(
        false,
      );
      expect(canSee(party, "framingCoacheeNeeds", { ...NOTHING_SHARED, framingCoacheeNeeds: true })).toBe(true);
    }
    expect(canSee("coachee", "framingCoacheeNeeds")).toBe(true);
    expect(canSee("coach", "framingCoacheeNeeds")).toBe(true);
  });
});

describe("intermediate meetings", () => {
  it("may be asked for by every party while the sessions run, one waiting at a time", () => {
    for (const party of MISSION_PARTIES) {
      expect(canRequestIntermediateMeeting("in_progress", party, 0).ok, party).toBe(true);
      expect(canRequestIntermediateMeeting("continuing", party, 1)).toEqual({
        ok: false,
        error: "intermediateMeetingOpen",
      });
    }
    const open = MISSION_STATUSES.filter((s) => canRequestIntermediateMeeting(s, "sponsor", 0).ok);
    expect(open).toEqual(["in_progress", "continuing", "closing"]);
  });

  it("are scheduled and marked held by the coach only, until held", () => {
    expect(canManageIntermediateMeeting("in_progress", "coach", { status: "planned" }).ok).toBe(true);
    expect(canManageIntermediateMeeting("in_progress", "coach", { status: "scheduled" }).ok).toBe(true);
    expect(canManageIntermediateMeeting("in_progress", "coach", { status: "held" })).toEqual({
      ok: false,
      error: "milestoneAlreadyHeld",
    });
    for (const party of ["coachee", "sponsor", "hr"] as const)
      expect(canManageIntermediateMeeting("in_progress", party, { status: "planned" })).toEqual({
        ok: false,
        error: "forbidden",
      });
    expect(canManageIntermediateMeeting("follow_up", "coach", { status: "planned" }).ok).toBe(false);
  });
});

describe("a coachee's request to a sponsor", () => {
  it("is taken up by the sponsor it is addressed to, once; anyone else learns nothing", () => {
    expect(canTakeUpSponsorship({ sponsorId: "s1", status: "open" }, "s1").ok).toBe(true);
    expect(canTakeUpSponsorship({ sponsorId: "s1", status: "open" }, "s2")).toEqual({ ok: false, error: "notFound" });
    expect(canTakeUpSponsorship({ sponsorId: "s1", status: "taken_up" }, "s1")).toEqual({
      ok: false,
      error: "sponsorshipAlreadyTakenUp",
    });
  });
});
