// The closing evaluation and the attestation link, shown on the engagement page once the
// engagement is completed: the viewer's own closing evaluation (form, or what they answered), and
// for the client a link to the printable attestation of participation.
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClosingEvaluationForm } from "@/components/feedback/closing-evaluation-form";
import { UsefulnessValue } from "@/components/feedback/usefulness-stars";
import { Card } from "@/components/ui/card";
import { link } from "@/components/ui/styles";
import { canGiveClosingEvaluation } from "@/lib/domain/feedback";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { loadOwnClosingEvaluation } from "@/lib/server/feedback/load-own-closing-evaluation";
import { findOwnEngagement } from "@/lib/server/feedback/participant";

export async function ClosingEvaluationPanel({
  engagementId,
  viewerIsClient,
}: {
  engagementId: string;
  viewerIsClient: boolean;
}) {
  const user = await getCurrentUser();
  if (!user) return null;
  const engagement = await findOwnEngagement(db(), engagementId, user.id);
  if (!engagement || !canGiveClosingEvaluation(engagement.status)) return null;
  const [mine, t, format] = await Promise.all([
    loadOwnClosingEvaluation(db(), user.id, engagementId),
    getTranslations("feedback"),
    getFormatter(),
  ]);
  const isClient = viewerIsClient && engagement.role === "client";

  return (
    <Card heading={t("closing.title")} headingId="closing-evaluation" data-testid="closing-evaluation-panel">
      {!mine && <p className="mb-4 mt-1 text-slate-600">{t("closing.lead")}</p>}
      <ClosingEvaluationForm engagementId={engagementId} given={Boolean(mine)} />
      {mine && (
        <div className="mt-2 text-sm text-slate-700" data-testid="own-closing-evaluation">
          <p className="font-semibold text-slate-900">
            {t("closing.mine")}
            <span className="font-normal text-slate-500">
              {" "}
              · {t("panel.givenOn", { date: format.dateTime(mine.createdAt, { dateStyle: "medium" }) })}
            </span>
          </p>
          <ul className="mt-1 space-y-0.5">
            <li>
              <UsefulnessValue value={mine.usefulness} />
            </li>
            <li>{t("closing.objectivesValue", { value: t(`objectivesMet.${mine.objectivesMet}`) })}</li>
            <li>{t("closing.recommendValue", { value: t(mine.wouldRecommend ? "closing.yes" : "closing.no") })}</li>
            {mine.comment && (
              <li className="whitespace-pre-line border-l-2 border-slate-300 pl-3 italic">{mine.comment}</li>
            )}
          </ul>
          <p className="mt-1 text-xs text-slate-500">{t("panel.onlyYou")}</p>
        </div>
      )}
      {isClient && (
        <div className="mt-5 rounded border border-brand-100 bg-brand-50 p-4">
          <h3 className="font-semibold text-brand-900">{t("closing.attestationTitle")}</h3>
          <p className="mt-1 text-sm text-slate-700">{t("closing.attestationText")}</p>
          <Link href={`/engagements/${engagementId}/attestation`} className={`mt-2 inline-block ${link}`}>
            {t("closing.attestationLink")}
          </Link>
        </div>
      )}
    </Card>
  );
}
