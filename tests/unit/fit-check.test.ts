// The fit check after the introduction: when it is open, what two answers decide, and the fit rate.
import { describe, expect, it } from "vitest";
import {
  decideFitAnswer,
  fitCheckApplies,
  fitCheckView,
  fitCheckWindow,
  fitOutcome,
  fitRate,
  type FitCheckState,
} from "@/lib/domain/fit-check";
import { sessionPlan } from "@/lib/domain/session-plans";

const pair = ["client", "coach"] as const;
const plan = (...statuses: string[]) => statuses.map((status, i) => ({ position: i + 1, status }));
const state = (over: Partial<FitCheckState> = {}): FitCheckState => ({
  status: "active",
  programmeType: "coaching",
  isMission: false,
  plan: plan("completed", "planned", "planned"),
  answers: [],
  participants: pair,
  ...over,
});

describe("fitCheckApplies", () => {
  it("asks peer coaching and mentoring, not tripartite missions nor networking", () => {
    expect(fitCheckApplies({ programmeType: "coaching", isMission: false })).toBe(true);
    expect(fitCheckApplies({ programmeType: "mentoring", isMission: false })).toBe(true);
    expect(fitCheckApplies({ programmeType: "tripartite_coaching", isMission: false })).toBe(false);
    expect(fitCheckApplies({ programmeType: "coaching", isMission: true })).toBe(false);
    expect(fitCheckApplies({ programmeType: "networking", isMission: false })).toBe(false);
  });
});

describe("fitCheckWindow", () => {
  it("opens once the first session (the introduction) is held and closes when the second is", () => {
    expect(fitCheckWindow(plan("planned", "planned"))).toBe(false);
    expect(fitCheckWindow(plan("scheduled", "planned"))).toBe(false);
    expect(fitCheckWindow(plan("completed", "planned"))).toBe(true);
    expect(fitCheckWindow(plan("completed", "scheduled"))).toBe(true);
    expect(fitCheckWindow(plan("completed", "completed"))).toBe(false);
    expect(fitCheckWindow([])).toBe(false);
  });
  it("reads the plan by position, whatever the order of the rows", () => {
    expect(
      fitCheckWindow([
        { position: 2, status: "planned" },
        { position: 1, status: "completed" },
      ]),
    ).toBe(true);
  });
  it("the first steps of the plans are the introduction meeting and the getting-to-know session", () => {
    expect(sessionPlan("coaching").steps[0].key).toBe("coaching.intro");
    expect(sessionPlan("mentoring").steps[0].key).toBe("mentoring.getting-to-know");
  });
});

describe("fitOutcome", () => {
  it("is pending until both answer yes, and one no decides at once", () => {
    expect(fitOutcome([], pair)).toBe("pending");
    expect(fitOutcome([{ userId: "client", fits: true }], pair)).toBe("pending");
    expect(fitOutcome([{ userId: "coach", fits: false }], pair)).toBe("notAFit");
    expect(
      fitOutcome(
        [
          { userId: "client", fits: true },
          { userId: "coach", fits: true },
        ],
        pair,
      ),
    ).toBe("fits");
    expect(
      fitOutcome(
        [
          { userId: "client", fits: true },
          { userId: "coach", fits: false },
        ],
        pair,
      ),
    ).toBe("notAFit");
  });
  it("ignores answers of anyone else", () => {
    expect(fitOutcome([{ userId: "stranger", fits: false }], pair)).toBe("pending");
  });
});

describe("decideFitAnswer", () => {
  it("lets each person answer once while the question is open", () => {
    expect(decideFitAnswer(state(), "client")).toEqual({ ok: true });
    expect(decideFitAnswer(state({ answers: [{ userId: "coach", fits: true }] }), "client")).toEqual({ ok: true });
    expect(decideFitAnswer(state({ answers: [{ userId: "client", fits: true }] }), "client")).toEqual({
      ok: false,
      error: "fitCheckAnswered",
    });
  });
  it("refuses before the introduction, after the next session, once ended, and where it does not apply", () => {
    expect(decideFitAnswer(state({ plan: plan("scheduled", "planned") }), "client")).toEqual({
      ok: false,
      error: "fitCheckNotOpen",
    });
    expect(decideFitAnswer(state({ plan: plan("completed", "completed") }), "client")).toEqual({
      ok: false,
      error: "fitCheckNotOpen",
    });
    expect(decideFitAnswer(state({ status: "ended" }), "client")).toEqual({ ok: false, error: "engagementNotActive" });
    expect(decideFitAnswer(state({ isMission: true }), "client")).toEqual({ ok: false, error: "fitCheckNotAvailable" });
    expect(decideFitAnswer(state({ programmeType: "networking" }), "client")).toEqual({
      ok: false,
      error: "fitCheckNotAvailable",
    });
  });
});

describe("fitCheckView", () => {
  it("shows one's own answer and whether the other answered, never the other's answer", () => {
    const view = fitCheckView([{ userId: "coach", fits: true }], pair, "client");
    expect(view).toEqual({ outcome: "pending", mine: null, otherAnswered: true });
    expect(view).not.toHaveProperty("other");
    expect(fitCheckView([{ userId: "client", fits: true }], pair, "client")).toEqual({
      outcome: "pending",
      mine: true,
      otherAnswered: false,
    });
  });
});

describe("fitRate", () => {
  it("is the share of decided pairs that fit, null while none decided", () => {
    expect(fitRate({ fits: 0, notAFit: 0 })).toBeNull();
    expect(fitRate({ fits: 3, notAFit: 1 })).toBe(0.75);
    expect(fitRate({ fits: 0, notAFit: 2 })).toBe(0);
  });
});
