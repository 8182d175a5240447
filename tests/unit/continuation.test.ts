// Going on after the mentoring review (session 6): both must wish to; one no closes the pairing.
import { describe, expect, it } from "vitest";
import {
  continuationOpen,
  continuationOutcome,
  continuationPosition,
  continuationView,
  decideContinuation,
  stepBlocked,
} from "@/lib/domain/continuation";
import { sessionPlan, stepOf } from "@/lib/domain/session-plans";
import { continuationSchema, isHttpsUrl, mentorDecisionSchema, mentorProfileSchema } from "@/lib/validation/mentors";

const pair = ["mentee", "mentor"] as [string, string];
const plan = (completedUpTo: number) =>
  sessionPlan("mentoring").steps.map((s, i) => ({
    position: i + 1,
    stepKey: s.key,
    status: i + 1 <= completedUpTo ? "completed" : "planned",
  }));

describe("the continuation point", () => {
  it("is the mentoring review, session 6 of nine; coaching and networking plans have none", () => {
    expect(stepOf("mentoring.review")?.continuationPoint).toBe(true);
    expect(continuationPosition(plan(0))).toBe(6);
    const coaching = sessionPlan("coaching").steps.map((s, i) => ({
      position: i + 1,
      stepKey: s.key,
      status: "planned",
    }));
    expect(continuationPosition(coaching)).toBeNull();
    expect(stepBlocked(6, coaching, "pending")).toBe(false);
  });

  it("opens once the review is completed", () => {
    expect(continuationOpen(plan(5))).toBe(false);
    expect(continuationOpen(plan(6))).toBe(true);
  });
});

describe("the outcome of the answers", () => {
  it("waits for both; two yeses continue; one no stops at once", () => {
    expect(continuationOutcome([], pair)).toBe("pending");
    expect(continuationOutcome([{ userId: "mentee", wantsToContinue: true }], pair)).toBe("pending");
    expect(
      continuationOutcome(
        [
          { userId: "mentee", wantsToContinue: true },
          { userId: "mentor", wantsToContinue: true },
        ],
        pair,
      ),
    ).toBe("continue");
    expect(continuationOutcome([{ userId: "mentor", wantsToContinue: false }], pair)).toBe("stop");
    expect(
      continuationOutcome(
        [
          { userId: "mentee", wantsToContinue: true },
          { userId: "mentor", wantsToContinue: false },
        ],
        pair,
      ),
    ).toBe("stop");
  });

  it("ignores answers from anyone but the two people", () => {
    expect(
      continuationOutcome(
        [
          { userId: "mentee", wantsToContinue: true },
          { userId: "outsider", wantsToContinue: true },
        ],
        pair,
      ),
    ).toBe("pending");
    expect(continuationOutcome([{ userId: "outsider", wantsToContinue: false }], pair)).toBe("pending");
  });

  it("blocks sessions 7 to 9 until both said yes; never the sessions up to the review", () => {
    const p = plan(6);
    for (const position of [7, 8, 9]) {
      expect(stepBlocked(position, p, "pending")).toBe(true);
      expect(stepBlocked(position, p, "stop")).toBe(true);
      expect(stepBlocked(position, p, "continue")).toBe(false);
    }
    for (const position of [1, 5, 6]) expect(stepBlocked(position, p, "pending")).toBe(false);
  });
});

describe("who may answer, and what each sees", () => {
  it("refuses before the review is held, on an engagement that is over, and once decided", () => {
    expect(decideContinuation({ status: "active", plan: plan(5), decisions: [], participants: pair })).toEqual({
      ok: false,
      error: "continuationNotOpen",
    });
    expect(decideContinuation({ status: "ended", plan: plan(6), decisions: [], participants: pair })).toEqual({
      ok: false,
      error: "engagementNotActive",
    });
    const both = [
      { userId: "mentee", wantsToContinue: true },
      { userId: "mentor", wantsToContinue: true },
    ];
    expect(decideContinuation({ status: "active", plan: plan(6), decisions: both, participants: pair })).toEqual({
      ok: false,
      error: "continuationDecided",
    });
    expect(decideContinuation({ status: "active", plan: plan(6), decisions: [both[0]], participants: pair })).toEqual({
      ok: true,
    });
  });

  it("shows one's own answer and whether the other answered, the other's answer only once both have", () => {
    const one = [{ userId: "mentee", wantsToContinue: true }];
    expect(continuationView(one, pair, "mentor")).toEqual({
      outcome: "pending",
      mine: null,
      otherAnswered: true,
      other: null,
    });
    expect(continuationView(one, pair, "mentee")).toEqual({
      outcome: "pending",
      mine: true,
      otherAnswered: false,
      other: null,
    });
    const both = [...one, { userId: "mentor", wantsToContinue: true }];
    expect(continuationView(both, pair, "mentor")).toEqual({
      outcome: "continue",
      mine: true,
      otherAnswered: true,
      other: true,
    });
  });
});

describe("mentor forms", () => {
  const valid = {
    entityId: "",
    dutyStationId: "",
    languages: ["en"],
    networkIds: [],
    expertiseAreas: ["career"],
    coachingLanguages: ["en", "fr"],
    careerPath: "Twenty years in peace operations.",
    bioEn: "I like helping colleagues find their way.",
    bioFr: "",
    profileUrl: "",
    capacity: 2,
    availability: "open",
  };
  const issue = (v: object) =>
    mentorProfileSchema.safeParse(v).error?.issues.map((i) => `${i.path.join(".")}:${i.message}`);

  it("accepts a complete profile, with a bio in one language only", () => {
    expect(mentorProfileSchema.safeParse(valid).success).toBe(true);
    expect(mentorProfileSchema.safeParse({ ...valid, bioEn: "", bioFr: "Je partage mon expérience." }).success).toBe(
      true,
    );
  });

  it("requires an area, a mentoring language, a career path and a bio in either language", () => {
    expect(issue({ ...valid, expertiseAreas: [] })).toEqual(["expertiseAreas:mentorAreasRequired"]);
    expect(issue({ ...valid, coachingLanguages: [] })).toEqual(["coachingLanguages:mentorLanguagesRequired"]);
    expect(issue({ ...valid, careerPath: "   " })).toEqual(["careerPath:careerPathRequired"]);
    expect(issue({ ...valid, bioEn: " ", bioFr: "" })).toEqual(["bioEn:bioRequired"]);
    expect(issue({ ...valid, expertiseAreas: ["astrology"] })).toHaveLength(1);
  });

  it("takes a professional link over https only", () => {
    expect(mentorProfileSchema.safeParse({ ...valid, profileUrl: "https://www.linkedin.com/in/maria" }).success).toBe(
      true,
    );
    for (const bad of [
      "http://www.linkedin.com/in/maria",
      "javascript:alert(1)",
      "linkedin.com/in/maria",
      "https://localhost",
      "https://user:pw@example.org/x",
    ]) {
      expect(issue({ ...valid, profileUrl: bad }), bad).toEqual(["profileUrl:profileUrlInvalid"]);
      expect(isHttpsUrl(bad), bad).toBe(false);
    }
  });

  it("keeps capacity between 1 and 3", () => {
    expect(issue({ ...valid, capacity: 0 })).toEqual(["capacity:capacityRange"]);
    expect(issue({ ...valid, capacity: 4 })).toEqual(["capacity:capacityRange"]);
    expect(issue({ ...valid, capacity: Number.NaN })).toEqual(["capacity:capacityRange"]);
  });

  it("needs a message to request changes or refuse, not to approve", () => {
    expect(mentorDecisionSchema.safeParse({ profileId: "p", decision: "approve", message: "" }).success).toBe(true);
    expect(mentorDecisionSchema.safeParse({ profileId: "p", decision: "reject", message: " " }).success).toBe(false);
    expect(
      mentorDecisionSchema.safeParse({ profileId: "p", decision: "requestChanges", message: "Add a bio in French." })
        .success,
    ).toBe(true);
    expect(continuationSchema.safeParse({ engagementId: "e", wantsToContinue: "yes" }).success).toBe(false);
  });
});
