// What programme and cohort settings may be (lib/domain/programme-settings.ts), through the
// forms' zod schemas too (lib/validation/programmes.ts), and eligibility by a programme's list.
import { describe, expect, it } from "vitest";
import { clientEligibility, ELIGIBLE_APPOINTMENT_TYPES } from "@/lib/domain/eligibility";
import {
  canMoveCohort,
  cohortSettingIssues,
  cohortStatusChoices,
  defaultProgrammeSettings,
  defaultSessionPlan,
  newCohortDates,
  parseDay,
  programmeSettingIssues,
  seatsBelowHeld,
} from "@/lib/domain/programme-settings";
import {
  cohortSchema,
  dashboardFilterSchema,
  programmeSchema,
  type CohortInput,
  type ProgrammeInput,
} from "@/lib/validation/programmes";

const programme: ProgrammeInput = {
  slug: "peer-coaching",
  type: "coaching",
  nameEn: "UN Peer Coaching Programme",
  nameFr: "Programme de coaching entre pairs",
  descriptionEn: "One-to-one coaching.",
  descriptionFr: "Un accompagnement individuel.",
  ...defaultProgrammeSettings("coaching"),
  archived: false,
};

// The 2023 pilot: February to July.
const pilot: CohortInput = {
  slug: "pilot-2023",
  nameEn: "2023 pilot",
  nameFr: "Projet pilote 2023",
  startsOn: "2023-02-01",
  endsOn: "2023-07-31",
  enrolmentOpensOn: "2023-01-09",
  enrolmentClosesOn: "2023-01-27",
  seats: 60,
  status: "closed",
};

/** The errors of a schema, as { field: message key }. */
function issues(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));
}

describe("programme settings", () => {
  it("accept the FAQ's defaults: the four staff appointment types, 1–3 clients per coach", () => {
    expect(programmeSettingIssues(programme)).toEqual([]);
    expect(programmeSchema.safeParse(programme).success).toBe(true);
    expect(defaultProgrammeSettings().eligibleAppointmentTypes).toEqual([
      "temporary",
      "fixed_term",
      "permanent",
      "continuing",
    ]);
  });

  it("refuse a capacity outside 1–3, with the field and a clear message key", () => {
    for (const profileCapacityLimit of [0, 4, 2.5, Number.NaN]) {
      expect(
        issues(programmeSchema.safeParse({ ...programme, profileCapacityLimit })),
        String(profileCapacityLimit),
      ).toEqual({ profileCapacityLimit: "maxClientsRange" });
    }
    for (const n of [1, 2, 3])
      expect(programmeSchema.safeParse({ ...programme, profileCapacityLimit: n }).success).toBe(true);
  });

  it("refuse timeouts out of range, zero default seats and an empty eligibility", () => {
    expect(
      issues(
        programmeSchema.safeParse({
          ...programme,
          requestTimeoutWorkingDays: 0,
          seatOfferDays: 15,
          defaultSeats: 0,
          eligibleAppointmentTypes: [],
        }),
      ),
    ).toEqual({
      requestTimeoutWorkingDays: "requestTimeoutRange",
      seatOfferDays: "seatOfferDaysRange",
      defaultSeats: "seatsRange",
      eligibleAppointmentTypes: "eligibilityRequired",
    });
  });

  it("want names and descriptions in both languages and an address made of lower-case words", () => {
    expect(issues(programmeSchema.safeParse({ ...programme, nameFr: "  ", descriptionEn: "" }))).toEqual({
      nameFr: "programmeNameRequired",
      descriptionEn: "programmeDescriptionRequired",
    });
    for (const slug of ["Peer Coaching", "peer--coaching", "-peer", "pair-é"])
      expect(issues(programmeSchema.safeParse({ ...programme, slug })), slug).toEqual({ slug: "slugInvalid" });
    // Upper case is lowered rather than refused.
    expect(programmeSchema.parse({ ...programme, slug: "Spring-2026" }).slug).toBe("spring-2026");
  });

  it("suggest the session plan of the programme's type", () => {
    expect(defaultSessionPlan("coaching")).toBe("coaching");
    expect(defaultSessionPlan("tripartite_coaching")).toBe("coaching");
    expect(defaultSessionPlan("mentoring")).toBe("mentoring");
    expect(defaultSessionPlan("networking")).toBe("networking");
  });
});

describe("cohort settings", () => {
  it("accept the 2023 pilot, February to July", () => {
    expect(cohortSettingIssues(pilot)).toEqual([]);
    expect(cohortSchema.safeParse(pilot).success).toBe(true);
  });

  it("refuse an end before (or on) the start", () => {
    expect(issues(cohortSchema.safeParse({ ...pilot, endsOn: "2023-01-31" }))).toEqual({
      endsOn: "cohortEndBeforeStart",
    });
    expect(issues(cohortSchema.safeParse({ ...pilot, endsOn: "2023-02-01" }))).toEqual({
      endsOn: "cohortEndBeforeStart",
    });
  });

  it("refuse zero seats", () => {
    expect(issues(cohortSchema.safeParse({ ...pilot, seats: 0 }))).toEqual({ seats: "seatsRange" });
    expect(issues(cohortSchema.safeParse({ ...pilot, seats: Number.NaN }))).toEqual({ seats: "seatsRange" });
  });

  it("refuse an enrolment window that closes before it opens or after the cohort ends", () => {
    expect(issues(cohortSchema.safeParse({ ...pilot, enrolmentClosesOn: "2023-01-08" }))).toEqual({
      enrolmentClosesOn: "enrolmentCloseBeforeOpen",
    });
    expect(issues(cohortSchema.safeParse({ ...pilot, enrolmentClosesOn: "2023-08-01" }))).toEqual({
      enrolmentClosesOn: "enrolmentAfterCohortEnd",
    });
    // Enrolment may stay open after the start, up to the last day.
    expect(cohortSchema.safeParse({ ...pilot, enrolmentClosesOn: "2023-07-31" }).success).toBe(true);
  });

  it("refuse dates that are not calendar days", () => {
    expect(parseDay("2023-02-30")).toBeNull();
    expect(parseDay("1/2/2023")).toBeNull();
    expect(parseDay("2023-02-28")?.toISOString()).toBe("2023-02-28T00:00:00.000Z");
    expect(issues(cohortSchema.safeParse({ ...pilot, startsOn: "" }))).toEqual({ startsOn: "dayInvalid" });
  });

  it("move forward freely and back one step only", () => {
    expect(canMoveCohort("draft", "closed")).toBe(true);
    expect(canMoveCohort("open", "draft")).toBe(true);
    expect(canMoveCohort("running", "open")).toBe(true);
    expect(canMoveCohort("closed", "running")).toBe(true);
    expect(canMoveCohort("closed", "open")).toBe(false);
    expect(canMoveCohort("running", "draft")).toBe(false);
    expect(canMoveCohort("closed", "closed")).toBe(true);
    expect(cohortStatusChoices("running")).toEqual(["running", "open", "closed"]);
    expect(cohortStatusChoices(null)).toEqual(["draft", "open", "running", "closed"]);
  });

  it("never go below the seats already held", () => {
    expect(seatsBelowHeld(9, 10)).toBe(true);
    expect(seatsBelowHeld(10, 10)).toBe(false);
  });

  it("suggest six months from the 1st of next month, enrolment open from today", () => {
    expect(newCohortDates(new Date("2026-01-20T15:00:00Z"))).toEqual({
      startsOn: "2026-02-01",
      endsOn: "2026-07-31",
      enrolmentOpensOn: "2026-01-20",
      enrolmentClosesOn: "2026-02-15",
    });
    expect(cohortSettingIssues({ ...newCohortDates(new Date("2026-11-30T00:00:00Z")), seats: 1 })).toEqual([]);
  });
});

describe("eligibility by the programme's list", () => {
  it("keeps the FAQ's rule by default and follows a programme's own list", () => {
    expect(clientEligibility("fixed_term")).toEqual({ eligible: true });
    expect(clientEligibility("consultant")).toEqual({ eligible: false, reason: "appointment-not-eligible" });
    expect(clientEligibility("consultant", [...ELIGIBLE_APPOINTMENT_TYPES, "consultant"])).toEqual({ eligible: true });
    expect(clientEligibility("fixed_term", ["permanent"])).toEqual({
      eligible: false,
      reason: "appointment-not-eligible",
    });
    expect(clientEligibility(null, ["consultant"])).toEqual({ eligible: false, reason: "appointment-unknown" });
  });
});

describe("dashboard filters from the address", () => {
  it("keep entity and duty-station codes and drop anything else", () => {
    expect(dashboardFilterSchema.parse({ entity: "DPPA", station: "NYC" })).toEqual({ entity: "DPPA", station: "NYC" });
    expect(dashboardFilterSchema.parse({ entity: "", station: undefined })).toEqual({ entity: null, station: null });
    expect(dashboardFilterSchema.parse({ entity: "x' or 1=1 --", station: "NYC" })).toEqual({
      entity: null,
      station: "NYC",
    });
  });
});
