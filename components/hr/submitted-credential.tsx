import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { MIN_TRAINING_HOURS } from "@/lib/domain/coach-profile";
import type { CredentialSubmission } from "@/lib/server/credentials/load-credential-submission";
import { DetailRow, ReviewSection } from "./review-parts";

/** The credential declared: its kind, and for ICF training the hours (flagged under the minimum) and observed practice. */
export async function SubmittedCredential({ submission: s }: { submission: CredentialSubmission }) {
  const t = await getTranslations("hrCredentials");
  const training = s.credentialKind === "icf_training";
  return (
    <ReviewSection id="credential" title={t("detail.credential")}>
      <dl className="divide-y divide-slate-100">
        <DetailRow label={t("detail.credentialKind")}>
          {s.credentialKind ? t(`kindsLong.${s.credentialKind}`) : t("noKind")}
        </DetailRow>
        <DetailRow label={t("detail.trainingHours")}>
          {!training
            ? t("notApplicable")
            : s.trainingHours != null
              ? t("hours", { hours: s.trainingHours })
              : t("detail.none")}
          {training && s.trainingHours != null && s.trainingHours < MIN_TRAINING_HOURS && (
            <Badge tone="danger" className="ml-2">
              {t("detail.belowMinimum", { min: MIN_TRAINING_HOURS })}
            </Badge>
          )}
        </DetailRow>
        <DetailRow label={t("detail.observedPractice")}>
          {!training
            ? t("notApplicable")
            : s.observedPractice == null
              ? t("detail.none")
              : s.observedPractice
                ? t("yes")
                : t("no")}
        </DetailRow>
      </dl>
    </ReviewSection>
  );
}
