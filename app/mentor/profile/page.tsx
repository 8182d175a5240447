import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AttestationLinkCard } from "@/components/attestation/attestation-link-card";
import { MentorProfileForm } from "@/components/mentors/mentor-profile-form";
import { PageHeader } from "@/components/page-header";
import { InformSupervisorSection } from "@/components/profiles/inform-supervisor-section";
import { REVIEW_STATUS_TONE, ReviewStatus } from "@/components/review-status";
import { Alert } from "@/components/ui/alert";
import { link } from "@/components/ui/styles";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { loadMentorProfile } from "@/lib/server/mentors/load-mentor-profile";
import { loadSupervisorNotice } from "@/lib/server/profiles/load-supervisor-notice";

/** A mentor's registration: one form; listed at once, or once a programme admin approves it. */
export default async function MentorProfilePage() {
  const user = await requirePermission("manage:mentor-profile:own", "/mentor/profile");
  const locale = await getLocale();
  const [view, t, supervisorNotice] = await Promise.all([
    loadMentorProfile(db(), user, locale),
    getTranslations("mentorProfile"),
    loadSupervisorNotice(db(), user, "mentor"),
  ]);
  const status = view.status ?? "none";
  const refused = status === "rejected" || status === "revoked";

  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      {!view.programme ? (
        <Alert tone="warning" role="status" size="md">
          {t("noProgramme")}
        </Alert>
      ) : (
        <>
          <ReviewStatus
            id="mentor-status"
            tone={REVIEW_STATUS_TONE[status]}
            label={t("status.label", { programme: view.programme.name })}
            title={t(`status.${status}.title`)}
            message={
              view.reviewMessage && (status === "changes_requested" || refused)
                ? { label: t("status.messageLabel"), text: view.reviewMessage }
                : null
            }
            testId="mentor-status"
            status={status}
          >
            <p className="mt-1 text-slate-700">
              {status === "none" || status === "draft"
                ? view.programme.approvalRequired
                  ? t("status.none.approval")
                  : t("status.none.direct")
                : t(`status.${status}.body`)}
            </p>
            {status === "approved" && (
              <p className="mt-3 text-sm">
                <Link href="/engagements" className={link}>
                  {t("status.approved.requests")}
                </Link>
              </p>
            )}
          </ReviewStatus>
          {!refused && (
            <MentorProfileForm
              values={view.values}
              options={view.options}
              capacityMax={view.programme.capacityMax}
              mode={status === "approved" || status === "submitted" ? "save" : "submit"}
            />
          )}
          {supervisorNotice && <InformSupervisorSection view={supervisorNotice} />}
          {status === "approved" && <AttestationLinkCard role="mentor" />}
        </>
      )}
    </div>
  );
}
