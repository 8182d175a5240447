// The midway pulse: when it opens, its scale, and aggregates shown only over five answers.
import { describe, expect, it } from "vitest";
import {
  decidePulse,
  isPulseScore,
  pulseAggregate,
  pulseFigures,
  pulseStepKey,
  PULSE_STEPS,
  type PulseState,
} from "@/lib/domain/relationship-pulse";
import { sessionPlan } from "@/lib/domain/session-plans";

const coachingPlan = (completedUpTo: number) =>
  sessionPlan("coaching").steps.map((s, i) => ({
    stepKey: s.key,
    status: i < completedUpTo ? "completed" : "planned",
  }));
const state = (over: Partial<PulseState> = {}): PulseState => ({
  status: "active",
  programmeType: "coaching",
  sessionPlan: "coaching",
  isMission: false,
  plan: coachingPlan(4),
  answered: false,
  ...over,
});

describe("pulse step", () => {
  it("is coaching's session 3 and mentoring's fourth session", () => {
    expect(pulseStepKey("coaching")).toBe("coaching.session-3");
    expect(sessionPlan("coaching").steps.findIndex((s) => s.key === PULSE_STEPS.coaching)).toBe(3); // after the intro
    expect(sessionPlan("mentoring").steps.findIndex((s) => s.key === PULSE_STEPS.mentoring)).toBe(3); // session 4
    expect(pulseStepKey("networking")).toBeNull();
  });
});

describe("decidePulse", () => {
  it("opens once the midway session is held, for each person once", () => {
    expect(decidePulse(state())).toEqual({ ok: true });
    expect(decidePulse(state({ plan: coachingPlan(3) }))).toEqual({ ok: false, error: "pulseNotOpen" });
    expect(decidePulse(state({ answered: true }))).toEqual({ ok: false, error: "pulseAnswered" });
  });
  it("is not for ended engagements, tripartite missions or networking", () => {
    expect(decidePulse(state({ status: "ended" }))).toEqual({ ok: false, error: "engagementNotActive" });
    expect(decidePulse(state({ isMission: true }))).toEqual({ ok: false, error: "pulseNotAvailable" });
    expect(decidePulse(state({ programmeType: "tripartite_coaching" }))).toEqual({
      ok: false,
      error: "pulseNotAvailable",
    });
    expect(decidePulse(state({ programmeType: "networking", sessionPlan: "networking" }))).toEqual({
      ok: false,
      error: "pulseNotAvailable",
    });
  });
});

describe("scale", () => {
  it("is the whole numbers 1 to 5", () => {
    expect([0, 1, 3, 5, 6, 2.5].map(isPulseScore)).toEqual([false, true, true, true, false, false]);
  });
});

describe("pulseAggregate", () => {
  it("hides everything but the count under five answers", () => {
    expect(pulseAggregate([5, 4, 3, 2])).toEqual({ shown: false, answers: 4 });
  });
  it("gives the average and distribution from five answers", () => {
    expect(pulseAggregate([5, 4, 4, 3, 1])).toEqual({
      shown: true,
      answers: 5,
      average: 3.4,
      distribution: { 1: 1, 2: 0, 3: 1, 4: 2, 5: 1 },
    });
  });
});

describe("pulseFigures", () => {
  const answers = (role: string, ...scores: number[]) => scores.map((score) => ({ role, score }));
  it("shows the sides apart only when both have five answers", () => {
    const some = pulseFigures([...answers("client", 5, 5, 4, 4, 3), ...answers("coach", 2)]);
    expect(some.all.shown).toBe(true);
    // The coach's single answer must not be derivable from the whole minus the clients.
    expect(some.sides).toBeNull();
    const both = pulseFigures([...answers("client", 5, 5, 4, 4, 3), ...answers("coach", 4, 4, 4, 4, 4)]);
    expect(both.sides?.clients).toMatchObject({ shown: true, answers: 5, average: 4.2 });
    expect(both.sides?.coaches).toMatchObject({ shown: true, answers: 5, average: 4 });
  });
  it("shows nothing under five answers in all", () => {
    expect(pulseFigures(answers("client", 5, 4))).toEqual({ all: { shown: false, answers: 2 }, sides: null });
  });
});
