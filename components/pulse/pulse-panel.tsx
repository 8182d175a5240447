import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { Actor } from "@/lib/domain/roles";
import { db } from "@/lib/server/db";
import { loadPulse } from "@/lib/server/pulse/load-pulse";
import { PulseForm } from "./pulse-form";

/**
 * On the engagement page, midway: "how is it going?". Asked once the midway session is held; then
 * the viewer's own answer, which nobody else sees. Nothing before, nor where the pulse does not apply.
 */
export async function PulsePanel({
  engagementId,
  viewer,
  otherName,
}: {
  engagementId: string;
  viewer: Actor & { timeZone: string };
  otherName: string;
}) {
  const view = await loadPulse(db(), viewer, engagementId);
  if (!view) return null;
  const zone = viewer.timeZone;
  const [t, format] = await Promise.all([getTranslations("pulse"), getFormatter()]);
  return (
    <Card
      heading={t("title")}
      headingId="pulse-title"
      lead={view.open ? t("lead", { name: otherName }) : undefined}
      className="border-2 border-brand-100"
      data-testid="pulse"
    >
      <p className="mt-2 text-sm text-slate-700">{t("private")}</p>
      {view.open ? (
        <PulseForm engagementId={view.engagementId} />
      ) : (
        view.mine && (
          <>
            <p className="mt-3 text-slate-800" data-testid="pulse-answered">
              ✓{" "}
              {t("answered", {
                score: view.mine.score,
                date: format.dateTime(view.mine.answeredAt, { dateStyle: "long", timeZone: zone }),
              })}
            </p>
            {view.mine.comment && (
              <p className="mt-2 text-sm text-slate-700">
                <span className="font-medium">{t("myComment")}</span> {view.mine.comment}
              </p>
            )}
          </>
        )
      )}
    </Card>
  );
}
