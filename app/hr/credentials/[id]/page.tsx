import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CredentialHistory } from "@/components/hr/credential-history";
import { ReviewDecisions } from "@/components/hr/review-decisions";
import { ReviewHeader } from "@/components/hr/review-header";
import { ReviewSection } from "@/components/hr/review-parts";
import { SubmittedCredential } from "@/components/hr/submitted-credential";
import { SubmittedDocuments } from "@/components/hr/submitted-documents";
import { SubmittedProfile } from "@/components/hr/submitted-profile";
import { Alert } from "@/components/ui/alert";
import { BackLink } from "@/components/ui/back-link";
import { can } from "@/lib/domain/roles";
import { requirePermission } from "@/lib/server/auth/current-user";
import { RenewalReview } from "@/components/credentials/renewal-review";
import { loadCredentialCurrency } from "@/lib/server/credentials/load-credential-currency";
import { loadCredentialHistory } from "@/lib/server/credentials/load-credential-history";
import { loadCredentialSubmission } from "@/lib/server/credentials/load-credential-submission";
import { db } from "@/lib/server/db";
import { CREDENTIAL_DECISIONS } from "@/lib/validation/credential-review";

/** The outcomes that come with HR's message to the coach. */
const REVIEWED_WITH_MESSAGE = ["changes_requested", "rejected", "revoked"] as const;

type Params = { params: Promise<{ id: string }>; searchParams: Promise<{ decided?: string }> };

export default async function CredentialReviewPage({ params, searchParams }: Params) {
  const { id } = await params;
  const user = await requirePermission("view:credential-queue", `/hr/credentials/${id}`);
  const [submission, history, currency] = await Promise.all([
    loadCredentialSubmission(db(), user, id),
    loadCredentialHistory(db(), user, id),
    loadCredentialCurrency(db(), user, id),
  ]);
  if (!submission) notFound();
  const [{ decided }, t] = await Promise.all([searchParams, getTranslations("hrCredentials")]);
  const s = submission;
  const kindLabel = s.credentialKind ? t(`kinds.${s.credentialKind}`) : t("noKind");
  const justDecided = CREDENTIAL_DECISIONS.find((d) => d === decided);
  const messageStatus = REVIEWED_WITH_MESSAGE.find((status) => status === s.status);

  return (
    <div className="space-y-6">
      <BackLink href="/hr/credentials">{t("detail.back")}</BackLink>
      <ReviewHeader submission={s} kindLabel={kindLabel} />
      {justDecided && <Alert tone="success">{t(`done.${justDecided}`)}</Alert>}
      {s.reviewMessage && messageStatus && (
        <Alert tone="warning" size="md">
          <p className="text-sm font-semibold text-amber-900">{t(`detail.reviewMessage.${messageStatus}`)}</p>
          <p className="mt-1 whitespace-pre-line text-slate-900">{s.reviewMessage}</p>
        </Alert>
      )}
      <div className="grid gap-6 lg:grid-cols-5">
        <div className="space-y-6 lg:col-span-3">
          <SubmittedDocuments documents={s.documents} />
          <SubmittedProfile submission={s} />
        </div>
        <div className="space-y-6 lg:col-span-2">
          <SubmittedCredential submission={s} />
          {currency && <RenewalReview view={currency} canReview={can(user.roles, "review:credential:any")} />}
          <ReviewDecisions submission={s} canReview={can(user.roles, "review:credential:any")} kindLabel={kindLabel} />
          <ReviewSection id="history" title={t("history.title")}>
            <CredentialHistory entries={history} />
          </ReviewSection>
        </div>
      </div>
    </div>
  );
}
