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
  /** Evaluations the person still owes, per engagement (absent: none looked up). */
  evaluationsDue?: EvaluationDue[];
};

/** One engagement where the person has completed sessions to evaluate, or a closing evaluation to give. */
export type EvaluationDue = {
  engagementId: string;
  /** The person's side of the engagement. */
  side: "client" | "coach";
  programmeType: "coaching" | "mentoring" | "networking" | "tripartite_coaching";
  otherName: string;
  /** Completed sessions not evaluated yet, in the plan's order (title already in the reader's language). */
  sessions: { position: number; title: string }[];
  closing: boolean;
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

/** The role under which an engagement's evaluations are shown: client/coach, or mentee/mentor. */
function roleOfSide(due: EvaluationDue): Role {
  const mentoring = due.programmeType === "mentoring" || due.programmeType === "networking";
  if (due.side === "client") return mentoring ? "mentee" : "client";
  return mentoring ? "mentor" : "coach";
}

/** "Evaluate session N" (the earliest one owed, and how many more) and the closing evaluation. */
export function evaluationSteps(due: EvaluationDue): Step[] {
  const href = `/engagements/${due.engagementId}`;
  const steps: Step[] = [];
  const [first, ...rest] = due.sessions;
  if (first) steps.push({ key: "evaluation.session", values: { n: first.position, title: first.title, name: due.otherName, more: rest.length }, href });
  if (due.closing) steps.push({ key: "evaluation.closing", values: { name: due.otherName }, href });
  return steps;
}

/** Steps for each role held, in the catalogue's order of roles; evaluations owed come first in their role's section. */
export function nextStepsFor(roles: readonly Role[], facts: HomeFacts): RoleSteps[] {
  const held = ROLES.filter((r) => roles.includes(r));
  const sections = held.map((role) => ({ role, steps: stepsFor(role, facts) }));
  for (const due of [...(facts.evaluationsDue ?? [])].reverse()) {
    const steps = evaluationSteps(due);
    if (!steps.length || !sections.length) continue;
    // A person who no longer holds the role still sees what they owe, in their first section.
    const section = sections.find((s) => s.role === roleOfSide(due)) ?? sections[0];
    section.steps.unshift(...steps);
  }
  return sections;
}

/** Which programmes' open cohorts a person's home shows: admins see all, clients coaching, mentees mentoring. */
export function cohortTypesOfInterest(roles: readonly Role[]): ("coaching" | "mentoring" | "networking" | "tripartite_coaching")[] {
  if (roles.includes("programme_admin")) return ["coaching", "mentoring", "networking", "tripartite_coaching"];
  return [...(roles.includes("client") ? (["coaching"] as const) : []), ...(roles.includes("mentee") ? (["mentoring"] as const) : [])];
}
