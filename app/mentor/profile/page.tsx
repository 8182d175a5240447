import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { MentorProfileForm } from "@/components/mentors/mentor-profile-form";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { loadMentorProfile } from "@/lib/server/mentors/load-mentor-profile";

const TONE: Record<string, string> = {
  none: "border-slate-300 bg-white",
  draft: "border-slate-300 bg-white",
  submitted: "border-brand-100 bg-brand-50",
  changes_requested: "border-amber-400 bg-amber-50",
  approved: "border-emerald-300 bg-emerald-50",
  rejected: "border-red-300 bg-red-50",
  revoked: "border-red-300 bg-red-50",
};

/** A mentor's registration: one form; listed at once, or once a programme admin approves it. */
export default async function MentorProfilePage() {
  const user = await requirePermission("manage:mentor-profile:own", "/mentor/profile");
  const locale = await getLocale();
  const [view, t] = await Promise.all([loadMentorProfile(db(), user, locale), getTranslations("mentorProfile")]);
  const status = view.status ?? "none";
  const refused = status === "rejected" || status === "revoked";
  const link = "font-semibold text-brand-700 underline hover:text-brand-800";

  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      {!view.programme ? (
        <p role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-5 text-amber-950">
          {t("noProgramme")}
        </p>
      ) : (
        <>
          <section
            aria-labelledby="mentor-status"
            className={`rounded-lg border-2 p-5 ${TONE[status]}`}
            data-testid="mentor-status"
            data-status={status}
          >
            <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">
              {t("status.label", { programme: view.programme.name })}
            </p>
            <h2 id="mentor-status" className="mt-1 text-lg font-semibold text-slate-900">
              {t(`status.${status}.title`)}
            </h2>
            <p className="mt-1 text-slate-700">
              {status === "none" || status === "draft"
                ? view.programme.approvalRequired
                  ? t("status.none.approval")
                  : t("status.none.direct")
                : t(`status.${status}.body`)}
            </p>
            {view.reviewMessage && (status === "changes_requested" || refused) && (
              <div
                className="mt-4 rounded-md border border-slate-200 bg-white p-4 shadow-sm"
                data-testid="review-message"
              >
                <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-600">
                  {t("status.messageLabel")}
                </h3>
                <p className="mt-1 whitespace-pre-line font-medium text-slate-900">{view.reviewMessage}</p>
              </div>
            )}
            {status === "approved" && (
              <p className="mt-3 text-sm">
                <Link href="/engagements" className={link}>
                  {t("status.approved.requests")}
                </Link>
              </p>
            )}
          </section>
          {!refused && (
            <MentorProfileForm
              values={view.values}
              options={view.options}
              capacityMax={view.programme.capacityMax}
              mode={status === "approved" || status === "submitted" ? "save" : "submit"}
            />
          )}
        </>
      )}
    </div>
  );
}
