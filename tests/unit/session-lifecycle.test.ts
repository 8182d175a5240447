import { describe, expect, it } from "vitest";
import {
  canTransition,
  completable,
  decideAccept,
  decideCancel,
  decideComplete,
  decideMiss,
  decidePropose,
  hasLiveInvitation,
  optionalStepsToDecide,
  planComplete,
  SESSION_STATUSES,
  SESSION_TRANSITIONS,
  sessionProgress,
  type SessionState,
  type SessionStatus,
} from "@/lib/domain/session-lifecycle";

const now = new Date("2026-12-01T10:00:00Z");
const later = new Date("2026-12-03T09:00:00Z");
const earlier = new Date("2026-11-30T09:00:00Z");
const A = "coach-user";
const B = "client-user";
const state = (over: Partial<SessionState> = {}): SessionState => ({
  status: "planned",
  startsAt: null,
  proposedById: null,
  icsSequence: 0,
  cancelledAt: null,
  ...over,
});

/** Applies a decision's result the way the verbs write it. */
function propose(s: SessionState, by: string, at = later): SessionState {
  const d = decidePropose(s, by, at, now);
  if (!d.ok) throw new Error(d.error);
  return { ...s, ...d.value, startsAt: at, proposedById: by };
}
function accept(s: SessionState, by: string): SessionState {
  const d = decideAccept(s, by, now);
  if (!d.ok) throw new Error(d.error);
  return { ...s, ...d.value, cancelledAt: null };
}
function cancel(s: SessionState): SessionState & { sent: boolean } {
  const d = decideCancel(s);
  if (!d.ok) throw new Error(d.error);
  return { ...s, status: d.value.status, icsSequence: d.value.icsSequence, cancelledAt: now, sent: d.value.sendCancel };
}

describe("the lifecycle table", () => {
  it("completed is final: nothing leaves it", () => {
    for (const action of Object.keys(SESSION_TRANSITIONS) as (keyof typeof SESSION_TRANSITIONS)[])
      expect(canTransition("completed", action), action).toBe(false);
  });

  it("only a proposed time can be accepted, only an agreed one missed", () => {
    const acceptable = SESSION_STATUSES.filter((s) => canTransition(s, "accept"));
    expect(acceptable).toEqual(["proposed"]);
    expect(SESSION_STATUSES.filter((s) => canTransition(s, "miss"))).toEqual(["scheduled"]);
    expect(SESSION_STATUSES.filter((s) => canTransition(s, "cancel"))).toEqual(["proposed", "scheduled"]);
  });

  it("a cancelled or missed session can be planned again; a completed one cannot", () => {
    expect(decidePropose(state({ status: "cancelled" }), A, later, now).ok).toBe(true);
    expect(decidePropose(state({ status: "missed", startsAt: earlier }), A, later, now).ok).toBe(true);
    expect(decidePropose(state({ status: "completed" }), A, later, now)).toEqual({
      ok: false,
      error: "sessionTransitionNotAllowed",
    });
  });
});

describe("proposing and accepting", () => {
  it("planned → proposed by one person → scheduled when the other accepts; the first invitation has SEQUENCE 0", () => {
    const proposed = propose(state(), A);
    expect(proposed).toMatchObject({ status: "proposed", icsSequence: 0, proposedById: A });
    expect(hasLiveInvitation(proposed)).toBe(false);
    const scheduled = accept(proposed, B);
    expect(scheduled).toMatchObject({ status: "scheduled", icsSequence: 0 });
    expect(hasLiveInvitation(scheduled)).toBe(true);
  });

  it("the proposer cannot accept their own proposal", () => {
    expect(decideAccept(propose(state(), A), A, now)).toEqual({ ok: false, error: "sessionCannotAcceptOwnProposal" });
  });

  it("a counter-proposal keeps the session proposed, now waiting for the first person", () => {
    const counter = propose(propose(state(), A), B, new Date("2026-12-04T09:00:00Z"));
    expect(counter).toMatchObject({ status: "proposed", proposedById: B, icsSequence: 0 });
    expect(decideAccept(counter, B, now).ok).toBe(false);
    expect(accept(counter, A).status).toBe("scheduled");
  });

  it("refuses a time in the past, when proposing and when accepting a proposal whose time has passed", () => {
    expect(decidePropose(state(), A, earlier, now)).toEqual({ ok: false, error: "sessionTimeInPast" });
    expect(decidePropose(state(), A, now, now)).toEqual({ ok: false, error: "sessionTimeInPast" });
    expect(decideAccept(state({ status: "proposed", startsAt: earlier, proposedById: A }), B, now)).toEqual({
      ok: false,
      error: "sessionTimeInPast",
    });
  });

  it("refuses a time beyond the horizon, such as 31 December 9999, and accepts one just inside it", () => {
    expect(decidePropose(state(), A, new Date("9999-12-31T10:00:00Z"), now)).toEqual({
      ok: false,
      error: "sessionTimeTooFar",
    });
    expect(decidePropose(state(), A, new Date("2028-12-01T10:00:01Z"), now)).toEqual({
      ok: false,
      error: "sessionTimeTooFar",
    });
    expect(decidePropose(state(), A, new Date("2028-12-01T10:00:00Z"), now).ok).toBe(true);
  });
});

describe("changes to an agreed time raise the invitation's SEQUENCE", () => {
  it("a new time for an agreed session reserves SEQUENCE+1, which the updated invitation carries once accepted", () => {
    const agreed = accept(propose(state(), A), B);
    const moving = propose(agreed, B, new Date("2026-12-05T09:00:00Z"));
    expect(moving).toMatchObject({ status: "proposed", icsSequence: 1 });
    // Until the new time is accepted, calendars still hold the agreed one.
    expect(hasLiveInvitation(moving)).toBe(true);
    // A counter-proposal does not raise it again: nothing was sent in between.
    const counter = propose(moving, A, new Date("2026-12-06T09:00:00Z"));
    expect(counter.icsSequence).toBe(1);
    expect(accept(counter, B)).toMatchObject({ status: "scheduled", icsSequence: 1 });
  });

  it("cancelling an agreed session sends METHOD:CANCEL with SEQUENCE+1; planning it again outranks the cancellation", () => {
    const agreed = accept(propose(state(), A), B);
    const cancelled = cancel(agreed);
    expect(cancelled).toMatchObject({ status: "cancelled", icsSequence: 1, sent: true });
    expect(hasLiveInvitation(cancelled)).toBe(false);
    const again = propose(cancelled, A);
    expect(again.icsSequence).toBe(2);
    expect(hasLiveInvitation(again)).toBe(false); // the calendars hold the cancellation
    expect(accept(again, B)).toMatchObject({ status: "scheduled", icsSequence: 2 });
  });

  it("cancelling while a new time is pending cancels the agreed event with the number already reserved", () => {
    const moving = propose(accept(propose(state(), A), B), B);
    const cancelled = cancel(moving);
    expect(cancelled).toMatchObject({ status: "cancelled", icsSequence: 1, sent: true });
  });

  it("withdrawing a first proposal sends no calendar message (calendars never held it)", () => {
    const cancelled = cancel(propose(state(), A));
    expect(cancelled).toMatchObject({ status: "cancelled", icsSequence: 0, sent: false });
  });

  it("every calendar message about a session carries a higher SEQUENCE than the one before", () => {
    let s = state();
    const sent: number[] = [];
    s = accept(propose(s, A), B);
    sent.push(s.icsSequence);
    s = accept(propose(s, A), B);
    sent.push(s.icsSequence);
    const c = cancel(s);
    sent.push(c.icsSequence);
    s = accept(propose(c, B), A);
    sent.push(s.icsSequence);
    expect(sent).toEqual([0, 1, 2, 3]);
  });
});

describe("marking sessions completed or missed", () => {
  it("allows planned (held outside Binôme), proposed, scheduled and missed sessions once their time has started", () => {
    for (const status of ["planned", "proposed", "scheduled", "missed"] as SessionStatus[]) {
      expect(decideComplete({ status, startsAt: status === "planned" ? null : earlier }, now), status).toEqual({
        ok: true,
        value: { status: "completed" },
      });
    }
  });

  it("refuses a session whose time is still to come, a cancelled one and a completed one", () => {
    expect(decideComplete({ status: "scheduled", startsAt: later }, now)).toEqual({
      ok: false,
      error: "sessionNotStarted",
    });
    expect(decideComplete({ status: "proposed", startsAt: later }, now)).toEqual({
      ok: false,
      error: "sessionNotStarted",
    });
    expect(decideComplete({ status: "cancelled", startsAt: earlier }, now)).toEqual({
      ok: false,
      error: "sessionTransitionNotAllowed",
    });
    expect(decideComplete({ status: "completed", startsAt: earlier }, now)).toEqual({
      ok: false,
      error: "sessionTransitionNotAllowed",
    });
    expect(completable({ status: "scheduled", startsAt: later }, now)).toBe(false);
    expect(completable({ status: "planned", startsAt: null }, now)).toBe(true);
  });

  it("a past agreed session can be noted as missed; a future one cannot", () => {
    expect(decideMiss({ status: "scheduled", startsAt: earlier }, now).ok).toBe(true);
    expect(decideMiss({ status: "scheduled", startsAt: later }, now)).toEqual({
      ok: false,
      error: "sessionNotStarted",
    });
    expect(decideMiss({ status: "proposed", startsAt: earlier }, now)).toEqual({
      ok: false,
      error: "sessionTransitionNotAllowed",
    });
  });
});

describe("plan completion and progress", () => {
  const coaching = (statuses: SessionStatus[]) =>
    ["intro", "session-1", "session-2", "session-3", "session-4", "session-5"].map((s, i) => ({
      stepKey: `coaching.${s}`,
      status: statuses[i],
    }));

  it("counts completed sessions out of the plan: 3 of 6", () => {
    expect(
      sessionProgress(coaching(["completed", "completed", "completed", "scheduled", "planned", "planned"])),
    ).toEqual({ completed: 3, total: 6 });
    expect(planComplete(coaching(["completed", "completed", "completed", "scheduled", "planned", "planned"]))).toBe(
      false,
    );
    expect(planComplete(coaching(Array(6).fill("completed")))).toBe(true);
  });

  it("an optional step (the second networking meeting) counts only once held", () => {
    const first = { stepKey: "networking.first-meeting", status: "completed" as SessionStatus };
    const second = { stepKey: "networking.second-meeting", status: "planned" as SessionStatus };
    expect(sessionProgress([first, second])).toEqual({ completed: 1, total: 1 });
    expect(sessionProgress([first, { ...second, status: "completed" }])).toEqual({ completed: 2, total: 2 });
  });

  it("an optional step keeps the engagement open until it is held or cancelled (the pair decided against it)", () => {
    const first = { stepKey: "networking.first-meeting", status: "completed" as SessionStatus };
    const second = (status: SessionStatus) => ({ stepKey: "networking.second-meeting", status });
    // The pair has not decided yet, or a second meeting is being planned, is coming, or was missed.
    for (const status of ["planned", "proposed", "scheduled", "missed"] as const)
      expect(planComplete([first, second(status)]), status).toBe(false);
    // Held, or not wanted.
    expect(planComplete([first, second("completed")])).toBe(true);
    expect(planComplete([first, second("cancelled")])).toBe(true);
    // The required step decides first: nothing completes while it is not held.
    for (const status of ["planned", "scheduled", "cancelled"] as const) {
      expect(planComplete([{ ...first, status }, second("cancelled")]), status).toBe(false);
      expect(planComplete([{ ...first, status }, second("completed")]), status).toBe(false);
    }
  });

  it("the second networking meeting is decided once the first is held, and only until it is held", () => {
    const plan = (first: SessionStatus, second: SessionStatus) => [
      { stepKey: "networking.first-meeting", status: first },
      { stepKey: "networking.second-meeting", status: second },
    ];
    expect(optionalStepsToDecide(plan("scheduled", "planned"))).toBe(false);
    expect(optionalStepsToDecide(plan("completed", "planned"))).toBe(true);
    expect(optionalStepsToDecide(plan("completed", "proposed"))).toBe(true);
    expect(optionalStepsToDecide(plan("completed", "completed"))).toBe(false);
    // A time cancelled (to be planned again, or not): still to decide.
    expect(optionalStepsToDecide(plan("completed", "cancelled"))).toBe(true);
    // Nothing to decide in a plan without optional steps.
    expect(optionalStepsToDecide([{ stepKey: "coaching.intro", status: "completed" }])).toBe(false);
  });

  it("coaching and mentoring plans (no optional step) complete exactly when every step is completed", () => {
    const steps = (plan: string, keys: string[], statuses: SessionStatus[]) =>
      keys.map((k, i) => ({ stepKey: `${plan}.${k}`, status: statuses[i] }));
    const mentoring = ["getting-to-know", "setting-goals", "problem-solving"];
    expect(planComplete(steps("mentoring", mentoring, ["completed", "completed", "completed"]))).toBe(true);
    expect(planComplete(steps("mentoring", mentoring, ["completed", "completed", "cancelled"]))).toBe(false);
    expect(planComplete(steps("mentoring", mentoring, ["completed", "missed", "completed"]))).toBe(false);
  });

  it("an empty plan is never complete", () => {
    expect(planComplete([])).toBe(false);
  });
});
