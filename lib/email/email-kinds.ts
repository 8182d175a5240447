// What each e-mail is, as OutboxEmail.kind records it (a text column: old rows keep their words).
// One list: every template names its kind from here (composeEmail accepts only these), and the
// demo outbox and the tests look e-mails up by these same words.

/** The mission events people are told about by e-mail (texts under missions.email.events.<event>). */
export const MISSION_EMAIL_EVENTS = [
  "requested",
  "requestedCoach",
  "requestedHr",
  "coacheeRequestWritten",
  "requestsValidated",
  "milestoneScheduled",
  "consented",
  "declined",
  "proposalSubmitted",
  "proposalCommented",
  "contractReady",
  "contractChangesRequested",
  "contractAccepted",
  "midpointRecorded",
  "closingStarted",
  "synthesisPresented",
  "finalMeetingHeld",
  "completed",
  "refused",
  "stopped",
  "checkInCreated",
  "checkInAnswered",
  "framingRecorded",
  "intermediateRequested",
  "intermediateScheduled",
  "sponsorshipAsked",
  "sponsorshipTakenUp",
] as const;
export type MissionEmailEvent = (typeof MISSION_EMAIL_EVENTS)[number];

export const EMAIL_KINDS = [
  // sign-in
  "sign-in-link",
  // a coach's registration
  "coach-submitted",
  "coach-withdrawn",
  "credential-approved",
  "credential-changes-requested",
  "credential-rejected",
  "credential-revoked",
  // keeping a credential current (reminders before expiry, lapse, renewal reviewed by HR)
  "credential-expiring",
  "credential-expiring-hr",
  "credential-lapsed",
  "credential-renewal-submitted",
  "credential-renewal-approved",
  "credential-renewal-refused",
  // cohort places
  "seat-offered",
  "seat-offer-lapsed",
  "supervisor-informed",
  // mentor profiles and the continuation after the mentoring review
  "mentor-submitted",
  "mentor-approved",
  "mentor-changes-requested",
  "mentor-rejected",
  "continuation-answered",
  "continuation-confirmed",
  "continuation-stopped",
  // the fit check after the introduction meeting
  "fit-check-not-a-fit",
  // requests for a match (coach, mentor or networking colleague)
  "coach-request-asked",
  "coach-request-reminder",
  "coach-request-moved-on",
  "coach-request-exhausted",
  "coach-request-accepted",
  "coach-request-withdrawn",
  "request-question-asked",
  "request-question-answered",
  // engagements and their sessions
  "engagement-ended",
  "engagement-completed",
  "session-proposed",
  "session-proposal-withdrawn",
  "session-scheduled",
  "session-cancelled",
  "session-missed",
  "sessions-completed",
  "session-reminder",
  "session-nudge",
  "networking-second-wanted",
  "networking-second-not-needed",
  "networking-completed",
  // group supervision: a coach's seat (with its invitation)
  "supervision-registered",
  "supervision-cancelled",
  // someone left the organisation
  "person-left-partner",
  "person-left-admin",
  // tripartite missions and their check-ins
  ...MISSION_EMAIL_EVENTS.map((event) => `mission-${event}` as const),
  // workshops: a seat (with its invitation), a place on the waiting list, a freed seat given
  "workshop-registered",
  "workshop-waitlisted",
  "workshop-promoted",
  // group coaching: a group session scheduled (with its invitation)
  "group-session-scheduled",
] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

export function isEmailKind(value: string): value is EmailKind {
  return EMAIL_KINDS.some((kind) => kind === value);
}
