import { getTranslations } from "next-intl/server";
import { AGREEMENT_CLAUSES, AGREEMENT_SECTIONS, type AgreementKind } from "@/lib/domain/engagement-agreement";
import { planFigures, sessionPlan, type PlanFigures } from "@/lib/domain/session-plans";
import type { SessionPlan } from "@/lib/generated/prisma/enums";
import { messageOrNull } from "@/lib/i18n/keys";

/**
 * The agreement's numbered sections (confidentiality, sessions, cancelling, ending), in the
 * reader's language. The session figures come from the programme's plan (planFigures), so the
 * agreement promises what the engagement page shows.
 */
export async function AgreementText({
  kind,
  plan,
  firstNumber,
}: {
  kind: AgreementKind;
  plan: SessionPlan;
  firstNumber: number;
}) {
  const [t, all] = await Promise.all([getTranslations("agreement"), getTranslations()]);
  const figures: PlanFigures = planFigures(sessionPlan(plan));
  // Coaching states its plan with the plan's own rhythm sentence; mentoring in a sentence of its own
  // (its rhythm sentence repeats the count), from the same figures.
  const figuresClause =
    kind === "coaching"
      ? t("coaching.plan.figures", {
          total: figures.total,
          rhythm:
            plan === "coaching"
              ? all("sessionPlans.coaching.rhythm", figures)
              : (messageOrNull(all, `sessionPlans.${plan}.rhythm`) ?? ""),
        })
      : t("mentoring.plan.figures", figures);
  const clause = (section: string, c: string) =>
    section === "plan" && c === "figures"
      ? figuresClause
      : (messageOrNull(all, `agreement.${kind}.${section}.${c}`) ?? "");
  return (
    <>
      {AGREEMENT_SECTIONS.map((section, i) => (
        <section key={section} aria-labelledby={`agreement-${section}`}>
          <h2 id={`agreement-${section}`} className="text-lg font-semibold">
            {firstNumber + i}. {t(`sections.${section}`)}
          </h2>
          <ul className="mt-2 list-disc space-y-2 pl-5 text-slate-800" data-testid={`agreement-${section}`}>
            {AGREEMENT_CLAUSES[kind][section].map((c) => (
              <li key={c}>{clause(section, c)}</li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
