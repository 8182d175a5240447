import { describe, expect, it } from "vitest";
import {
  answerDueAt,
  checkChoices,
  choiceSlotProblem,
  freePlaces,
  hasFreePlace,
  isOverdue,
  MAX_CHOICES,
  nextStep,
  reminderAt,
  reminderDue,
  statusesAfterAccept,
  type ChoiceStatus,
} from "@/lib/domain/match-request";
import { requestMatchSchema } from "@/lib/validation/requests";

describe("choices", () => {
  it("takes one to three distinct coaches", () => {
    expect(MAX_CHOICES).toBe(3);
    expect(checkChoices(["a"])).toEqual({ ok: true });
    expect(checkChoices(["a", "b", "c"])).toEqual({ ok: true });
    expect(checkChoices([])).toEqual({ ok: false, error: "choiceRequired", index: 0 });
    expect(checkChoices(["a", "b", "c", "d"])).toEqual({ ok: false, error: "tooManyChoices", index: 3 });
    expect(checkChoices(["a", "b", "a"])).toEqual({ ok: false, error: "duplicateChoice", index: 2 });
    expect(checkChoices(["a", ""])).toEqual({ ok: false, error: "choiceRequired", index: 1 });
  });

  it("reads a form's ranks by the same rule: trailing empty ranks are fine, a missing first choice or a gap is not", () => {
    expect(choiceSlotProblem(["a", "", ""])).toBeNull();
    expect(choiceSlotProblem(["a", "b", "c"])).toBeNull();
    expect(choiceSlotProblem(["", "", ""])).toEqual({ error: "firstChoiceRequired", index: 0 });
    expect(choiceSlotProblem(["", "b", ""])).toEqual({ error: "firstChoiceRequired", index: 0 });
    expect(choiceSlotProblem(["a", "", "c"])).toEqual({ error: "choiceGap", index: 1 });
    expect(choiceSlotProblem(["a", "c", "a"])).toEqual({ error: "duplicateChoice", index: 2 });
    // A networking request asks one colleague.
    expect(choiceSlotProblem(["a", "", ""], 1)).toBeNull();
    expect(choiceSlotProblem(["a", "b", ""], 1)).toEqual({ error: "tooManyChoices", index: 1 });
  });

  it("the form schema names the field at fault", () => {
    const base = { choice1: "a", choice2: "", choice3: "", message: "Hello" };
    expect(requestMatchSchema.safeParse(base).success).toBe(true);
    const issues = (v: object) =>
      requestMatchSchema.safeParse({ ...base, ...v }).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues({ choice1: "" })).toEqual([["choice1", "firstChoiceRequired"]]);
    expect(issues({ choice2: "a" })).toEqual([["choice2", "duplicateChoice"]]);
    expect(issues({ choice3: "b" })).toEqual([["choice2", "choiceGap"]]);
    expect(issues({ message: "   " })).toEqual([["message", "requestMessageRequired"]]);
    expect(issues({ kind: "networking", choice2: "b" })).toEqual([["choice2", "tooManyChoices"]]);
    expect(issues({ kind: "networking" })).toBeUndefined();
  });
});

describe("working days", () => {
  it("counts Monday to Friday only, across a weekend", () => {
    const thursday = new Date("2025-01-09T15:30:00Z");
    expect(answerDueAt(thursday, 3)).toEqual(new Date("2025-01-14T15:30:00Z")); // Fri, Mon, Tue
    const friday = new Date("2025-01-10T10:00:00Z");
    expect(answerDueAt(friday, 1)).toEqual(new Date("2025-01-13T10:00:00Z"));
    const saturday = new Date("2025-01-11T10:00:00Z");
    expect(answerDueAt(saturday, 3).getUTCDay()).toBe(3); // Wednesday
  });

  it("reminds one working day before the due time (the Friday before a Monday)", () => {
    expect(reminderAt(new Date("2025-01-15T10:00:00Z"))).toEqual(new Date("2025-01-14T10:00:00Z"));
    expect(reminderAt(new Date("2025-01-13T10:00:00Z"))).toEqual(new Date("2025-01-10T10:00:00Z"));
  });

  it("knows when a reminder is due and when a choice is overdue", () => {
    const c = { status: "pending" as ChoiceStatus, dueAt: new Date("2025-01-15T10:00:00Z"), remindedAt: null };
    expect(reminderDue(c, new Date("2025-01-14T09:59:59Z"))).toBe(false);
    expect(reminderDue(c, new Date("2025-01-14T10:00:00Z"))).toBe(true);
    expect(reminderDue({ ...c, remindedAt: new Date() }, new Date("2025-01-14T11:00:00Z"))).toBe(false);
    expect(reminderDue(c, new Date("2025-01-15T10:00:00Z"))).toBe(false); // overdue instead
    expect(isOverdue(c, new Date("2025-01-15T09:59:59Z"))).toBe(false);
    expect(isOverdue(c, new Date("2025-01-15T10:00:00Z"))).toBe(true);
    expect(isOverdue({ ...c, status: "declined" }, new Date("2025-02-01T00:00:00Z"))).toBe(false);
  });
});

describe("routing", () => {
  const choices = (...statuses: ChoiceStatus[]) =>
    statuses.map((status, i) => ({ id: `c${i + 1}`, rank: i + 1, status }));

  it("asks the next waiting choice by rank after a decline or lapse", () => {
    expect(nextStep(choices("declined", "waiting", "waiting"))).toEqual({
      kind: "ask",
      choice: { id: "c2", rank: 2, status: "waiting" },
    });
    expect(nextStep(choices("declined", "lapsed", "waiting"))).toMatchObject({ kind: "ask", choice: { id: "c3" } });
    expect(nextStep([...choices("lapsed", "waiting", "waiting")].reverse())).toMatchObject({ choice: { id: "c2" } });
  });

  it("exhausts the request when no choice is left", () => {
    expect(nextStep(choices("declined"))).toEqual({ kind: "exhausted" });
    expect(nextStep(choices("declined", "lapsed", "declined"))).toEqual({ kind: "exhausted" });
  });

  it("on accept, skips the choices not answered and keeps the answers", () => {
    const after = statusesAfterAccept(choices("declined", "pending", "waiting"), "c2");
    expect([...after.values()]).toEqual(["declined", "accepted", "skipped"]);
  });

  it("counts free places", () => {
    expect(hasFreePlace({ capacity: 3 }, 2)).toBe(true);
    expect(hasFreePlace({ capacity: 1 }, 1)).toBe(false);
    expect(freePlaces({ capacity: 2 }, 3)).toBe(0);
  });
});
