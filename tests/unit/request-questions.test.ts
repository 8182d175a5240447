import { describe, expect, it } from "vitest";
import { answerDueAt } from "@/lib/domain/match-request";
import {
  addWorkingMs,
  askProblem,
  MAX_QUESTIONS,
  pause,
  questionsLeft,
  remainingParts,
  replyProblem,
  resume,
  workingMsBetween,
  type PausableChoice,
} from "@/lib/domain/request-questions";

const at = (s: string) => new Date(s);
const HOUR = 3_600_000;
const pending = (over: Partial<PausableChoice> = {}): PausableChoice => ({
  status: "pending",
  dueAt: at("2025-01-15T10:00:00Z"),
  pausedAt: null,
  remainingSeconds: null,
  ...over,
});
const answered = { askedAt: at("2025-01-10T10:00:00Z"), answeredAt: at("2025-01-10T12:00:00Z") };
const open = { askedAt: at("2025-01-10T10:00:00Z"), answeredAt: null };

describe("working time", () => {
  it("counts Mondays to Fridays only", () => {
    // Friday 10:00 → Monday 10:00: 14 hours on Friday, none on the weekend, 10 on Monday.
    expect(workingMsBetween(at("2025-01-10T10:00:00Z"), at("2025-01-13T10:00:00Z"))).toBe(24 * HOUR);
    expect(workingMsBetween(at("2025-01-11T10:00:00Z"), at("2025-01-12T10:00:00Z"))).toBe(0);
    expect(workingMsBetween(at("2025-01-13T10:00:00Z"), at("2025-01-10T10:00:00Z"))).toBe(0);
  });

  it("agrees with answerDueAt: a deadline of three working days holds three days of working time", () => {
    const friday = at("2025-01-10T10:00:00Z");
    expect(workingMsBetween(friday, answerDueAt(friday, 3))).toBe(72 * HOUR);
    expect(addWorkingMs(friday, 72 * HOUR)).toEqual(answerDueAt(friday, 3));
  });

  it("adds working time over a weekend, and from a Saturday starts on Monday", () => {
    expect(addWorkingMs(at("2025-01-10T20:00:00Z"), 6 * HOUR)).toEqual(at("2025-01-13T02:00:00Z"));
    expect(addWorkingMs(at("2025-01-11T15:00:00Z"), 5 * HOUR)).toEqual(at("2025-01-13T05:00:00Z"));
    expect(addWorkingMs(at("2025-01-14T09:00:00Z"), 0)).toEqual(at("2025-01-14T09:00:00Z"));
  });
});

describe("pausing and resuming a deadline", () => {
  it("keeps the working time left, and resumes with it across a weekend (not a fresh deadline)", () => {
    // Asked on Friday 10:00, due Wednesday 15th 10:00; the question comes Monday 13th 10:00: 48 working hours left.
    const paused = pause({ dueAt: at("2025-01-15T10:00:00Z") }, at("2025-01-13T10:00:00Z"));
    expect(paused).toEqual({ pausedAt: at("2025-01-13T10:00:00Z"), remainingSeconds: 48 * 3600 });
    // The reply comes Saturday 18th: counting resumes Monday 20th 00:00, due Wednesday 22nd 00:00.
    expect(resume(paused, at("2025-01-18T11:00:00Z"))).toEqual({
      dueAt: at("2025-01-22T00:00:00Z"),
      pausedAt: null,
      remainingSeconds: null,
    });
    // A reply on Thursday 16th 15:00 is due Monday 20th 15:00 (Friday, then the weekend skipped).
    expect(resume(paused, at("2025-01-16T15:00:00Z")).dueAt).toEqual(at("2025-01-20T15:00:00Z"));
  });

  it("reads the paused time as working days and hours", () => {
    expect(remainingParts(66.6 * 3600)).toEqual({ days: 2, hours: 19 });
    expect(remainingParts(5 * 3600)).toEqual({ days: 0, hours: 5 });
    expect(remainingParts(null)).toEqual({ days: 0, hours: 0 });
  });

  it("a question asked on a Saturday keeps the whole working time left", () => {
    const paused = pause({ dueAt: at("2025-01-14T10:00:00Z") }, at("2025-01-11T09:00:00Z"));
    expect(paused.remainingSeconds).toBe(34 * 3600);
  });
});

describe("who may ask and reply, and how often", () => {
  const now = at("2025-01-13T10:00:00Z");
  it(`allows at most ${MAX_QUESTIONS} questions per choice, one waiting at a time`, () => {
    expect(askProblem(pending(), [], true, now)).toBeNull();
    expect(askProblem(pending(), [answered, answered], true, now)).toBeNull();
    expect(askProblem(pending(), [answered, answered, answered], true, now)).toBe("tooManyQuestions");
    expect(askProblem(pending({ pausedAt: now, remainingSeconds: 10 }), [open], true, now)).toBe(
      "questionAlreadyWaiting",
    );
    expect(questionsLeft([answered])).toBe(MAX_QUESTIONS - 1);
    expect(questionsLeft([answered, answered, answered, answered])).toBe(0);
  });

  it("refuses a question on an answered, overdue or closed request", () => {
    expect(askProblem(pending({ status: "accepted" }), [], true, now)).toBe("requestNoLongerPending");
    expect(askProblem(pending(), [], false, now)).toBe("requestNoLongerPending");
    expect(askProblem(pending({ dueAt: now }), [], true, now)).toBe("requestNoLongerPending");
  });

  it("lets the seeker reply only while a question waits on an open request", () => {
    const paused = pending({ pausedAt: now, remainingSeconds: 3600 });
    expect(replyProblem(paused, [answered, open], true)).toBeNull();
    expect(replyProblem(pending(), [answered], true)).toBe("noQuestionWaiting");
    expect(replyProblem(paused, [open], false)).toBe("requestNoLongerPending");
    expect(replyProblem({ ...paused, status: "skipped" }, [open], true)).toBe("requestNoLongerPending");
  });
});
