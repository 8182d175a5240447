import type { ReactNode } from "react";
import { eyebrow } from "@/components/ui/styles";
import type { ProfileStatus } from "@/lib/domain/coach-lifecycle";

/** The colour of a registration's status: neutral while drafted, brand while reviewed, then the outcome's. */
export type ReviewStatusTone = "neutral" | "brand" | "attention" | "success" | "danger";

/** The tone of each status a registration goes through ("none": nothing registered yet). */
export const REVIEW_STATUS_TONE: Record<ProfileStatus | "none", ReviewStatusTone> = {
  none: "neutral",
  draft: "neutral",
  submitted: "brand",
  changes_requested: "attention",
  approved: "success",
  rejected: "danger",
  revoked: "danger",
};

const BOX: Record<ReviewStatusTone, string> = {
  neutral: "border-slate-300 bg-white",
  brand: "border-brand-100 bg-brand-50",
  attention: "border-amber-400 bg-amber-50",
  success: "border-emerald-300 bg-emerald-50",
  danger: "border-red-300 bg-red-50",
};
const DOT: Record<ReviewStatusTone, string> = {
  neutral: "bg-slate-400",
  brand: "bg-brand-600",
  attention: "bg-amber-500",
  success: "bg-emerald-600",
  danger: "bg-red-600",
};

/**
 * Where a coach's or a mentor's registration stands: a label, the status as a title (its dot
 * repeats the colour), what it means, and the reviewer's message when there is one.
 */
export function ReviewStatus({
  id,
  tone,
  label,
  title,
  children,
  message,
  testId,
  status,
}: {
  id: string;
  tone: ReviewStatusTone;
  label: string;
  title: string;
  children: ReactNode;
  message?: { label: string; text: string } | null;
  testId: string;
  status: string;
}) {
  return (
    <section
      aria-labelledby={id}
      className={`rounded-lg border-2 p-5 ${BOX[tone]}`}
      data-testid={testId}
      data-status={status}
    >
      <p className={eyebrow.muted}>{label}</p>
      <h2 id={id} className="mt-1 flex flex-wrap items-center gap-2 text-lg font-semibold text-slate-900">
        <span aria-hidden className={`h-3 w-3 rounded-full ${DOT[tone]}`} />
        {title}
      </h2>
      {children}
      {message && (
        <div className="mt-4 rounded-md border border-slate-200 bg-white p-4 shadow-sm" data-testid="review-message">
          <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-600">{message.label}</h3>
          <p className="mt-1 whitespace-pre-line text-base font-medium text-slate-900">{message.text}</p>
        </div>
      )}
    </section>
  );
}
