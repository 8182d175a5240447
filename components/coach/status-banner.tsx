import { getFormatter, getTranslations } from "next-intl/server";
import { REVIEW_STATUS_TONE, ReviewStatus } from "@/components/review-status";
import type { ProfileStatus } from "@/lib/domain/coach-lifecycle";

/** Where the registration stands, and HR's message when there is one (what to change, or why). */
export async function StatusBanner({
  status,
  reviewMessage,
  submittedAt,
}: {
  status: ProfileStatus;
  reviewMessage: string | null;
  submittedAt: Date | null;
}) {
  const [t, format] = await Promise.all([getTranslations("coachProfile.status"), getFormatter()]);
  const messageLabel =
    status === "changes_requested"
      ? t("changes_requested.messageLabel")
      : status === "rejected" || status === "revoked"
        ? t(`${status}.reasonLabel`)
        : null;
  return (
    <ReviewStatus
      id="status-title"
      tone={REVIEW_STATUS_TONE[status]}
      label={t("label")}
      title={t(`${status}.title`)}
      message={messageLabel && reviewMessage ? { label: messageLabel, text: reviewMessage } : null}
      testId="coach-status"
      status={status}
    >
      <p className="mt-1 text-slate-700">{t(`${status}.body`)}</p>
      {status === "submitted" && submittedAt && (
        <p className="mt-1 text-sm text-slate-600">
          {t("submitted.since", { date: format.dateTime(submittedAt, { dateStyle: "long", timeStyle: "short" }) })}
        </p>
      )}
    </ReviewStatus>
  );
}
