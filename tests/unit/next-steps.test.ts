import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { COACH_STATUSES } from "@/lib/domain/coach-lifecycle";
import { clientEligibility, APPOINTMENT_TYPES } from "@/lib/domain/eligibility";
import { cohortTypesOfInterest, nextStepsFor, type HomeFacts } from "@/lib/domain/next-steps";
import { ROLES } from "@/lib/domain/roles";

const base: HomeFacts = {
  appointmentType: "fixed_term",
  enrolledAs: [],
  openCohort: { name: "Winter", seatsLeft: 3 },
  coachStatus: null,
  coachCapacity: null,
  credentialQueueSize: 2,
  openCohortCount: 1,
};

function lookup(catalogue: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue);
}

describe("client eligibility", () => {
  it.each(["temporary", "fixed_term", "permanent", "continuing"] as const)("%s appointments are eligible", (type) => {
    expect(clientEligibility(type)).toEqual({ eligible: true });
  });
  it.each(["consultant", "individual_contractor", "un_volunteer", "intern", "military", "other"] as const)("%s is not eligible", (type) => {
    expect(clientEligibility(type)).toEqual({ eligible: false, reason: "appointment-not-eligible" });
  });
  it("asks for the appointment type when it is unknown", () => {
    expect(clientEligibility(null)).toEqual({ eligible: false, reason: "appointment-unknown" });
  });
});

describe("home next steps", () => {
  it("gives one section per role held, in a stable order", () => {
    expect(nextStepsFor(["sponsor", "client"], base).map((s) => s.role)).toEqual(["client", "sponsor"]);
    expect(nextStepsFor([], base)).toEqual([]);
  });

  it("invites an eligible client to join the open cohort, with the seats left", () => {
    const [client] = nextStepsFor(["client"], base);
    expect(client.steps[0]).toEqual({ key: "client.join", values: { cohort: "Winter", seats: 3 }, href: "/programmes/peer-coaching" });
  });

  it("marks enrolment done once the client is enrolled", () => {
    const [client] = nextStepsFor(["client"], { ...base, enrolledAs: ["client"] });
    expect(client.steps[0]).toMatchObject({ key: "client.enrolled", done: true });
  });

  it("tells an ineligible client why instead of inviting them", () => {
    const [client] = nextStepsFor(["client"], { ...base, appointmentType: "consultant" });
    expect(client.steps).toEqual([{ key: "client.notEligible.appointment-not-eligible" }]);
  });

  it("follows the coach's review status", () => {
    const key = (coachStatus: HomeFacts["coachStatus"]) => nextStepsFor(["coach"], { ...base, coachStatus, coachCapacity: 2 })[0].steps[0].key;
    expect(key(null)).toBe("coach.register");
    expect(key("submitted")).toBe("coach.submitted");
    expect(key("changes_requested")).toBe("coach.changesRequested");
    expect(key("approved")).toBe("coach.approved");
  });

  it("has every step's text in English and French, for every role and situation", () => {
    const variants: HomeFacts[] = [
      base,
      { ...base, openCohort: null },
      { ...base, enrolledAs: [...ROLES] },
      ...APPOINTMENT_TYPES.map((appointmentType) => ({ ...base, appointmentType })),
      ...COACH_STATUSES.map((coachStatus) => ({ ...base, coachStatus })),
    ];
    for (const facts of variants)
      for (const { steps } of nextStepsFor(ROLES, facts))
        for (const step of steps) {
          expect(typeof lookup(en, `home.steps.${step.key}`), `en ${step.key}`).toBe("string");
          expect(typeof lookup(fr, `home.steps.${step.key}`), `fr ${step.key}`).toBe("string");
        }
  });
});

describe("cohorts shown on the home page", () => {
  it("shows clients the coaching cohorts, mentees the mentoring ones, admins all, others none", () => {
    expect(cohortTypesOfInterest(["client"])).toEqual(["coaching"]);
    expect(cohortTypesOfInterest(["mentee", "client"])).toEqual(["coaching", "mentoring"]);
    expect(cohortTypesOfInterest(["programme_admin"])).toHaveLength(4);
    expect(cohortTypesOfInterest(["coach", "hr_reviewer", "sponsor"])).toEqual([]);
  });
});
