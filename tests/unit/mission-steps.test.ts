import { describe, expect, it } from "vitest";
import { MISSION_STEPS, nextActions, stepStates, type StepFacts } from "@/lib/domain/mission-steps";

const base: StepFacts = {
  status: "requested",
  hasHr: true,
  coacheeRequestWritten: false,
  requestsValidated: false,
  preliminaryHeld: false,
  coacheeMeetingHeld: false,
  consented: false,
  proposalInReview: null,
  proposalVersions: 0,
  proposalApproved: false,
  contractAcceptedBy: [],
  contractAccepted: false,
  midpointHeld: false,
  indicatorsTotal: 0,
  indicatorsEvaluated: 0,
  synthesisPresented: false,
  finalMeetingHeld: false,
  followUpEvaluated: false,
  followUpHeld: false,
};
const stateOf = (f: StepFacts) => Object.fromEntries(stepStates(f).map((s) => [s.step, s.state]));

describe("the stepper", () => {
  it("shows the nine steps in order", () => {
    expect(stepStates(base).map((s) => s.step)).toEqual([...MISSION_STEPS]);
    expect(MISSION_STEPS).toHaveLength(9);
  });

  it("marks where the mission is and what is done", () => {
    expect(stateOf(base)).toMatchObject({ request: "current", framing: "upcoming", followUp: "upcoming" });
    const contracting = {
      ...base,
      status: "contracting" as const,
      requestsValidated: true,
      preliminaryHeld: true,
      coacheeMeetingHeld: true,
      consented: true,
      proposalApproved: true,
    };
    expect(stateOf(contracting)).toMatchObject({
      request: "done",
      framing: "done",
      coacheeMeeting: "done",
      proposal: "done",
      contract: "current",
      sessions: "upcoming",
    });
    const continuing = { ...contracting, status: "continuing" as const, contractAccepted: true, midpointHeld: true };
    expect(stateOf(continuing)).toMatchObject({
      contract: "done",
      sessions: "current",
      midpoint: "done",
      closing: "upcoming",
    });
    const closing = { ...continuing, status: "closing" as const };
    expect(stateOf(closing)).toMatchObject({ sessions: "done", midpoint: "done", closing: "current" });
  });

  it("shows all done when completed, and where a mission ended otherwise", () => {
    expect(Object.values(stateOf({ ...base, status: "completed" }))).toEqual(Array(9).fill("done"));
    const declined = { ...base, status: "declined" as const, requestsValidated: true, preliminaryHeld: true };
    expect(stateOf(declined)).toMatchObject({
      request: "done",
      framing: "done",
      coacheeMeeting: "ended",
      proposal: "upcoming",
    });
    const refused = { ...base, status: "refused" as const };
    expect(stateOf(refused)).toMatchObject({ request: "ended", framing: "upcoming" });
  });
});

describe("who acts next", () => {
  it("asks the coachee for their request, then the coach to validate", () => {
    expect(nextActions(base)).toEqual([{ party: "coachee", key: "writeRequest" }]);
    expect(nextActions({ ...base, coacheeRequestWritten: true })).toEqual([
      { party: "coach", key: "validateRequests" },
    ]);
  });
  it("asks the coach for a proposal, then the reviewers who have not answered, then a revision after a comment", () => {
    const proposal = { ...base, status: "proposal" as const };
    expect(nextActions(proposal)).toEqual([{ party: "coach", key: "writeProposal" }]);
    expect(
      nextActions({ ...proposal, proposalVersions: 1, proposalInReview: { reviewed: ["sponsor"], commented: false } }),
    ).toEqual([
      { party: "coachee", key: "reviewProposal" },
      { party: "hr", key: "reviewProposal" },
    ]);
    expect(
      nextActions({
        ...proposal,
        hasHr: false,
        proposalVersions: 1,
        proposalInReview: { reviewed: [], commented: false },
      }).map((n) => n.party),
    ).toEqual(["coachee", "sponsor"]);
    expect(
      nextActions({ ...proposal, proposalVersions: 1, proposalInReview: { reviewed: ["sponsor"], commented: true } }),
    ).toEqual([{ party: "coach", key: "reviseProposal" }]);
  });
  it("asks the three parties who have not accepted the contract (never HR)", () => {
    expect(nextActions({ ...base, status: "contracting", contractAcceptedBy: ["sponsor"] })).toEqual([
      { party: "coachee", key: "acceptContract" },
      { party: "coach", key: "acceptContract" },
    ]);
  });
  it("at closing asks for the indicators and the synthesis, then the final meeting", () => {
    const closing = { ...base, status: "closing" as const, indicatorsTotal: 2, indicatorsEvaluated: 1 };
    expect(nextActions(closing).map((n) => n.key)).toEqual(["evaluateIndicators", "presentSynthesis"]);
    expect(nextActions({ ...closing, indicatorsEvaluated: 2, synthesisPresented: true })).toEqual([
      { party: "coach", key: "holdFinalMeeting" },
    ]);
  });
  it("asks nothing of anyone once the mission ended", () => {
    for (const status of ["completed", "declined", "refused", "stopped"] as const)
      expect(nextActions({ ...base, status })).toEqual([]);
  });
});
