import { getTranslations } from "next-intl/server";
import type { MissionStep, StepState } from "@/lib/domain/mission-steps";

const CIRCLE: Record<StepState, string> = {
  done: "bg-emerald-600 text-white",
  current: "bg-brand-600 text-white ring-4 ring-brand-100",
  upcoming: "bg-slate-200 text-slate-600",
  ended: "bg-red-700 text-white",
};

/** The nine steps of the mission and where it is: done, current, upcoming, or where it ended. */
export async function MissionStepper({ steps }: { steps: { step: MissionStep; state: StepState }[] }) {
  const t = await getTranslations("missions");
  return (
    <ol
      aria-label={t("stepper.label")}
      className="grid gap-2 sm:grid-cols-3 lg:grid-cols-9"
      data-testid="mission-stepper"
    >
      {steps.map(({ step, state }, i) => (
        <li
          key={step}
          aria-current={state === "current" ? "step" : undefined}
          data-state={state}
          className={`flex items-start gap-2 rounded-md border p-2 lg:flex-col lg:items-center lg:text-center ${state === "current" ? "border-brand-600 bg-white shadow-sm" : "border-transparent"}`}
        >
          <span
            aria-hidden
            className={`flex h-7 w-7 shrink-0 items-center justify-center rounded-full text-sm font-bold ${CIRCLE[state]}`}
          >
            {state === "done" ? "✓" : state === "ended" ? "✕" : i + 1}
          </span>
          <span className="min-w-0">
            <span
              className={`block text-sm font-semibold leading-tight ${state === "upcoming" ? "text-slate-500" : "text-slate-900"}`}
            >
              {t(`steps.${step}.title`)}
            </span>
            <span className="block text-xs text-slate-500">{t(`stepper.${state}`)}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}
