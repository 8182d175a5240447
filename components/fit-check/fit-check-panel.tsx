import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/styles";
import type { Actor } from "@/lib/domain/roles";
import { db } from "@/lib/server/db";
import { loadFitCheck } from "@/lib/server/fit-check/load-fit-check";
import { FitCheckForm } from "./fit-check-form";

/**
 * On the engagement page, after the introduction meeting: "does this pairing fit?". Each person
 * sees the question while it is open, then their own answer and comment and whether the other has
 * answered (never what). Once ended as not a fit: the client is led back to choosing. Nothing
 * outside the question's window, nor where the check does not apply.
 */
export async function FitCheckPanel({
  engagementId,
  viewer,
  otherName,
}: {
  engagementId: string;
  viewer: Actor;
  otherName: string;
}) {
  const view = await loadFitCheck(db(), viewer, engagementId);
  if (!view) return null;
  const ended = view.endedAsNotAFit;
  if (!ended && !view.inWindow) return null;
  const t = await getTranslations("fitCheck");
  return (
    <Card
      heading={t("title")}
      headingId="fit-check-title"
      lead={ended ? undefined : t("lead")}
      className="border-2 border-brand-100"
      data-testid="fit-check"
      data-outcome={ended ? "notAFit" : view.outcome}
    >
      {ended ? (
        <div className="mt-3 space-y-3">
          <p className="font-semibold text-slate-900" data-testid="fit-check-ended">
            {t("ended")}
          </p>
          {view.role === "client" ? (
            <>
              <p className="text-slate-800">{t(`endedClient.${view.kind}`)}</p>
              <p>
                <Link href={view.kind === "mentor" ? "/mentors" : "/coaches"} className={buttonClass("primary", "sm")}>
                  {t(`chooseAgain.${view.kind}`)}
                </Link>
              </p>
            </>
          ) : (
            <p className="text-slate-800">{t("endedCoach")}</p>
          )}
        </div>
      ) : view.open ? (
        <FitCheckForm engagementId={view.engagementId} otherName={otherName} role={view.role} />
      ) : view.outcome === "fits" ? (
        <p className="mt-3 text-slate-800" data-testid="fit-check-status">
          ✓ {t("fits")}
        </p>
      ) : (
        <p className="mt-3 text-slate-800" data-testid="fit-check-status">
          {view.mine ? `✓ ${t("mineYes")} ` : ""}
          {view.otherAnswered ? t("otherAnswered", { name: otherName }) : t("otherNotYet", { name: otherName })}
        </p>
      )}
      {view.myComment && (
        <p className="mt-2 text-sm text-slate-700">
          <span className="font-medium">{t("myComment")}</span> {view.myComment}
        </p>
      )}
    </Card>
  );
}
