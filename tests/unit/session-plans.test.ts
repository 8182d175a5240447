import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import {
  checklistItemKeys,
  COACHING_FIGURES,
  checklistFor,
  EVALUATION_ITEM,
  MENTEE_ITEM_PREFIX,
  menteeCarryOver,
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
    // Both lists: the coach's or mentor's, and the mentee's own where the step has one.
    for (const key of new Set([...checklistItemKeys(step, "coach"), ...checklistItemKeys(step, "client")]))
      keys.push(`${prefix}.${key}`);
    if (step.mentee) keys.push(`${prefix}.mentee.objective`);
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

describe("the mentee's own checklist (mentoring)", () => {
  const steps = sessionPlan("mentoring").steps;
  const textOf = (catalogue: unknown, stepKey: string, key: string) =>
    lookup(catalogue, `${stepMessagePrefix(stepKey)}.${key}`) as string | undefined;

  it("gives every mentoring session a mentee checklist with something to do before and during, ending with the evaluation", () => {
    for (const step of steps) {
      expect(step.mentee, step.key).toBeDefined();
      expect(step.mentee!.before.length, `${step.key} before`).toBeGreaterThan(0);
      expect(step.mentee!.during.length, `${step.key} during`).toBeGreaterThan(0);
      expect(step.mentee!.after, step.key).toContain(EVALUATION_ITEM);
    }
  });

  it("keeps the mentee's keys apart from the mentor's: no key is on both lists", () => {
    for (const step of steps) {
      const mentor = checklistItemKeys(step, "coach");
      const mentee = checklistItemKeys(step, "client");
      expect(mentor).toEqual(checklistItemKeys(step)); // the default stays the mentor's list
      expect(
        mentee.every((k) => k.startsWith(`${MENTEE_ITEM_PREFIX}.`)),
        step.key,
      ).toBe(true);
      expect(
        mentee.filter((k) => mentor.includes(k)),
        step.key,
      ).toEqual([]);
      expect(new Set(mentee).size, step.key).toBe(mentee.length);
      for (const key of mentee) expect(key, step.key).toMatch(/^mentee\.(before|during|after)\.[a-z0-9-]+$/);
    }
  });

  it.each(["en", "fr"] as const)("has a %s text for every mentee item, never the mentor's words", (locale) => {
    const catalogue = locale === "en" ? en : fr;
    for (const step of steps)
      for (const item of [{ key: "mentee.objective" }, ...checklistFor(step, "client")]) {
        const text = textOf(catalogue, step.key, item.key);
        expect(typeof text, `${step.key} ${item.key}`).toBe("string");
        expect(text, `${step.key} ${item.key}`).not.toMatch(locale === "en" ? /your mentee/i : /votre mentoré/i);
      }
  });

  // What the mentee prepares, brings, does and follows up on, from the programme (seed 001).
  it.each([
    ["getting-to-know", "mentee.before.read-profile", /mentor's profile/, /profil de votre mentor/],
    ["getting-to-know", "mentee.during.rhythm", /twice a month/, /deux fois par mois/],
    ["setting-goals", "mentee.before.think-goals", /goals/, /objectifs/],
    ["setting-goals", "mentee.during.action-plan", /action plan/, /plan d'action/],
    ["problem-solving", "mentee.before.choose-problem", /problem/, /problème/],
    ["problem-solving", "mentee.after.schedule-next", /session 4/, /séance 4/],
    ["leadership", "mentee.before.read-article", /article/, /article/],
    ["networking", "mentee.before.whom", /learn from/, /apprendre/],
    ["review", "mentee.after.go-on", /both/, /tous les deux/],
    ["peer-feedback", "mentee.before.gather-feedback", /colleagues/, /collègues/],
    ["peer-feedback", "mentee.before.want-feedback", /your mentor/, /votre mentor/],
    ["reversing-roles", "mentee.during.lead", /Lead the session/, /Menez la séance/],
    ["job-shadowing", "mentee.before.dress", /dress/, /tenue/],
  ] as const)("%s: %s", (step, key, inEnglish, inFrench) => {
    expect(checklistItemKeys(stepOf(`mentoring.${step}`)!, "client")).toContain(key);
    expect(textOf(en, `mentoring.${step}`, key)).toMatch(inEnglish);
    expect(textOf(fr, `mentoring.${step}`, key)).toMatch(inFrench);
  });

  it("leaves coaching and networking with one list that both people tick", () => {
    for (const plan of ["coaching", "networking"] as const)
      for (const step of sessionPlan(plan).steps) {
        expect(step.mentee, step.key).toBeUndefined();
        expect(checklistItemKeys(step, "client"), step.key).toEqual(checklistItemKeys(step, "coach"));
      }
  });

  it("carries a mentee's earlier tick of a mentor item over only to their own item of the same phase and name", () => {
    const first = stepOf("mentoring.getting-to-know")!;
    expect(menteeCarryOver(first, "before.read-profile")).toBe("mentee.before.read-profile");
    expect(menteeCarryOver(first, "after.evaluation")).toBe("mentee.after.evaluation");
    expect(menteeCarryOver(first, "before.guidance")).toBeNull(); // the mentor's guide: nothing for the mentee
    expect(menteeCarryOver(first, "before.nope")).toBeNull();
    expect(menteeCarryOver(stepOf("coaching.intro")!, "before.read-profile")).toBeNull();
  });

  it("backfills exactly the carry-over pairs in the migration", () => {
    const dir = path.resolve("prisma/migrations");
    const folder = readdirSync(dir).find((d) => d.endsWith("_mentee_checklist"))!;
    const sql = readFileSync(path.join(dir, folder, "migration.sql"), "utf8");
    const inSql = [...sql.matchAll(/\('(mentoring\.[a-z-]+)', '([a-z.-]+)', '([a-z.-]+)'\)/g)].map((m) =>
      m.slice(1, 4),
    );
    const expected = steps.flatMap((step) =>
      checklistItemKeys(step)
        .map((key) => [step.key, key, menteeCarryOver(step, key)])
        .filter((r): r is [string, string, string] => r[2] !== null),
    );
    expect(inSql).toEqual(expected);
  });
});
