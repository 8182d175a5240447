// The rules of group coaching (lib/domain/group-coaching.ts): seats, who may join and until when,
// when a group starts and ends, and what the coach sees of the members' evaluations.
import { describe, expect, it } from "vitest";
import {
  GROUP_PLAN,
  evaluateRefusal,
  groupCapacityIssue,
  groupFeedbackSummary,
  joinRefusal,
  markHeldRefusal,
  scheduleRefusal,
  secondSessionBegun,
  statusAfterHeld,
  statusAfterJoin,
  type JoinFacts,
} from "@/lib/domain/group-coaching";
import { FEEDBACK_MIN_ANSWERS } from "@/lib/domain/feedback";

const now = new Date("2026-12-04T12:00:00Z");
const later = new Date("2026-12-20T12:00:00Z");
const earlier = new Date("2026-12-01T12:00:00Z");
const planned = GROUP_PLAN.map((s, i) => ({ position: i + 1, status: "planned" as const, startsAt: null }));
const facts = (over: Partial<JoinFacts> = {}): JoinFacts => ({
  status: "forming",
  capacity: 4,
  members: 0,
  sessions: planned,
  enrolledAsClient: true,
  alreadyMember: false,
  inOtherActiveGroup: false,
  isCoach: false,
  ...over,
});

describe("the group plan", () => {
  it("is an opening session then five monthly group sessions of 90 minutes", () => {
    expect(GROUP_PLAN).toHaveLength(6);
    expect(GROUP_PLAN[0].key).toBe("group.opening");
    expect(GROUP_PLAN.every((s) => s.durationMinutes === 90)).toBe(true);
  });
});

describe("seats", () => {
  it("a group has 3 to 8 whole seats", () => {
    expect(groupCapacityIssue(3)).toBeNull();
    expect(groupCapacityIssue(8)).toBeNull();
    expect(groupCapacityIssue(2)).toBe("groupCapacityRange");
    expect(groupCapacityIssue(9)).toBe("groupCapacityRange");
    expect(groupCapacityIssue(4.5)).toBe("groupCapacityRange");
  });
});

describe("joining", () => {
  it("a client of the cohort joins an open group with a free seat", () => {
    expect(joinRefusal(facts(), now)).toBeNull();
    expect(joinRefusal(facts({ status: "running", members: 3 }), now)).toBeNull();
  });
  it("refuses the coach, members, the full, the closed, strangers to the cohort and members of another group", () => {
    expect(joinRefusal(facts({ isCoach: true }), now)).toBe("groupCoachCannotJoin");
    expect(joinRefusal(facts({ alreadyMember: true }), now)).toBe("groupAlreadyMember");
    expect(joinRefusal(facts({ members: 4 }), now)).toBe("groupFull");
    expect(joinRefusal(facts({ status: "completed" }), now)).toBe("groupClosedToJoin");
    expect(joinRefusal(facts({ status: "cancelled" }), now)).toBe("groupClosedToJoin");
    expect(joinRefusal(facts({ enrolledAsClient: false }), now)).toBe("groupNotEnrolled");
    expect(joinRefusal(facts({ inOtherActiveGroup: true }), now)).toBe("groupAlreadyInAnother");
  });
  it("closes once the second session is held or its time has passed", () => {
    const scheduledLater = planned.map((s) =>
      s.position === 2 ? { ...s, status: "scheduled" as const, startsAt: later } : s,
    );
    const scheduledPast = planned.map((s) =>
      s.position === 2 ? { ...s, status: "scheduled" as const, startsAt: earlier } : s,
    );
    const held = planned.map((s) => (s.position === 2 ? { ...s, status: "held" as const, startsAt: earlier } : s));
    expect(secondSessionBegun(scheduledLater, now)).toBe(false);
    expect(secondSessionBegun(scheduledPast, now)).toBe(true);
    expect(joinRefusal(facts({ status: "running", members: 3, sessions: held }), now)).toBe("groupClosedToJoin");
    // The opening session held does not close the group.
    const openingHeld = planned.map((s) =>
      s.position === 1 ? { ...s, status: "held" as const, startsAt: earlier } : s,
    );
    expect(joinRefusal(facts({ status: "running", members: 3, sessions: openingHeld }), now)).toBeNull();
  });
  it("the third member starts the group", () => {
    expect(statusAfterJoin("forming", 2)).toBe("forming");
    expect(statusAfterJoin("forming", 3)).toBe("running");
    expect(statusAfterJoin("running", 4)).toBe("running");
  });
});

describe("sessions", () => {
  it("only a running group's planned or scheduled sessions are scheduled", () => {
    expect(scheduleRefusal("forming", "planned")).toBe("groupNotRunning");
    expect(scheduleRefusal("running", "planned")).toBeNull();
    expect(scheduleRefusal("running", "scheduled")).toBeNull();
    expect(scheduleRefusal("running", "held")).toBe("groupSessionNotOpen");
  });
  it("a session is marked held once scheduled and begun", () => {
    expect(markHeldRefusal("running", { status: "planned", startsAt: null }, now)).toBe("groupSessionNotScheduled");
    expect(markHeldRefusal("running", { status: "scheduled", startsAt: later }, now)).toBe("groupSessionNotYetBegun");
    expect(markHeldRefusal("running", { status: "scheduled", startsAt: earlier }, now)).toBeNull();
  });
  it("the group is completed when every session is held", () => {
    expect(statusAfterHeld([{ status: "held" }, { status: "planned" }])).toBe("running");
    expect(statusAfterHeld([{ status: "held" }, { status: "held" }])).toBe("completed");
  });
});

describe("evaluations", () => {
  it("a member evaluates a held session once", () => {
    expect(evaluateRefusal("scheduled", false)).toBe("groupSessionNotHeld");
    expect(evaluateRefusal("held", true)).toBe("feedbackAlreadyGiven");
    expect(evaluateRefusal("held", false)).toBeNull();
  });
  it("the coach sees the average only from the confidentiality threshold", () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ authorId: `m${i}`, usefulness: i % 2 ? 5 : 4 }));
    const below = groupFeedbackSummary(rows(FEEDBACK_MIN_ANSWERS - 1));
    expect(below).toEqual({ answers: 4, visible: false, averageUsefulness: null });
    const at = groupFeedbackSummary(rows(FEEDBACK_MIN_ANSWERS));
    expect(at.visible).toBe(true);
    expect(at.averageUsefulness).toBe(4.4);
  });
});
