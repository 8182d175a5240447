// What the audit log records: every action a verb writes to AuditLog.action, in one list. The column
// stays text (old rows keep their words); audit() accepts only these, so a new action is added here
// first, and the pages that read the log (credential history, mentor decisions, agreed session
// times) ask for these same words.
export const AUDIT_ACTIONS = [
  // sign-in
  "auth.sign-in",
  // people and roles
  "person.disable",
  "person.enable",
  // a person created or updated from single sign-on claims or a sign-in link (provision-from-sign-in.ts)
  "person.provision",
  "person.leave",
  "person.update",
  // reference data (entities, duty stations, professional networks)
  "reference.create",
  "reference.update",
  "role.grant",
  "role.revoke",
  // programmes and cohorts
  "programme.create",
  "programme.update",
  "cohort.create",
  "cohort.update",
  // cohort places
  "enrolment.join",
  "enrolment.rejoin",
  "enrolment.withdraw",
  "enrolment.offer",
  "enrolment.accept-offer",
  "enrolment.decline-offer",
  "enrolment.offer-lapsed",
  // a coach's registration, and HR's decisions on it
  "coach.create",
  "coach.saveAbout",
  "coach.saveCoaching",
  "coach.saveCredentials",
  "coach.saveCapacity",
  "coach.uploadDocument",
  "coach.deleteDocument",
  "coach.uploadPhoto",
  "coach.removePhoto",
  "coach.acceptCommitments",
  "coach.submit",
  "coach.pause",
  "coach.resume",
  "credential.approve",
  "credential.request-changes",
  "credential.reject",
  "credential.revoke",
  // keeping a credential current: reminders, lapse, renewal and its review, continuing development
  "credential.remind",
  "credential.lapse",
  "credential.renewal-submit",
  "credential.renewal-approve",
  "credential.renewal-refuse",
  "development.log",
  "development.delete",
  // a mentor's profile, and a programme admin's decisions on it
  "mentor.save",
  "mentor.submit",
  "mentor.register",
  "mentor.approve",
  "mentor.request-changes",
  "mentor.reject",
  // a coach or mentor's courtesy e-mail to their supervisor (from their profile page)
  "profile.inform-supervisor",
  // networking profiles
  "networking.optIn",
  "networking.update",
  // requests for a match
  "request.create",
  "request.choice.ask",
  "request.choice.remind",
  "request.choice.lapse",
  "request.choice.unavailable",
  "request.accept",
  "request.decline",
  "request.withdraw",
  "request.exhaust",
  // engagements and their sessions
  "engagement.end",
  "engagement.complete",
  "engagement.closing-evaluation",
  "engagement.agreement.accept",
  "engagement.meeting-link",
  "continuation.decide",
  "networking.secondMeeting",
  "session.plan",
  "session.propose",
  "session.accept",
  "session.cancel",
  "session.miss",
  "session.complete",
  "session.remind",
  "session.nudge",
  "session.feedback",
  "session.note.save",
  "session.note.delete",
  "session.checklist.tick",
  "session.checklist.untick",
  // tripartite missions
  "mission.request",
  "mission.coachee-request",
  "mission.validate-requests",
  "mission.milestone.schedule",
  "mission.milestone.hold",
  "mission.consent",
  "mission.decline",
  "mission.proposal.submit",
  "mission.proposal.approve",
  "mission.proposal.comment",
  "mission.contract.issue",
  "mission.contract.changes",
  "mission.contract.accept",
  "mission.start",
  "mission.midpoint",
  "mission.start-closing",
  "mission.indicators.evaluate",
  "mission.synthesis.save",
  "mission.synthesis.present",
  "mission.follow-up.evaluate",
  "mission.refuse",
  "mission.stop",
  "mission.framing.record",
  "mission.intermediate.request",
  "mission.intermediate.schedule",
  "mission.intermediate.hold",
  "mission.sponsorship.ask",
  "mission.sponsorship.take-up",
  "check-in.create",
  "check-in.answer",
  // supervision
  "supervision.record",
  "supervision.delete",
  // calendar feed (lib/server/calendar): a new subscription address
  "calendar-feed.regenerate",
  // personal data (lib/server/privacy)
  "person.export",
  "person.anonymise",
  // SCIM provisioning (lib/server/scim): tokens (admins), people created and changed by a SCIM client
  "scim.token.create",
  "scim.token.revoke",
  "scim.user.create",
  "scim.user.update",
  "scim.user.delete",
  // HR imports (lib/server/people/import-*.ts): the counts of an applied file
  "people.import",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: string): value is AuditAction {
  return AUDIT_ACTIONS.some((action) => action === value);
}
