import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { COACH_STATUSES } from "@/lib/domain/coach-lifecycle";
import { clientEligibility, APPOINTMENT_TYPES } from "@/lib/domain/eligibility";
import {
  cohortTypesOfInterest,
  nextStepsFor,
  type ActiveEngagement,
  type HomeFacts,
  type OpenMission,
} from "@/lib/domain/next-steps";
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
  return key
    .split(".")
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue);
}

describe("client eligibility", () => {
  it.each(["temporary", "fixed_term", "permanent", "continuing"] as const)("%s appointments are eligible", (type) => {
    expect(clientEligibility(type)).toEqual({ eligible: true });
  });
  it.each(["consultant", "individual_contractor", "un_volunteer", "intern", "military", "other"] as const)(
    "%s is not eligible",
    (type) => {
      expect(clientEligibility(type)).toEqual({ eligible: false, reason: "appointment-not-eligible" });
    },
  );
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
    expect(client.steps[0]).toEqual({
      key: "client.join",
      values: { cohort: "Winter", seats: 3 },
      href: "/programmes/peer-coaching",
    });
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
    const key = (coachStatus: HomeFacts["coachStatus"]) =>
      nextStepsFor(["coach"], { ...base, coachStatus, coachCapacity: 2 })[0].steps[0].key;
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
      storyFacts,
      { ...storyFacts, engagements: storyFacts.engagements!.map((e) => ({ ...e, next: null })) },
    ];
    for (const facts of variants)
      for (const { steps } of nextStepsFor(ROLES, facts))
        for (const step of steps) {
          expect(typeof lookup(en, `home.steps.${step.key}`), `en ${step.key}`).toBe("string");
          expect(typeof lookup(fr, `home.steps.${step.key}`), `fr ${step.key}`).toBe("string");
        }
  });
});

const withCarlos: ActiveEngagement = {
  engagementId: "e-coaching",
  side: "client",
  programmeType: "coaching",
  otherName: "Carlos Mendes",
  sessionCount: 6,
  next: { position: 4, title: "Session 3", when: "Saturday 21 November 2026 at 10:00" },
};
const missionOfAmina: OpenMission = {
  missionId: "m1",
  party: "coachee",
  coachee: "Amina Diallo",
  coach: "Carlos Mendes",
  status: "Sessions",
  nextMilestone: { name: "Mid-point review", when: "Friday 27 November 2026 at 10:00" },
};
const storyFacts: HomeFacts = {
  ...base,
  enrolledAs: ["client", "mentee"],
  pendingRequests: { coach: 2, mentor: 1 },
  engagements: [
    withCarlos,
    { ...withCarlos, engagementId: "e-mission", programmeType: "tripartite_coaching", next: null },
    {
      engagementId: "e-mentoring",
      side: "coach",
      programmeType: "mentoring",
      otherName: "Mehdi Benali",
      sessionCount: 9,
      next: { position: 4, title: "Leadership", when: "Thursday 26 November 2026 at 16:00" },
    },
  ],
  missions: [missionOfAmina, { ...missionOfAmina, missionId: "m2", party: "sponsor" }],
};

describe("home next steps from the person's engagements, requests and missions", () => {
  it("shows a client their next agreed session first: with whom, which one of how many, when, linking to the engagement", () => {
    const [client] = nextStepsFor(["client"], { ...base, enrolledAs: ["client"], engagements: [withCarlos] });
    expect(client.steps[0]).toEqual({
      key: "session.next",
      values: {
        type: "coaching",
        name: "Carlos Mendes",
        title: "Session 3",
        n: 4,
        total: 6,
        when: "Saturday 21 November 2026 at 10:00",
      },
      href: "/engagements/e-coaching",
    });
    // Working with a coach already: no invitation to choose one.
    expect(client.steps.map((s) => s.key)).not.toContain("client.chooseCoach");
  });

  it("tells a mission's sessions and milestones apart from another engagement's sessions with the same coach", () => {
    const [client] = nextStepsFor(["client"], {
      ...base,
      enrolledAs: ["client"],
      engagements: [
        withCarlos,
        { ...withCarlos, engagementId: "e-mission", programmeType: "tripartite_coaching", next: withCarlos.next },
      ],
      missions: [missionOfAmina],
    });
    const t = createTranslator({ locale: "en", messages: en, namespace: "home.steps" });
    const texts = client.steps
      .filter((s) => s.key === "session.next" || s.key === "mission.milestone")
      .map((s) => t(s.key, s.values));
    expect(texts).toEqual([
      "Next session with Carlos Mendes: Session 3 (session 4 of 6), Saturday 21 November 2026 at 10:00.",
      "Next tripartite coaching session with Carlos Mendes: Session 3 (session 4 of 6), Saturday 21 November 2026 at 10:00.",
      "Next meeting of the mission: Mid-point review, Friday 27 November 2026 at 10:00.",
    ]);
  });

  it("asks to agree a time when none is, except for a mission's sessions (its own step says where it stands)", () => {
    const [client] = nextStepsFor(["client"], {
      ...base,
      enrolledAs: ["client"],
      engagements: [
        { ...withCarlos, next: null },
        { ...withCarlos, engagementId: "e-mission", programmeType: "tripartite_coaching", next: null },
      ],
    });
    expect(client.steps.filter((s) => s.key.startsWith("session."))).toEqual([
      { key: "session.none", values: { name: "Carlos Mendes" }, href: "/engagements/e-coaching" },
    ]);
  });

  it("gives a coach and a mentor the requests waiting for them, in their own section, only when there are some", () => {
    const sections = nextStepsFor(["coach", "mentor"], {
      ...base,
      coachStatus: "approved",
      pendingRequests: { coach: 2, mentor: 1 },
    });
    expect(sections.map((s) => s.steps[0])).toEqual([
      { key: "requests.pending", values: { count: 2 }, href: "/engagements" },
      { key: "requests.pending", values: { count: 1 }, href: "/engagements" },
    ]);
    const none = nextStepsFor(["coach"], {
      ...base,
      coachStatus: "approved",
      pendingRequests: { coach: 0, mentor: 0 },
    });
    expect(none[0].steps.map((s) => s.key)).not.toContain("requests.pending");
  });

  it("puts a mentor's next session in the mentor section and a mentee's in the mentee section", () => {
    const mentoring: ActiveEngagement = {
      ...withCarlos,
      programmeType: "mentoring",
      side: "coach",
      otherName: "Mehdi Benali",
    };
    const [mentor] = nextStepsFor(["mentor"], { ...base, engagements: [mentoring] });
    expect(mentor.role).toBe("mentor");
    expect(mentor.steps[0]).toMatchObject({
      key: "session.next",
      values: { name: "Mehdi Benali" },
      href: "/engagements/e-coaching",
    });
    const [mentee] = nextStepsFor(["mentee"], {
      ...base,
      enrolledAs: ["mentee"],
      engagements: [{ ...mentoring, side: "client", otherName: "María López" }],
    });
    expect(mentee.role).toBe("mentee");
    expect(mentee.steps[0]).toMatchObject({ key: "session.next", values: { name: "María López" } });
    expect(mentee.steps.map((s) => s.key)).not.toContain("mentee.chooseMentor");
  });

  it("shows a mission to each party in their role's section, with its next milestone", () => {
    const [sponsor] = nextStepsFor(["sponsor"], { ...base, missions: [{ ...missionOfAmina, party: "sponsor" }] });
    expect(sponsor.steps.slice(0, 2)).toEqual([
      {
        key: "mission.status",
        values: { party: "sponsor", coachee: "Amina Diallo", coach: "Carlos Mendes", status: "Sessions" },
        href: "/missions/m1",
      },
      {
        key: "mission.milestone",
        values: { milestone: "Mid-point review", when: "Friday 27 November 2026 at 10:00" },
        href: "/missions/m1",
      },
    ]);
    const [client] = nextStepsFor(["client"], { ...base, missions: [missionOfAmina] });
    expect(client.steps[0]).toMatchObject({ key: "mission.status", values: { party: "coachee" } });
    const [hr] = nextStepsFor(["hr_reviewer"], {
      ...base,
      missions: [{ ...missionOfAmina, party: "hr", nextMilestone: null }],
    });
    expect(hr.steps.map((s) => s.key)).toEqual(["mission.status", "hr.queue", "hr.criteria"]);
  });

  it("keeps the evaluations owed before everything else", () => {
    const [client] = nextStepsFor(["client"], {
      ...base,
      enrolledAs: ["client"],
      engagements: [withCarlos],
      evaluationsDue: [
        {
          engagementId: "e-coaching",
          side: "client",
          programmeType: "coaching",
          otherName: "Carlos Mendes",
          sessions: [{ position: 3, title: "Session 2" }],
          closing: false,
        },
      ],
    });
    expect(client.steps.map((s) => s.key).slice(0, 2)).toEqual(["evaluation.session", "session.next"]);
  });

  it("reads well in both languages, whoever the reader is in the mission", () => {
    for (const locale of ["en", "fr"] as const) {
      const t = createTranslator({ locale, messages: locale === "en" ? en : fr, namespace: "home.steps" });
      const lines = nextStepsFor(["client", "sponsor", "mentor", "coach"], {
        ...storyFacts,
        coachStatus: "approved",
      }).flatMap((s) => s.steps.map((step) => t(step.key as never, step.values as never)));
      expect(lines.join("\n")).toContain(
        locale === "en"
          ? "Your tripartite coaching with Carlos Mendes — current step: Sessions."
          : "Votre coaching tripartite avec Carlos Mendes — étape en cours : Sessions.",
      );
      expect(lines.join("\n")).toContain(
        locale === "en"
          ? "Tripartite coaching for Amina Diallo with Carlos Mendes"
          : "Coaching tripartite pour Amina Diallo avec Carlos Mendes",
      );
      expect(lines.join("\n")).toContain(locale === "en" ? "(session 4 of 9)" : "(séance 4 sur 9)");
      expect(lines.join("\n")).toContain(
        locale === "en" ? "2 requests are waiting for your answer." : "2 demandes attendent votre réponse.",
      );
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
