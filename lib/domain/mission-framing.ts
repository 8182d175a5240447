// The framing of a tripartite mission and the meetings any party may add to it (no I/O):
// - the preliminary meeting's framing record, written by the coach; its outcome is the
//   synthesis document every party reads (lib/domain/mission-visibility.ts says who reads the
//   coachee's needs);
// - intermediate tripartite meetings, asked for by the sponsor, HR, the coachee or the coach,
//   with a reason, then scheduled and held by the coach like the other milestones;
// - a coachee's own request to a sponsor, which that sponsor alone takes up.
import type { Check } from "./mission-lifecycle";
import type { MissionParty, MissionStatus } from "./mission-lifecycle";

/** The texts of the framing record, in the order the form and the synthesis document show them. */
export const FRAMING_FIELDS = [
  "organisationNeeds",
  "coacheeNeeds",
  "context",
  "expectedResults",
  "coachExpectations",
  "approach",
] as const;
export type FramingField = (typeof FRAMING_FIELDS)[number];
export type FramingTexts = Record<FramingField, string>;

export const MAX_FRAMING_TEXT = 3000;
export const MAX_INTERMEDIATE_REASON = 2000;

/** From the validation of both requests (the framing step) until the contract is drawn up. */
export const FRAMING_RECORDABLE: readonly MissionStatus[] = [
  "framing",
  "coachee_meeting",
  "awaiting_consent",
  "proposal",
];

const ok: Check<void> = { ok: true, value: undefined };

/** Only the coach writes the framing record, from the framing step until the proposal is approved. */
export function canRecordFraming(status: MissionStatus, party: MissionParty): Check<void> {
  if (party !== "coach") return { ok: false, error: "forbidden" };
  if (!FRAMING_RECORDABLE.includes(status)) return { ok: false, error: "missionStepNotAllowed" };
  return ok;
}

/**
 * Which texts are missing for the record to stand as the synthesis document: the organisation's
 * needs, the context, the expected results, what is expected of the coach and the approach. The
 * coachee's needs may wait for the meeting with the coachee when they did not attend.
 */
export function missingFramingFields(texts: Partial<FramingTexts>, coacheeAttended: boolean): FramingField[] {
  return FRAMING_FIELDS.filter((f) => {
    if (f === "coacheeNeeds" && !coacheeAttended) return false;
    return !texts[f]?.trim();
  });
}

// --- intermediate meetings -------------------------------------------------------------------

/** Between the framing and the final meeting, once the sessions have started under contract. */
export const INTERMEDIATE_MEETING_STATUSES: readonly MissionStatus[] = ["in_progress", "continuing", "closing"];

/** Every party takes part: it is a tripartite meeting (HR joins when there is an HR participant). */
export const INTERMEDIATE_ATTENDEES: readonly MissionParty[] = ["coachee", "sponsor", "hr", "coach"];

/** Any party may ask for one while the sessions run, if no other one is still waiting to be held. */
export function canRequestIntermediateMeeting(
  status: MissionStatus,
  _party: MissionParty,
  openMeetings: number,
): Check<void> {
  if (!INTERMEDIATE_MEETING_STATUSES.includes(status)) return { ok: false, error: "missionStepNotAllowed" };
  if (openMeetings > 0) return { ok: false, error: "intermediateMeetingOpen" };
  return ok;
}

/** The coach schedules (or moves) an intermediate meeting not yet held, and marks it held. */
export function canManageIntermediateMeeting(
  status: MissionStatus,
  party: MissionParty,
  meeting: { status: "planned" | "scheduled" | "held" },
): Check<void> {
  if (party !== "coach") return { ok: false, error: "forbidden" };
  if (!INTERMEDIATE_MEETING_STATUSES.includes(status)) return { ok: false, error: "missionStepNotAllowed" };
  if (meeting.status === "held") return { ok: false, error: "milestoneAlreadyHeld" };
  return ok;
}

// --- a coachee's request to a sponsor --------------------------------------------------------

/** Only the sponsor the coachee addressed takes up the request, once. Anyone else: not found. */
export function canTakeUpSponsorship(
  request: { sponsorId: string; status: "open" | "taken_up" },
  actorId: string,
): Check<void> {
  if (request.sponsorId !== actorId) return { ok: false, error: "notFound" };
  if (request.status !== "open") return { ok: false, error: "sponsorshipAlreadyTakenUp" };
  return ok;
}
