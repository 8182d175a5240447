import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import {
  CHECKLIST_PHASES,
  checklistItemKeys,
  EVALUATION_ITEM,
  SESSION_PLANS,
  sessionPlan,
  stepMessagePrefix,
  stepOf,
  type SessionPlanKey,
} from "@/lib/domain/session-plans";

function lookup(catalogue: unknown, key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue);
}

/** Every catalogue key a plan's steps use, by the convention written at the top of session-plans.ts. */
function keysOf(plan: SessionPlanKey): string[] {
  const keys = [`sessionPlans.${plan}.name`, `sessionPlans.${plan}.rhythm`];
  for (const step of sessionPlan(plan).steps) {
    const prefix = stepMessagePrefix(step.key);
    keys.push(`${prefix}.title`, `${prefix}.objective`);
    for (const phase of CHECKLIST_PHASES)
      for (const item of step.checklist[phase]) keys.push(`${prefix}.${phase}.${item}`);
    for (const q of step.questions) keys.push(`${prefix}.questions.${q}`);
  }
  return keys;
}

function leaves(node: unknown, prefix: string): string[] {
  if (typeof node === "string") return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leaves(v, `${prefix}.${k}`));
}

const PLANS = Object.keys(SESSION_PLANS) as SessionPlanKey[];

describe("session plans", () => {
  it("coaching: an introduction meeting, then five monthly sessions of 45 minutes", () => {
    const plan = sessionPlan("coaching");
    expect(plan.steps.map((s) => s.key)).toEqual([
      "coaching.intro",
      ...[1, 2, 3, 4, 5].map((n) => `coaching.session-${n}`),
    ]);
    expect(plan.steps.every((s) => s.durationMinutes === 45)).toBe(true);
    expect(plan.rhythm).toEqual({ months: 1 });
  });

  it("mentoring: the nine themed sessions in the programme's order, about twice a month", () => {
    expect(sessionPlan("mentoring").steps.map((s) => s.key)).toEqual([
      "mentoring.getting-to-know",
      "mentoring.setting-goals",
      "mentoring.problem-solving",
      "mentoring.leadership",
      "mentoring.networking",
      "mentoring.review",
      "mentoring.peer-feedback",
      "mentoring.reversing-roles",
      "mentoring.job-shadowing",
    ]);
    expect(sessionPlan("mentoring").rhythm).toEqual({ days: 14 });
    expect(en.sessionPlans.mentoring.rhythm).toMatch(/twice a month/);
    expect(fr.sessionPlans.mentoring.rhythm).toMatch(/deux fois par mois/);
  });

  it("networking: a first meeting and an optional second one", () => {
    const steps = sessionPlan("networking").steps;
    expect(steps.map((s) => [s.key, Boolean(s.optional)])).toEqual([
      ["networking.first-meeting", false],
      ["networking.second-meeting", true],
    ]);
  });

  it("ends every session of every plan with the one-minute evaluation", () => {
    for (const plan of PLANS)
      for (const step of sessionPlan(plan).steps) expect(step.checklist.after, step.key).toContain(EVALUATION_ITEM);
  });

  it("gives every mentoring and networking session a checklist for before and during, and suggested questions", () => {
    for (const plan of ["mentoring", "networking"] as const)
      for (const step of sessionPlan(plan).steps) {
        expect(step.checklist.before.length, `${step.key} before`).toBeGreaterThan(0);
        expect(step.checklist.during.length, `${step.key} during`).toBeGreaterThan(0);
        expect(step.questions.length, `${step.key} questions`).toBeGreaterThan(0);
      }
  });

  it("asks before a mentoring session to have evaluated the previous one, where the programme does", () => {
    const steps = sessionPlan("mentoring").steps;
    const asking = steps
      .filter((s) => s.checklist.before.includes("previous-evaluation"))
      .map((s) => s.key.split(".")[1]);
    // Sessions 4 (leadership) and 6 (review) prepare otherwise in the programme.
    expect(asking).toEqual([
      "setting-goals",
      "problem-solving",
      "networking",
      "peer-feedback",
      "reversing-roles",
      "job-shadowing",
    ]);
  });

  it("has unique step keys, prefixed by their plan, and unique items and questions within a step", () => {
    const all = PLANS.flatMap((p) => sessionPlan(p).steps.map((s) => s.key));
    expect(new Set(all).size).toBe(all.length);
    for (const plan of PLANS)
      for (const step of sessionPlan(plan).steps) {
        expect(step.key.startsWith(`${plan}.`)).toBe(true);
        const items = checklistItemKeys(step);
        expect(new Set(items).size, step.key).toBe(items.length);
        expect(new Set(step.questions).size, step.key).toBe(step.questions.length);
        for (const key of [...items, ...step.questions])
          expect(key, step.key).toMatch(/^[a-z]+(\.[a-z0-9-]+)?$|^[a-z0-9-]+$/);
      }
  });

  it("stores checklist ticks as <phase>.<item>", () => {
    const intro = stepOf("coaching.intro")!;
    expect(checklistItemKeys(intro)).toContain("before.read-profile");
    expect(checklistItemKeys(intro)).toContain("after.evaluation");
    expect(stepOf("coaching.nope")).toBeUndefined();
    expect(stepOf("nothing.intro")).toBeUndefined();
  });

  it.each(["en", "fr"] as const)("has every key's text in the %s catalogue", (locale) => {
    const catalogue = locale === "en" ? en : fr;
    for (const plan of PLANS)
      for (const key of keysOf(plan)) {
        const text = lookup(catalogue, key);
        expect(typeof text, key).toBe("string");
        expect((text as string).trim(), key).not.toBe("");
      }
  });

  it("has no text in the catalogues that no step uses", () => {
    const used = new Set(PLANS.flatMap(keysOf));
    const present = leaves(en.sessionPlans, "sessionPlans");
    expect(present.filter((k) => !used.has(k))).toEqual([]);
  });

  it("writes the French in French, not a copy of the English", () => {
    for (const plan of PLANS)
      for (const key of keysOf(plan).filter((k) => !k.endsWith(".name")))
        expect(lookup(fr, key), key).not.toBe(lookup(en, key));
  });
});
