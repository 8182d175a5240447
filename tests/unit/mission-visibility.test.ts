import { describe, expect, it } from "vitest";
import { MISSION_PARTIES } from "@/lib/domain/mission-lifecycle";
import { canSee, canSeeComment, MISSION_SECTIONS, visibleSections, type Shared } from "@/lib/domain/mission-visibility";

const EVERYTHING: Shared = { coacheeRequest: true, synthesis: true, followUpEvaluation: true };
const NEVER_FOR_SPONSOR = ["sessions", "sessionNotes", "sessionFeedback", "checkIns", "proposalComments"] as const;

describe("sponsor visibility policy", () => {
  it("shows the sponsor and HR the contract, the milestones and the indicators' evaluations", () => {
    for (const party of ["sponsor", "hr"] as const) {
      for (const section of [
        "contract",
        "milestones",
        "indicators",
        "midpointOutcome",
        "proposal",
        "organisationRequest",
      ] as const) {
        expect(canSee(party, section), `${party} ${section}`).toBe(true);
      }
    }
  });

  it("never shows the sponsor or HR sessions, notes, feedback, check-ins or others' comments — whatever the coachee shares", () => {
    for (const party of ["sponsor", "hr"] as const) {
      for (const section of NEVER_FOR_SPONSOR) {
        expect(canSee(party, section), `${party} ${section}`).toBe(false);
        expect(canSee(party, section, EVERYTHING), `${party} ${section} (all shared)`).toBe(false);
      }
    }
  });

  it("shows the coachee's own texts to the sponsor and HR only when the coachee shared them", () => {
    for (const section of ["coacheeRequest", "synthesis", "followUpEvaluation"] as const) {
      expect(canSee("sponsor", section)).toBe(false);
      expect(canSee("hr", section)).toBe(false);
      const shared = { coacheeRequest: false, synthesis: false, followUpEvaluation: false, [section]: true };
      expect(canSee("sponsor", section, shared)).toBe(true);
      expect(canSee("hr", section, shared)).toBe(true);
      expect(canSee("coachee", section)).toBe(true);
      expect(canSee("coach", section)).toBe(true);
    }
  });

  it("sharing one text shares only that one", () => {
    expect(canSee("sponsor", "synthesis", { coacheeRequest: true, synthesis: false, followUpEvaluation: false })).toBe(
      false,
    );
  });

  it("lets the coachee and the coach see sessions and check-ins, and nobody see notes or feedback through a mission", () => {
    for (const party of ["coachee", "coach"] as const) {
      expect(canSee(party, "sessions")).toBe(true);
      expect(canSee(party, "checkIns")).toBe(true);
    }
    for (const party of MISSION_PARTIES) {
      expect(canSee(party, "sessionNotes", EVERYTHING)).toBe(false);
      expect(canSee(party, "sessionFeedback", EVERYTHING)).toBe(false);
    }
  });

  it("shows a review comment to the coach and its author only", () => {
    expect(canSeeComment("coach", "sponsor")).toBe(true);
    expect(canSeeComment("sponsor", "sponsor")).toBe(true);
    expect(canSeeComment("sponsor", "coachee")).toBe(false);
    expect(canSeeComment("coachee", "sponsor")).toBe(false);
    expect(canSeeComment("hr", "coachee")).toBe(false);
  });

  it("gives the sponsor and HR exactly the same view", () => {
    expect(visibleSections("sponsor")).toEqual(visibleSections("hr"));
    expect(visibleSections("sponsor", EVERYTHING)).toEqual(visibleSections("hr", EVERYTHING));
    expect(visibleSections("sponsor").length).toBeLessThan(MISSION_SECTIONS.length);
  });
});
