import { getTranslations } from "next-intl/server";
import { allowedEvents, awaitsNoReview } from "@/lib/domain/coach-lifecycle";
import type { CredentialSubmission } from "@/lib/server/credentials/load-credential-submission";
import { CREDENTIAL_DECISIONS, REVIEW_DECISIONS, type CredentialDecision } from "@/lib/validation/credential-review";
import { DecisionForm } from "./decision-form";
import { ReviewSection } from "./review-parts";

const note = "rounded border border-slate-200 bg-slate-100 p-4 text-sm text-slate-700";

/**
 * What HR may decide now, from the registration's status: approve, request changes or reject a
 * submission; revoke an approval. Those who may read but not decide are told so.
 */
export async function ReviewDecisions({
  submission: s,
  canReview,
  kindLabel,
}: {
  submission: CredentialSubmission;
  canReview: boolean;
  kindLabel: string;
}) {
  const t = await getTranslations("hrCredentials");
  if (!canReview)
    return (
      <p className={note} data-testid="read-only-note">
        {t("decision.readOnly")}
      </p>
    );
  const decisions = allowedEvents(s.status).filter((e): e is CredentialDecision =>
    (CREDENTIAL_DECISIONS as readonly string[]).includes(e),
  );
  // The order the reviewer reads them: the positive decision first.
  const reviewDecisions = REVIEW_DECISIONS.filter((d) => decisions.includes(d));
  const declared = {
    profileId: s.id,
    training: s.credentialKind === "icf_training",
    kindLabel,
    declaredHours: s.trainingHours,
    declaredObserved: s.observedPractice,
  };
  return (
    <>
      {reviewDecisions.length > 0 && (
        <ReviewSection id="review" title={t("decision.sectionTitle")}>
          <DecisionForm mode="review" decisions={reviewDecisions} {...declared} />
        </ReviewSection>
      )}
      {decisions.includes("revoke") && (
        <ReviewSection id="revoke" title={t("revoke.title")}>
          <p className="mb-4 text-sm text-slate-600">{t("revoke.lead")}</p>
          <DecisionForm mode="revoke" decisions={["revoke"]} {...declared} />
        </ReviewSection>
      )}
      {awaitsNoReview(s.status) && <p className={note}>{t(`decision.none.${s.status}`)}</p>}
    </>
  );
}
