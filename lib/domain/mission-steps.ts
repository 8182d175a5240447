// The nine steps of a tripartite mission as people see them (the stepper), and who must act
// next. Pure: the mission page gathers the facts, this decides.
import type { Messages } from "../i18n/messages";
import {
  isFinal,
  proposalReviewers,
  CONTRACT_PARTIES,
  type MissionParty,
  type MissionStatus,
} from "./mission-lifecycle";

export const MISSION_STEPS = [
  "request",
  "framing",
  "coacheeMeeting",
  "proposal",
  "contract",
  "sessions",
  "midpoint",
  "closing",
  "followUp",
] as const;
export type MissionStep = (typeof MISSION_STEPS)[number];

/** The step a mission in this (non-final) status is at. */
export const STEP_OF_STATUS: Record<
  Exclude<MissionStatus, "completed" | "declined" | "refused" | "stopped">,
  MissionStep
> = {
  requested: "request",
  framing: "framing",
  coachee_meeting: "coacheeMeeting",
  awaiting_consent: "coacheeMeeting",
  proposal: "proposal",
  contracting: "contract",
  in_progress: "sessions",
  continuing: "sessions",
  closing: "closing",
  follow_up: "followUp",
};

export type StepFacts = {
  status: MissionStatus;
  hasHr: boolean;
  coacheeRequestWritten: boolean;
  requestsValidated: boolean;
  preliminaryHeld: boolean;
  coacheeMeetingHeld: boolean;
  consented: boolean;
  /** The proposal under review, if any (none yet, or the last one superseded). */
  proposalInReview: { reviewed: MissionParty[]; commented: boolean } | null;
  /** How many proposal versions were written. */
  proposalVersions: number;
  proposalApproved: boolean;
  /** The open contract version's acceptances. */
  contractAcceptedBy: MissionParty[];
  contractAccepted: boolean;
  midpointHeld: boolean;
  indicatorsTotal: number;
  indicatorsEvaluated: number;
  synthesisPresented: boolean;
  finalMeetingHeld: boolean;
  followUpEvaluated: boolean;
  followUpHeld: boolean;
};

export type StepState = "done" | "current" | "upcoming" | "ended";

function stepDone(step: MissionStep, f: StepFacts): boolean {
  switch (step) {
    case "request":
      return f.requestsValidated;
    case "framing":
      return f.preliminaryHeld;
    case "coacheeMeeting":
      return f.consented;
    case "proposal":
      return f.proposalApproved;
    case "contract":
      return f.contractAccepted;
    case "sessions":
      return ["closing", "follow_up", "completed"].includes(f.status);
    case "midpoint":
      return f.midpointHeld;
    case "closing":
      return f.finalMeetingHeld;
    case "followUp":
      return f.followUpHeld;
  }
}

/** Each step's state: done, current (where the mission is), upcoming, or ended (where it stopped). */
export function stepStates(f: StepFacts): { step: MissionStep; state: StepState }[] {
  if (f.status === "completed") return MISSION_STEPS.map((step) => ({ step, state: "done" }));
  if (isFinal(f.status)) {
    const firstOpen = MISSION_STEPS.find((s) => !stepDone(s, f));
    return MISSION_STEPS.map((step) => ({
      step,
      state: stepDone(step, f) ? "done" : step === firstOpen ? "ended" : "upcoming",
    }));
  }
  const current = STEP_OF_STATUS[f.status as keyof typeof STEP_OF_STATUS];
  return MISSION_STEPS.map((step) => ({
    step,
    state: step === current ? "current" : stepDone(step, f) ? "done" : "upcoming",
  }));
}

/** What is awaited next (its words: missions.next.you.<key> for the party, missions.next.other.<key> for the others). */
export type NextActionKey = keyof Messages["missions"]["next"]["you"] & keyof Messages["missions"]["next"]["other"];
/** What is awaited next, and from whom. */
export type NextAction = { party: MissionParty; key: NextActionKey };

export function nextActions(f: StepFacts): NextAction[] {
  const parties = (list: readonly MissionParty[]) => list.filter((p) => p !== "hr" || f.hasHr);
  switch (f.status) {
    case "requested":
      return f.coacheeRequestWritten
        ? [{ party: "coach", key: "validateRequests" }]
        : [{ party: "coachee", key: "writeRequest" }];
    case "framing":
      return [{ party: "coach", key: "holdPreliminary" }];
    case "coachee_meeting":
      return [{ party: "coach", key: "holdCoacheeMeeting" }];
    case "awaiting_consent":
      return [{ party: "coachee", key: "decide" }];
    case "proposal": {
      const p = f.proposalInReview;
      if (!p || p.commented)
        return [{ party: "coach", key: f.proposalVersions > 0 ? "reviseProposal" : "writeProposal" }];
      return proposalReviewers(f.hasHr)
        .filter((party) => !p.reviewed.includes(party))
        .map((party) => ({ party, key: "reviewProposal" }));
    }
    case "contracting":
      return parties(CONTRACT_PARTIES)
        .filter((party) => !f.contractAcceptedBy.includes(party))
        .map((party) => ({ party, key: "acceptContract" }));
    case "in_progress":
      return [{ party: "coach", key: "holdMidpoint" }];
    case "continuing":
      return [{ party: "coach", key: "startClosing" }];
    case "closing": {
      const next: NextAction[] = [];
      if (f.indicatorsEvaluated < f.indicatorsTotal) next.push({ party: "coach", key: "evaluateIndicators" });
      if (!f.synthesisPresented) next.push({ party: "coachee", key: "presentSynthesis" });
      if (next.length === 0) next.push({ party: "coach", key: "holdFinalMeeting" });
      return next;
    }
    case "follow_up":
      return f.followUpEvaluated
        ? [{ party: "coach", key: "holdFollowUp" }]
        : [{ party: "coachee", key: "evaluateFollowUp" }];
    default:
      return [];
  }
}
