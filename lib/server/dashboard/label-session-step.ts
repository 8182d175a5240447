import "server-only";
import { getTranslations } from "next-intl/server";
import { stepMessagePrefix } from "../../domain/session-plans";
import { messageOrNull } from "../../i18n/keys";

/**
 * A function naming a session step ("coaching.intro", "coaching.session-2") in the reader's
 * language: the session plans' own title when the catalogue has it (sessionPlans.<plan>.<step>.title),
 * else "Introduction meeting", "Session 2", or the step's key in words.
 */
export async function labelSessionStep(): Promise<(stepKey: string) => string> {
  const [all, t] = await Promise.all([getTranslations(), getTranslations("dashboard")]);
  return (stepKey: string) => {
    const title = messageOrNull(all, `${stepMessagePrefix(stepKey)}.title`);
    if (title !== null) return title;
    const step = stepKey.split(".")[1] ?? stepKey;
    if (step === "intro") return t("feedback.intro");
    const numbered = /^session-(\d+)$/.exec(step);
    if (numbered) return t("feedback.step", { step: numbered[1] });
    const words = step.replace(/-/g, " ");
    return words.charAt(0).toUpperCase() + words.slice(1);
  };
}
