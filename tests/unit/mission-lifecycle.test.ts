import { describe, expect, it } from "vitest";
import {
  ACTIONS,
  canScheduleMilestone,
  checkAction,
  checkEvent,
  contractAccepted,
  eventOpen,
  followUpDate,
  isFinal,
  MILESTONE_KINDS,
  MISSION_PARTIES,
  MISSION_STATUSES,
  proposalApproved,
  proposalReviewers,
  TRANSITIONS,
  type MissionEvent,
  type MissionFacts,
  type MissionParty,
  type MissionStatus,
} from "@/lib/domain/mission-lifecycle";

const EVENTS = Object.keys(TRANSITIONS) as MissionEvent[];
const READY: MissionFacts = {
  hasCoacheeRequest: true,
  indicatorsTotal: 2,
  indicatorsEvaluated: 2,
  synthesisPresented: true,
  followUpEvaluated: true,
};

describe("mission lifecycle: the happy path, step by step", () => {
  const path: [MissionStatus, MissionEvent, MissionParty, MissionStatus][] = [
    ["requested", "validateRequests", "coach", "framing"],
    ["framing", "holdPreliminaryMeeting", "coach", "coachee_meeting"],
    ["coachee_meeting", "holdCoacheeMeeting", "coach", "awaiting_consent"],
    ["awaiting_consent", "consent", "coachee", "proposal"],
    ["proposal", "approveProposal", "sponsor", "contracting"],
    ["contracting", "acceptContract", "coach", "in_progress"],
    ["in_progress", "reviewContinue", "coach", "continuing"],
    ["continuing", "startClosing", "coach", "closing"],
    ["closing", "holdFinalMeeting", "coach", "follow_up"],
    ["follow_up", "holdFollowUp", "coach", "completed"],
  ];
  it.each(path)("%s —%s by %s→ %s", (from, event, party, to) => {
    expect(checkEvent(from, event, party, READY)).toEqual({ ok: true, value: to });
  });

  it("walks from the request to completion without skipping a status", () => {
    let status: MissionStatus = "requested";
    for (const [from, event, party, to] of path) {
      expect(status).toBe(from);
      const r = checkEvent(status, event, party, READY);
      if (!r.ok) throw new Error(r.error);
      status = r.value;
      expect(status).toBe(to);
    }
    expect(isFinal(status)).toBe(true);
  });

  it("has the other branches: adjust, end early, decline, contract changes, refuse, stop", () => {
    expect(checkEvent("in_progress", "reviewAdjust", "coach")).toEqual({ ok: true, value: "continuing" });
    expect(checkEvent("in_progress", "reviewEndEarly", "coach")).toEqual({ ok: true, value: "closing" });
    expect(checkEvent("awaiting_consent", "decline", "coachee")).toEqual({ ok: true, value: "declined" });
    expect(checkEvent("requested", "decline", "coachee")).toEqual({ ok: true, value: "declined" });
    expect(checkEvent("contracting", "requestContractChanges", "sponsor")).toEqual({ ok: true, value: "proposal" });
    expect(checkEvent("proposal", "refuse", "coach")).toEqual({ ok: true, value: "refused" });
    expect(checkEvent("closing", "stop", "coach")).toEqual({ ok: true, value: "stopped" });
  });
});

describe("mission lifecycle: invalid jumps are refused", () => {
  // Every (status, event, party) not in the table is refused — with "forbidden" when the party
  // never makes that event, otherwise "missionStepNotAllowed".
  const cases = MISSION_STATUSES.flatMap((status) =>
    EVENTS.flatMap((event) => MISSION_PARTIES.map((party) => [status, event, party] as const)),
  );
  it.each(cases)("%s —%s by %s", (status, event, party) => {
    const t = TRANSITIONS[event];
    const result = checkEvent(status, event, party, READY);
    if (!t.by.includes(party)) expect(result).toEqual({ ok: false, error: "forbidden" });
    else if (!t.from.includes(status)) expect(result).toEqual({ ok: false, error: "missionStepNotAllowed" });
    else expect(result).toEqual({ ok: true, value: t.to });
  });

  it("refuses skipping steps", () => {
    expect(checkEvent("requested", "holdPreliminaryMeeting", "coach").ok).toBe(false);
    expect(checkEvent("framing", "consent", "coachee").ok).toBe(false);
    expect(checkEvent("coachee_meeting", "consent", "coachee").ok).toBe(false);
    expect(checkEvent("proposal", "acceptContract", "coach").ok).toBe(false);
    expect(checkEvent("in_progress", "startClosing", "coach").ok).toBe(false);
    expect(checkEvent("in_progress", "holdFinalMeeting", "coach", READY).ok).toBe(false);
    expect(checkEvent("closing", "holdFollowUp", "coach", READY).ok).toBe(false);
  });

  it("lets nothing leave a final status", () => {
    for (const status of ["completed", "declined", "refused", "stopped"] as const) {
      for (const event of EVENTS)
        for (const party of MISSION_PARTIES)
          expect(checkEvent(status, event, party, READY).ok, `${status} ${event} ${party}`).toBe(false);
    }
  });

  it("gives the sponsor and HR no event but approving the proposal and (the sponsor) the contract", () => {
    expect(EVENTS.filter((e) => TRANSITIONS[e].by.includes("sponsor")).sort()).toEqual([
      "acceptContract",
      "approveProposal",
      "requestContractChanges",
    ]);
    expect(EVENTS.filter((e) => TRANSITIONS[e].by.includes("hr"))).toEqual(["approveProposal"]);
  });

  it("lets the coach refuse only before the contract, and stop only under it", () => {
    expect(TRANSITIONS.refuse.from).not.toContain("in_progress");
    expect(TRANSITIONS.stop.from).not.toContain("contracting");
    expect(checkEvent("in_progress", "refuse", "coach")).toEqual({ ok: false, error: "missionStepNotAllowed" });
    expect(checkEvent("proposal", "stop", "coach")).toEqual({ ok: false, error: "missionStepNotAllowed" });
  });
});

describe("mission lifecycle: guards", () => {
  it("needs the coachee's own request before the coach validates", () => {
    expect(checkEvent("requested", "validateRequests", "coach", { ...READY, hasCoacheeRequest: false })).toEqual({
      ok: false,
      error: "coacheeRequestMissing",
    });
  });
  it("needs every indicator evaluated and the synthesis presented before the final meeting", () => {
    expect(checkEvent("closing", "holdFinalMeeting", "coach", { ...READY, indicatorsEvaluated: 1 })).toEqual({
      ok: false,
      error: "indicatorsNotEvaluated",
    });
    expect(checkEvent("closing", "holdFinalMeeting", "coach", { ...READY, synthesisPresented: false })).toEqual({
      ok: false,
      error: "synthesisNotPresented",
    });
  });
  it("needs the coachee's evaluation of the impact before the follow-up is held", () => {
    expect(checkEvent("follow_up", "holdFollowUp", "coach", { ...READY, followUpEvaluated: false })).toEqual({
      ok: false,
      error: "followUpEvaluationMissing",
    });
  });
  it("offers an event's button while only its guard waits", () => {
    expect(eventOpen("closing", "holdFinalMeeting", "coach")).toBe(true);
    expect(eventOpen("closing", "holdFinalMeeting", "sponsor")).toBe(false);
  });
});

describe("actions that keep the status", () => {
  it("are each allowed to their parties, in their statuses only", () => {
    for (const [action, rule] of Object.entries(ACTIONS) as [
      keyof typeof ACTIONS,
      (typeof ACTIONS)[keyof typeof ACTIONS],
    ][]) {
      for (const status of MISSION_STATUSES) {
        for (const party of MISSION_PARTIES) {
          const ok = rule.by.includes(party) && rule.in.includes(status);
          expect(checkAction(status, action, party).ok, `${action} ${status} ${party}`).toBe(ok);
        }
      }
    }
  });
  it("never let the sponsor or HR write a check-in, evaluate indicators or write the synthesis", () => {
    for (const party of ["sponsor", "hr"] as const) {
      for (const action of [
        "createCheckIn",
        "evaluateIndicators",
        "writeSynthesis",
        "presentSynthesis",
        "evaluateFollowUp",
        "writeCoacheeRequest",
      ] as const) {
        expect(ACTIONS[action].by).not.toContain(party);
      }
    }
  });
  it("lets only the coach schedule milestones, each in its own time", () => {
    expect(canScheduleMilestone("requested", "preliminary_meeting", "coach").ok).toBe(true);
    expect(canScheduleMilestone("requested", "preliminary_meeting", "sponsor")).toEqual({
      ok: false,
      error: "forbidden",
    });
    expect(canScheduleMilestone("proposal", "midpoint_review", "coach")).toEqual({
      ok: false,
      error: "missionStepNotAllowed",
    });
    expect(canScheduleMilestone("in_progress", "midpoint_review", "coach").ok).toBe(true);
    for (const kind of MILESTONE_KINDS) expect(canScheduleMilestone("completed", kind, "coach").ok).toBe(false);
  });
});

describe("approvals and acceptances", () => {
  it("needs the coachee, the sponsor and (when there is one) HR to approve the proposal", () => {
    expect(proposalReviewers(false)).toEqual(["coachee", "sponsor"]);
    expect(proposalReviewers(true)).toEqual(["coachee", "sponsor", "hr"]);
    const both = [
      { party: "coachee" as const, decision: "approved" as const },
      { party: "sponsor" as const, decision: "approved" as const },
    ];
    expect(proposalApproved(both, false)).toBe(true);
    expect(proposalApproved(both, true)).toBe(false);
    expect(proposalApproved([...both, { party: "hr", decision: "commented" }], true)).toBe(false);
    expect(proposalApproved([...both, { party: "hr", decision: "approved" }], true)).toBe(true);
  });
  it("needs the coachee, the sponsor and the coach to accept the contract (HR does not sign)", () => {
    expect(contractAccepted([{ party: "coachee" }, { party: "sponsor" }])).toBe(false);
    expect(contractAccepted([{ party: "coachee" }, { party: "sponsor" }, { party: "hr" }])).toBe(false);
    expect(contractAccepted([{ party: "coachee" }, { party: "sponsor" }, { party: "coach" }])).toBe(true);
  });
  it("sets the follow-up the contract's months after the final meeting, clamped to the month's end", () => {
    expect(followUpDate(new Date("2026-03-10T14:00:00Z"), 3).toISOString()).toBe("2026-06-10T14:00:00.000Z");
    expect(followUpDate(new Date("2026-11-30T09:00:00Z"), 3).toISOString()).toBe("2027-02-28T09:00:00.000Z");
  });
});
