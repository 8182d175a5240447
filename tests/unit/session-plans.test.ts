import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import {
  CHECKLIST_PHASES,
  checklistItemKeys,
  COACHING_FIGURES,
  EVALUATION_ITEM,
  midpointStepKey,
  planFigures,
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

  it("gives the figures people read from the plan itself: sessions after the first meeting, length, rhythm", () => {
    expect(COACHING_FIGURES).toEqual({ total: 6, sessions: 5, minutes: 45, unit: "month", every: 1 });
    expect(planFigures(sessionPlan("mentoring"))).toMatchObject({
      total: 9,
      sessions: 8,
      minutes: 60,
      unit: "week",
      every: 2,
    });
    expect(planFigures({ ...sessionPlan("coaching"), rhythm: { days: 10 } })).toMatchObject({ unit: "day", every: 10 });
  });

  it("marks coaching's third session as the plan's mid-point, and no other plan has one", () => {
    expect(midpointStepKey(sessionPlan("coaching").steps.map((s) => s.key))).toBe("coaching.session-3");
    expect(midpointStepKey(sessionPlan("mentoring").steps.map((s) => s.key))).toBeUndefined();
    expect(midpointStepKey(["coaching.intro", "coaching.session-1"])).toBeUndefined();
  });

  // Every text that promises peer coaching's sessions takes its numbers from the plan.
  const PROMISES = [
    "landing.coachingHow",
    "home.steps.client.commitment",
    "home.steps.coach.sessions",
    "email.enrolment.supervisor.processCoaching",
    "coachProfile.capacity.lead",
    "enrolment.join.commitmentCoaching",
    "sessionPlans.coaching.rhythm",
  ] as const;
  it.each([
    ["en", "5 sessions of 45 minutes, one a month", "10 sessions of 30 minutes, one every 2 weeks"],
    ["fr", "5 séances de 45 minutes, une par mois", "10 séances de 30 minutes, une toutes les 2 semaines"],
  ] as const)("states the plan's figures in every promise of the %s catalogue", (locale, today, changed) => {
    const t = createTranslator({ locale, messages: locale === "en" ? en : fr });
    for (const key of PROMISES) {
      expect(t(key, COACHING_FIGURES), key).toContain(today);
      expect(t(key, { ...COACHING_FIGURES, sessions: 10, minutes: 30, unit: "week", every: 2 }), key).toContain(
        changed,
      );
      expect(lookup(locale === "en" ? en : fr, key), key).not.toMatch(/\b(five|cinq|45)\b/);
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
