// The home page's "next steps", per role held. Pure: the page gathers the facts, this decides.
import type { MessageKey } from "../i18n/keys";
import type { Messages } from "../i18n/messages";
import type { ProfileStatus } from "./coach-lifecycle";
import { clientEligibility, type AppointmentType } from "./eligibility";
import { ROLES, type Role } from "./roles";
import { COACHING_FIGURES } from "./session-plans";

export type HomeFacts = {
  appointmentType: AppointmentType | null;
  /** Open cohorts the person is enrolled in, by role. */
  enrolledAs: Role[];
  openCohort: { name: string; seatsLeft: number } | null;
  coachStatus: ProfileStatus | null;
  coachCapacity: number | null;
  credentialQueueSize: number;
  openCohortCount: number;
  /** Evaluations the person still owes, per engagement (absent: none looked up). */
  evaluationsDue?: EvaluationDue[];
  /** Requests waiting for the person's answer, per kind of profile they hold. */
  pendingRequests?: { coach: number; mentor: number };
  /** The person's active engagements, each with its next agreed session (if any). */
  engagements?: ActiveEngagement[];
  /** Tripartite missions the person takes part in that are not over. */
  missions?: OpenMission[];
};

type ProgrammeType = "coaching" | "mentoring" | "networking" | "tripartite_coaching";

/** An active engagement and its next agreed session (texts already in the reader's language). */
export type ActiveEngagement = {
  engagementId: string;
  side: "client" | "coach";
  programmeType: ProgrammeType;
  otherName: string;
  sessionCount: number;
  next: { position: number; title: string; when: string } | null;
};

/** A mission the person takes part in, with its status and next milestone in the reader's language. */
export type OpenMission = {
  missionId: string;
  party: "coachee" | "sponsor" | "hr" | "coach";
  coachee: string;
  coach: string;
  status: string;
  nextMilestone: { name: string; when: string } | null;
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

/** A step's words: home.steps.<key> in the catalogues, with its values. */
export type StepKey = MessageKey<Messages["home"]["steps"]>;
export type Step = { key: StepKey; values?: Record<string, string | number>; href?: string; done?: boolean };
export type RoleSteps = { role: Role; steps: Step[] };

/** The role under which a person sees an engagement: client/coach, or mentee/mentor. */
function roleOf(side: "client" | "coach", programmeType: ProgrammeType): Role {
  const mentoring = programmeType === "mentoring" || programmeType === "networking";
  if (side === "client") return mentoring ? "mentee" : "client";
  return mentoring ? "mentor" : "coach";
}

/** "Next session with X: title (n of N), when", or "no time agreed yet", linking to the engagement. */
export function engagementSteps(e: ActiveEngagement): Step[] {
  const href = `/engagements/${e.engagementId}`;
  // A mission's sessions without an agreed time: the mission's own step says where it stands.
  if (!e.next)
    return e.programmeType === "tripartite_coaching"
      ? []
      : [{ key: "session.none", values: { name: e.otherName }, href }];
  return [
    {
      key: "session.next",
      values: {
        type: e.programmeType,
        name: e.otherName,
        title: e.next.title,
        n: e.next.position,
        total: e.sessionCount,
        when: e.next.when,
      },
      href,
    },
  ];
}

/** A mission's status, and its next milestone when one is scheduled. */
export function missionSteps(m: OpenMission): Step[] {
  const href = `/missions/${m.missionId}`;
  const steps: Step[] = [
    { key: "mission.status", values: { party: m.party, coachee: m.coachee, coach: m.coach, status: m.status }, href },
  ];
  if (m.nextMilestone)
    steps.push({
      key: "mission.milestone",
      values: { milestone: m.nextMilestone.name, when: m.nextMilestone.when },
      href,
    });
  return steps;
}

const MISSION_ROLE: Record<OpenMission["party"], Role> = {
  coachee: "client",
  sponsor: "sponsor",
  hr: "hr_reviewer",
  coach: "coach",
};

/** Whether the person has an active engagement in a role (a client with a coach, a mentee with a mentor…). */
function engagedAs(f: HomeFacts, role: Role): boolean {
  return (f.engagements ?? []).some(
    (e) => e.programmeType !== "tripartite_coaching" && roleOf(e.side, e.programmeType) === role,
  );
}

function clientSteps(f: HomeFacts): Step[] {
  const eligibility = clientEligibility(f.appointmentType);
  if (!eligibility.eligible) return [{ key: `client.notEligible.${eligibility.reason}` }];
  const enrolled = f.enrolledAs.includes("client");
  // Already working with a coach: what matters is the next session (shown above).
  if (enrolled && engagedAs(f, "client"))
    return [{ key: "client.enrolled", done: true }, { key: "client.informSupervisor" }];
  const steps: Step[] = [];
  if (enrolled) steps.push({ key: "client.enrolled", done: true });
  else if (f.openCohort)
    steps.push({
      key: "client.join",
      values: { cohort: f.openCohort.name, seats: f.openCohort.seatsLeft },
      href: "/programmes/peer-coaching",
    });
  else steps.push({ key: "client.noCohort" });
  steps.push(
    { key: "client.chooseCoach", href: "/coaches" },
    // The figures come from the plan itself, so the promise and the plan never disagree.
    { key: "client.commitment", values: COACHING_FIGURES },
    { key: "client.informSupervisor" },
  );
  return steps;
}

function coachSteps(f: HomeFacts): Step[] {
  switch (f.coachStatus) {
    case "approved":
      return [
        { key: "coach.approved", done: true, values: { capacity: f.coachCapacity ?? 1 }, href: "/coach/profile" },
        { key: "coach.sessions", values: COACHING_FIGURES },
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
        {
          key: f.enrolledAs.includes("mentor") ? "mentor.enrolled" : "mentor.profile",
          done: f.enrolledAs.includes("mentor"),
        },
        { key: "mentor.sessions" },
      ];
    case "mentee":
      return [
        {
          key: f.enrolledAs.includes("mentee") ? "mentee.enrolled" : "mentee.join",
          done: f.enrolledAs.includes("mentee"),
        },
        ...(engagedAs(f, "mentee") ? [] : ([{ key: "mentee.chooseMentor" }] satisfies Step[])),
        { key: "mentee.evaluation" },
      ];
    case "hr_reviewer":
      return [
        { key: "hr.queue", values: { count: f.credentialQueueSize }, href: "/hr/credentials" },
        { key: "hr.criteria" },
      ];
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
  return roleOf(due.side, due.programmeType);
}

/** "Evaluate session N" (the earliest one owed, and how many more) and the closing evaluation. */
export function evaluationSteps(due: EvaluationDue): Step[] {
  const href = `/engagements/${due.engagementId}`;
  const steps: Step[] = [];
  const [first, ...rest] = due.sessions;
  if (first)
    steps.push({
      key: "evaluation.session",
      values: { n: first.position, title: first.title, name: due.otherName, more: rest.length },
      href,
    });
  if (due.closing) steps.push({ key: "evaluation.closing", values: { name: due.otherName }, href });
  return steps;
}

/** Requests waiting for an answer, for a coach or a mentor (nothing when none). */
function pendingSteps(role: Role, f: HomeFacts): Step[] {
  const count =
    role === "coach" ? (f.pendingRequests?.coach ?? 0) : role === "mentor" ? (f.pendingRequests?.mentor ?? 0) : 0;
  return count > 0 ? [{ key: "requests.pending", values: { count }, href: "/engagements" }] : [];
}

/**
 * Steps for each role held, in the catalogue's order of roles. In each section: evaluations owed
 * first, then requests waiting for an answer, the next sessions and the missions, then the rest.
 */
export function nextStepsFor(roles: readonly Role[], facts: HomeFacts): RoleSteps[] {
  const held = ROLES.filter((r) => roles.includes(r));
  const sections = held.map((role) => ({ role, steps: stepsFor(role, facts) }));
  const sectionFor = (role: Role) => sections.find((s) => s.role === role) ?? sections[0];
  // Collected per section, then put in front of its steps in the order above.
  const lead = new Map<RoleSteps, Step[]>();
  const push = (section: RoleSteps | undefined, steps: Step[]) => {
    if (section && steps.length) lead.set(section, [...(lead.get(section) ?? []), ...steps]);
  };
  for (const s of sections) push(s, pendingSteps(s.role, facts));
  for (const e of facts.engagements ?? []) push(sectionFor(roleOf(e.side, e.programmeType)), engagementSteps(e));
  for (const m of facts.missions ?? []) push(sectionFor(MISSION_ROLE[m.party]), missionSteps(m));
  for (const [section, steps] of lead) section.steps.unshift(...steps);
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
export function cohortTypesOfInterest(
  roles: readonly Role[],
): ("coaching" | "mentoring" | "networking" | "tripartite_coaching")[] {
  if (roles.includes("programme_admin")) return ["coaching", "mentoring", "networking", "tripartite_coaching"];
  return [
    ...(roles.includes("client") ? (["coaching"] as const) : []),
    ...(roles.includes("mentee") ? (["mentoring"] as const) : []),
  ];
}
