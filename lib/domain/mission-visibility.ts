// Who reads what in a tripartite mission: the coach's ethics charter made into rules (no I/O).
// The coach reports to the sponsor only within the limits agreed with the coachee: the sponsor
// (and the HR participant) see the contract, the milestones' dates and statuses, the indicators'
// evaluations, and what the coachee explicitly chooses to share — never sessions, notes,
// feedback or check-ins. lib/server/missions/load-mission.ts builds every view through `canSee`.
import type { MissionParty } from "./mission-lifecycle";

export const MISSION_SECTIONS = [
  /** The organisation's request, written by the sponsor. */
  "organisationRequest",
  /** The coachee's own request. */
  "coacheeRequest",
  /**
   * The preliminary meeting's framing record (its synthesis document): the organisation's and
   * manager's expectations and needs, the context, the expected results, what is expected of the
   * coach and how the coaching meets it. Agreed in the tripartite meeting: every party reads it.
   */
  "framing",
  /** The coachee's expectations and needs in the framing record. */
  "framingCoacheeNeeds",
  /** Intermediate tripartite meetings: who asked, why, their dates and statuses. */
  "intermediateMeetings",
  /** Milestones: kinds, dates and statuses. */
  "milestones",
  /** The mid-point review's decision and what it adjusted (all three were in the meeting). */
  "midpointOutcome",
  /** The proposal's terms (every version). */
  "proposal",
  /** Who approved or commented each proposal version, and when. */
  "proposalDecisions",
  /** What a reviewer wrote when commenting: for the coach, who revises, and its author. */
  "proposalComments",
  "contract",
  /** The success indicators and their evaluations. */
  "indicators",
  /** The coachee's synthesis and recommendations. */
  "synthesis",
  /** The coachee's evaluation of the impact in daily work, at the follow-up. */
  "followUpEvaluation",
  /** Why the coach refused or stopped the mission, and the other options proposed. */
  "endReasons",
  /** The engagement's sessions (the schedule and the link to the engagement page). */
  "sessions",
  /** Private session notes (each only for its author, on the engagement page). */
  "sessionNotes",
  /** Session feedback and closing evaluations (confidential to their author). */
  "sessionFeedback",
  /** Check-in messages and call requests between sessions. */
  "checkIns",
] as const;
export type MissionSection = (typeof MISSION_SECTIONS)[number];

/**
 * What the coachee has chosen to share with the sponsor and HR. `framingCoacheeNeeds`: the coachee
 * took part in the preliminary meeting, so their needs were said in front of the sponsor and HR.
 */
export type Shared = {
  coacheeRequest: boolean;
  synthesis: boolean;
  followUpEvaluation: boolean;
  framingCoacheeNeeds?: boolean;
};
export const NOTHING_SHARED: Shared = { coacheeRequest: false, synthesis: false, followUpEvaluation: false };

type Rule = { always: readonly MissionParty[]; ifShared?: keyof Shared };

const ALL: readonly MissionParty[] = ["coachee", "sponsor", "hr", "coach"];
const PAIR: readonly MissionParty[] = ["coachee", "coach"];

export const VISIBILITY: Record<MissionSection, Rule> = {
  organisationRequest: { always: ALL },
  coacheeRequest: { always: PAIR, ifShared: "coacheeRequest" },
  framing: { always: ALL },
  framingCoacheeNeeds: { always: PAIR, ifShared: "framingCoacheeNeeds" },
  intermediateMeetings: { always: ALL },
  milestones: { always: ALL },
  midpointOutcome: { always: ALL },
  proposal: { always: ALL },
  proposalDecisions: { always: ALL },
  // The author reads their own comment too: see `canSeeComment`.
  proposalComments: { always: ["coach"] },
  contract: { always: ALL },
  indicators: { always: ALL },
  synthesis: { always: PAIR, ifShared: "synthesis" },
  followUpEvaluation: { always: PAIR, ifShared: "followUpEvaluation" },
  endReasons: { always: ALL },
  sessions: { always: PAIR },
  // Notes and feedback are never shown through a mission, not even to the pair: each person reads
  // their own on the engagement page.
  sessionNotes: { always: [] },
  sessionFeedback: { always: [] },
  checkIns: { always: PAIR },
};

/** Whether `party` may read `section`, given what the coachee chose to share. */
export function canSee(party: MissionParty, section: MissionSection, shared: Shared = NOTHING_SHARED): boolean {
  const rule = VISIBILITY[section];
  if (rule.always.includes(party)) return true;
  return Boolean(rule.ifShared && shared[rule.ifShared] && (party === "sponsor" || party === "hr"));
}

/** A proposal review's comment: the coach (who revises) and the reviewer who wrote it. */
export function canSeeComment(party: MissionParty, author: MissionParty): boolean {
  return canSee(party, "proposalComments") || party === author;
}

/** The sections a party may read (for tests and for the page's "what you see" note). */
export function visibleSections(party: MissionParty, shared: Shared = NOTHING_SHARED): MissionSection[] {
  return MISSION_SECTIONS.filter((s) => canSee(party, s, shared));
}
