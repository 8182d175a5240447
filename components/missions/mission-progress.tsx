import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { MissionView } from "@/lib/server/missions/load-mission";
import { MissionStepper } from "./mission-stepper";
import { missionDates, personName, personOf } from "./mission-parts";

/** Where the mission is: the steps, then what happens next and who does it (or how it ended). */
export async function MissionProgress({ view, timeZone }: { view: MissionView; timeZone: string }) {
  const [t, { day }] = await Promise.all([getTranslations("missions"), missionDates(timeZone)]);
  const coach = personName(view.people.coach);
  const currentStep = view.steps.find((s) => s.state === "current")?.step;
  const finalMessage =
    view.status === "declined"
      ? t("ending.declined", { coachee: personName(view.people.coachee), date: day(view.ending.declinedAt) })
      : view.status === "refused"
        ? t("ending.refused", { coach, date: day(view.ending.refusedAt) })
        : view.status === "stopped"
          ? t("ending.stopped", { coach, date: day(view.ending.stoppedAt) })
          : view.status === "completed"
            ? t("ending.completed", { date: day(view.closedAt) })
            : null;
  return (
    <Card heading={t("stepper.label")} headingId="where" headingHidden>
      <MissionStepper steps={view.steps} />
      <div className="mt-4 border-t border-slate-100 pt-4" data-testid="mission-next">
        {finalMessage ? (
          <p className="font-medium text-slate-900">{finalMessage}</p>
        ) : (
          <>
            {currentStep && (
              <p className="text-slate-800">
                <strong>{t(`steps.${currentStep}.title`)}</strong> — {t(`steps.${currentStep}.hint`)}
              </p>
            )}
            <ul className="mt-2 space-y-1">
              {view.next.map((n) =>
                n.party === view.party ? (
                  <li key={`${n.party}-${n.key}`} className="font-semibold text-amber-900">
                    ➜ {t("nextYou", { action: t(`next.you.${n.key}`) })}
                  </li>
                ) : (
                  <li key={`${n.party}-${n.key}`} className="text-slate-700">
                    {t("nextOther", {
                      name: personName(personOf(view, n.party)),
                      role: t(`party.${n.party}`),
                      action: t(`next.other.${n.key}`),
                    })}
                  </li>
                ),
              )}
            </ul>
          </>
        )}
      </div>
    </Card>
  );
}
