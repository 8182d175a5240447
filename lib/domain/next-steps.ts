// The home page's "next steps", per role held. Pure: the page gathers the facts, this decides.
import type { CoachStatus } from "./coach-lifecycle";
import { clientEligibility, type AppointmentType } from "./eligibility";
import { ROLES, type Role } from "./roles";

export type HomeFacts = {
  appointmentType: AppointmentType | null;
  /** Open cohorts the person is enrolled in, by role. */
  enrolledAs: Role[];
  openCohort: { name: string; seatsLeft: number } | null;
  coachStatus: CoachStatus | null;
  coachCapacity: number | null;
  credentialQueueSize: number;
  openCohortCount: number;
};

export type Step = { key: string; values?: Record<string, string | number>; href?: string; done?: boolean };
export type RoleSteps = { role: Role; steps: Step[] };

function clientSteps(f: HomeFacts): Step[] {
  const eligibility = clientEligibility(f.appointmentType);
  if (!eligibility.eligible) return [{ key: `client.notEligible.${eligibility.reason}` }];
  const enrolled = f.enrolledAs.includes("client");
  const steps: Step[] = [];
  if (enrolled) steps.push({ key: "client.enrolled", done: true });
  else if (f.openCohort)
    steps.push({ key: "client.join", values: { cohort: f.openCohort.name, seats: f.openCohort.seatsLeft }, href: "/programmes/peer-coaching" });
  else steps.push({ key: "client.noCohort" });
  steps.push({ key: "client.chooseCoach", href: "/coaches" }, { key: "client.commitment" }, { key: "client.informSupervisor" });
  return steps;
}

function coachSteps(f: HomeFacts): Step[] {
  switch (f.coachStatus) {
    case "approved":
      return [
        { key: "coach.approved", done: true, values: { capacity: f.coachCapacity ?? 1 }, href: "/coach/profile" },
        { key: "coach.sessions" },
        { key: "coach.supervision" },
      ];
    case "submitted":
      return [{ key: "coach.submitted", done: true }, { key: "coach.waitReview" }, { key: "coach.supervision" }];
    case "changes_requested":
      return [{ key: "coach.changesRequested", href: "/coach/profile" }];
    case "rejected":
      return [{ key: "coach.rejected" }];
    case "revoked":
      return [{ key: "coach.revoked" }];
    default:
      return [
        { key: "coach.register", href: "/coach/profile" },
        { key: "coach.credentials", href: "/coach/profile#credentials" },
        { key: "coach.confidentiality", href: "/coach/profile#commitments" },
      ];
  }
}

function stepsFor(role: Role, f: HomeFacts): Step[] {
  switch (role) {
    case "client":
      return clientSteps(f);
    case "coach":
      return coachSteps(f);
    case "mentor":
      return [
        { key: f.enrolledAs.includes("mentor") ? "mentor.enrolled" : "mentor.profile", done: f.enrolledAs.includes("mentor") },
        { key: "mentor.sessions" },
      ];
    case "mentee":
      return [
        { key: f.enrolledAs.includes("mentee") ? "mentee.enrolled" : "mentee.join", done: f.enrolledAs.includes("mentee") },
        { key: "mentee.chooseMentor" },
        { key: "mentee.evaluation" },
      ];
    case "hr_reviewer":
      return [{ key: "hr.queue", values: { count: f.credentialQueueSize }, href: "/hr/credentials" }, { key: "hr.criteria" }];
    case "programme_admin":
      return [
        { key: "admin.programmes", values: { count: f.openCohortCount }, href: "/admin/programmes" },
        { key: "admin.people", href: "/admin/people" },
      ];
    case "sponsor":
      return [{ key: "sponsor.confidentiality" }, { key: "sponsor.role" }];
  }
}

/** Steps for each role held, in the catalogue's order of roles. */
export function nextStepsFor(roles: readonly Role[], facts: HomeFacts): RoleSteps[] {
  return ROLES.filter((r) => roles.includes(r)).map((role) => ({ role, steps: stepsFor(role, facts) }));
}

/** Which programmes' open cohorts a person's home shows: admins see all, clients coaching, mentees mentoring. */
export function cohortTypesOfInterest(roles: readonly Role[]): ("coaching" | "mentoring" | "networking" | "tripartite_coaching")[] {
  if (roles.includes("programme_admin")) return ["coaching", "mentoring", "networking", "tripartite_coaching"];
  return [...(roles.includes("client") ? (["coaching"] as const) : []), ...(roles.includes("mentee") ? (["mentoring"] as const) : [])];
}
