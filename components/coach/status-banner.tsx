import { getFormatter, getTranslations } from "next-intl/server";
import { eyebrow } from "@/components/ui/styles";
import type { ProfileStatus } from "@/lib/domain/coach-lifecycle";

const TONE: Record<ProfileStatus, { box: string; dot: string }> = {
  draft: { box: "border-slate-300 bg-white", dot: "bg-slate-400" },
  submitted: { box: "border-brand-100 bg-brand-50", dot: "bg-brand-600" },
  changes_requested: { box: "border-amber-400 bg-amber-50", dot: "bg-amber-500" },
  approved: { box: "border-emerald-300 bg-emerald-50", dot: "bg-emerald-600" },
  rejected: { box: "border-red-300 bg-red-50", dot: "bg-red-600" },
  revoked: { box: "border-red-300 bg-red-50", dot: "bg-red-600" },
};

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
  const tone = TONE[status];
  const messageLabel =
    status === "changes_requested"
      ? t("changes_requested.messageLabel")
      : status === "rejected" || status === "revoked"
        ? t(`${status}.reasonLabel`)
        : null;
  return (
    <section
      aria-labelledby="status-title"
      className={`rounded-lg border-2 p-5 ${tone.box}`}
      data-testid="coach-status"
      data-status={status}
    >
      <p className={eyebrow.muted}>{t("label")}</p>
      <h2 id="status-title" className="mt-1 flex flex-wrap items-center gap-2 text-lg font-semibold text-slate-900">
        <span aria-hidden className={`h-3 w-3 rounded-full ${tone.dot}`} />
        {t(`${status}.title`)}
      </h2>
      <p className="mt-1 text-slate-700">{t(`${status}.body`)}</p>
      {status === "submitted" && submittedAt && (
        <p className="mt-1 text-sm text-slate-600">
          {t("submitted.since", { date: format.dateTime(submittedAt, { dateStyle: "long", timeStyle: "short" }) })}
        </p>
      )}
      {messageLabel && reviewMessage && (
        <div className="mt-4 rounded-md border border-slate-200 bg-white p-4 shadow-sm" data-testid="review-message">
          <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-600">{messageLabel}</h3>
          <p className="mt-1 whitespace-pre-line text-base font-medium text-slate-900">{reviewMessage}</p>
        </div>
      )}
    </section>
  );
}
