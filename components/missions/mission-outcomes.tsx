// What the mission has come to: the mid-point review's outcome, each indicator's result, the
// coachee's synthesis, the follow-up evaluation, and the reasons when the coach refused or stopped.
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { BadgeTone } from "@/components/ui/styles";
import { Card } from "@/components/ui/card";
import { WrittenIn } from "@/components/ui/written-in";
import type { MissionView } from "@/lib/server/missions/load-mission";
import { SharedWithSponsor } from "./mission-requests";
import { personName } from "./mission-parts";

const RESULT_TONE: Record<string, BadgeTone> = { achieved: "success", partly: "warning", not_achieved: "danger" };

export async function MidpointOutcome({ view }: { view: MissionView }) {
  const t = await getTranslations("missions.midpoint");
  if (!view.midpoint) return null;
  return (
    <Card heading={t("title")} headingId="midpoint">
      <p className="mt-2 font-medium">{t(`outcome.${view.midpoint.decision}`)}</p>
      {view.midpoint.note && <p className="mt-1 whitespace-pre-line text-slate-700">{view.midpoint.note}</p>}
    </Card>
  );
}

export async function IndicatorResults({ view }: { view: MissionView }) {
  const t = await getTranslations("missions.indicators");
  if (view.indicators.length === 0) return null;
  return (
    <Card heading={t("title")} headingId="indicators">
      <WrittenIn lang={view.indicators[0].language} className="mt-1" />
      <ol className="mt-3 space-y-3">
        {view.indicators.map((i) => (
          <li key={i.id} data-testid="indicator">
            <p className="font-medium">
              {i.position}. <span lang={i.language}>{i.description}</span>
            </p>
            {i.result ? (
              <p className="mt-1 text-sm">
                <Badge tone={RESULT_TONE[i.result]}>{t(`results.${i.result}`)}</Badge>
                {i.evidence && <span className="ml-2 text-slate-700">{i.evidence}</span>}
              </p>
            ) : (
              <p className="mt-1 text-sm text-slate-600">{t("notEvaluated")}</p>
            )}
          </li>
        ))}
      </ol>
    </Card>
  );
}

/** The coachee's synthesis and recommendations, once written (the coachee reads it in their form instead). */
export async function MissionSynthesis({ view }: { view: MissionView }) {
  const t = await getTranslations("missions.synthesis");
  const synthesis = view.synthesis;
  if (!synthesis?.text || (view.can.writeSynthesis && view.party === "coachee")) return null;
  return (
    <Card heading={t("title", { coachee: personName(view.people.coachee) })} headingId="synthesis">
      {!synthesis.presentedAt && (
        <p className="mt-1 text-xs text-slate-600">{t("draft", { sponsor: personName(view.people.sponsor) })}</p>
      )}
      <WrittenIn lang={synthesis.language} className="mt-1" />
      <h3 className="mt-3 font-semibold">{t("synthesis")}</h3>
      <p lang={synthesis.language} className="mt-1 whitespace-pre-line text-slate-800">
        {synthesis.text}
      </p>
      <h3 className="mt-3 font-semibold">{t("recommendations")}</h3>
      <p lang={synthesis.language} className="mt-1 whitespace-pre-line text-slate-800">
        {synthesis.recommendations}
      </p>
    </Card>
  );
}

export async function FollowUpOutcome({ view }: { view: MissionView }) {
  const t = await getTranslations("missions.followUp");
  const followUp = view.followUp;
  if (!followUp?.impact) return null;
  return (
    <Card heading={t("title")} headingId="follow-up">
      <p className="mt-2">
        <Badge>{t(`impacts.${followUp.impact}`)}</Badge>
      </p>
      <p className="mt-2 whitespace-pre-line text-slate-800">{followUp.note}</p>
      {(view.party === "coachee" || view.party === "coach") && (
        <SharedWithSponsor shared={followUp.shared} sponsor={personName(view.people.sponsor)} />
      )}
    </Card>
  );
}

/** Why the coach refused or stopped the mission, and the alternatives they suggested. */
export async function MissionEnding({ view }: { view: MissionView }) {
  const t = await getTranslations("missions.ending");
  const { refusalReason, stopReason, stopAlternatives } = view.ending;
  if (!refusalReason && !stopReason) return null;
  return (
    <Card heading={t("title")} headingId="ending" className="border-l-4 border-red-400">
      <h3 className="mt-2 font-semibold">{t("reason")}</h3>
      <p className="whitespace-pre-line text-slate-800">{refusalReason ?? stopReason}</p>
      {stopAlternatives && (
        <>
          <h3 className="mt-2 font-semibold">{t("alternatives")}</h3>
          <p className="whitespace-pre-line text-slate-800">{stopAlternatives}</p>
        </>
      )}
    </Card>
  );
}
