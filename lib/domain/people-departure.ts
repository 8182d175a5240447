// When someone leaves the organisation (SCIM active:false, a full-list HR import, an admin): what
// ends, what is freed, who is told. Pure: lib/server/people/record-departure.ts applies it in one
// transaction. Nothing of the history is deleted; only sign-in sessions are.
import { isFinal, type MissionStatus } from "./mission-lifecycle";
import type { EnrolmentStatus } from "./enrolment";

/** Who recorded the departure: a SCIM client, an HR import in full-list mode, or an admin. */
export const DEPARTURE_CHANNELS = ["scim", "import", "admin"] as const;
export type DepartureChannel = (typeof DEPARTURE_CHANNELS)[number];

/** The reason code kept in audit rows of everything ended by a departure. */
export const DEPARTURE_REASON_CODE = "left-organisation";

/**
 * The end reason written on engagements (Engagement.endReason) and missions (Mission.stopReason)
 * ended by a departure. Those columns hold the free text a person typed, shown as written to
 * readers of either language, so this one carries both languages.
 */
export const DEPARTURE_END_REASON = "Left the organisation / A quitté l'organisation";

/** A place in a cohort that a departure releases: any place still held or waited for. */
export function releasedOnDeparture(status: EnrolmentStatus): boolean {
  return status === "enrolled" || status === "waitlisted" || status === "offered";
}

/** A mission a departure ends (status stopped): any mission not already in a final status. */
export function missionEndsOnDeparture(status: MissionStatus): boolean {
  return !isFinal(status);
}

/** What a departure changed, counted for the audit row and the programme admins' e-mail. */
export type DepartureSummary = {
  sessionsEnded: number;
  requestsWithdrawn: number;
  choicesDeclined: number;
  placesReleased: number;
  seatsOffered: number;
  engagementsEnded: number;
  missionsStopped: number;
};

export const EMPTY_DEPARTURE_SUMMARY: DepartureSummary = {
  sessionsEnded: 0,
  requestsWithdrawn: 0,
  choicesDeclined: 0,
  placesReleased: 0,
  seatsOffered: 0,
  engagementsEnded: 0,
  missionsStopped: 0,
};

/**
 * Whether programme admins are told: only when the departure touched the programmes (a request,
 * a place, an engagement or a mission), so that a full-list import of many people who never took
 * part does not flood them.
 */
export function adminsToldOf(summary: DepartureSummary): boolean {
  return (
    summary.requestsWithdrawn +
      summary.choicesDeclined +
      summary.placesReleased +
      summary.engagementsEnded +
      summary.missionsStopped >
    0
  );
}

/** A person's status in the people administration: active, disabled (may come back), or left. */
export type PersonStatus = "active" | "disabled" | "left";
export const PERSON_STATUSES = ["active", "disabled", "left"] as const satisfies readonly PersonStatus[];

export function personStatus(p: { disabledAt: Date | null; leftAt: Date | null }): PersonStatus {
  if (p.leftAt) return "left";
  if (p.disabledAt) return "disabled";
  return "active";
}
