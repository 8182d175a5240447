import "server-only";
import { getTranslations } from "next-intl/server";
import type { PlanSteps } from "@/components/resources/resource-form";
import { SESSION_PLANS, stepMessagePrefix } from "@/lib/domain/session-plans";
import { messageOrNull } from "@/lib/i18n/keys";

/** Every session plan's steps, numbered, with their titles from the catalogues, for the resource form. */
export async function planSteps(): Promise<PlanSteps[]> {
  const [all, t] = await Promise.all([getTranslations(), getTranslations("resources.form")]);
  return Object.values(SESSION_PLANS).map((plan) => ({
    plan: plan.key,
    name: messageOrNull(all, `sessionPlans.${plan.key}.name`) ?? plan.key,
    steps: plan.steps.map((s, i) => ({
      value: s.key,
      label: t("stepLabel", {
        number: i + 1,
        title: messageOrNull(all, `${stepMessagePrefix(s.key)}.title`) ?? s.key,
      }),
    })),
  }));
}

/** The title of a step for the admin's list ("4. Leadership at any level"), or the key when unknown. */
export async function stepTitles(): Promise<Map<string, string>> {
  const plans = await planSteps();
  return new Map(plans.flatMap((p) => p.steps.map((s) => [s.value, s.label] as const)));
}
