import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AboutForm } from "@/components/coach/about-form";
import { CapacityForm } from "@/components/coach/capacity-form";
import { CoachingForm } from "@/components/coach/coaching-form";
import { CommitmentsForm } from "@/components/coach/commitments-form";
import { CommitmentsText } from "@/components/coach/commitments-text";
import { CredentialRenewalSection, DevelopmentSection } from "@/components/coach/credential-currency";
import { CredentialDocuments } from "@/components/coach/credential-documents";
import { CredentialsForm } from "@/components/coach/credentials-form";
import { CredentialsSummary } from "@/components/coach/credentials-summary";
import { PhotoForm } from "@/components/coach/photo-form";
import { StatusBanner } from "@/components/coach/status-banner";
import { SubmissionProgress } from "@/components/coach/submission-progress";
import { SubmitForm } from "@/components/coach/submit-form";
import { PageHeader } from "@/components/page-header";
import { InformSupervisorSection } from "@/components/profiles/inform-supervisor-section";
import { Card } from "@/components/ui/card";
import { transition } from "@/lib/domain/coach-lifecycle";
import { COMMITMENTS_VERSION } from "@/lib/domain/commitments";
import { formatDay } from "@/lib/domain/credential-expiry";
import { COACHING_FIGURES } from "@/lib/domain/session-plans";
import { requirePermission } from "@/lib/server/auth/current-user";
import { ensureCoachProfile } from "@/lib/server/coaches/ensure-coach-profile";
import { loadOwnCredentialCurrency } from "@/lib/server/credentials/load-credential-currency";
import { loadCoachProfile } from "@/lib/server/coaches/load-coach-profile";
import { db } from "@/lib/server/db";
import { loadSupervisorNotice } from "@/lib/server/profiles/load-supervisor-notice";

export default async function CoachProfilePage() {
  const user = await requirePermission("manage:coach-profile:own", "/coach/profile");
  // First visit: the coach's draft registration is created (idempotent; nothing is written afterwards).
  await ensureCoachProfile(db(), user);
  const locale = await getLocale();
  const [view, t, format, supervisorNotice, currency, tr] = await Promise.all([
    loadCoachProfile(db(), user, locale),
    getTranslations("coachProfile"),
    getFormatter(),
    loadSupervisorNotice(db(), user, "coach"),
    loadOwnCredentialCurrency(db(), user),
    getTranslations("credentialRenewal"),
  ]);
  if (!view) throw new Error("The coach profile could not be loaded.");
  const { profile, person, documents, missing, options } = view;

  const acceptedLine =
    profile.commitmentsCurrent && profile.commitmentsAcceptedAt
      ? t("commitments.accepted", {
          version: profile.commitmentsVersion ?? "",
          date: format.dateTime(profile.commitmentsAcceptedAt, { dateStyle: "long", timeStyle: "short" }),
        })
      : null;
  const outdatedLine =
    !profile.commitmentsCurrent && profile.commitmentsVersion
      ? t("commitments.outdated", { version: profile.commitmentsVersion, current: COMMITMENTS_VERSION })
      : null;
  // The submit section appears only while the lifecycle allows a submission (draft, changes requested).
  const submittable = transition(profile.status, "submit").ok;
  const submitReason = missing.length > 0 ? t("submit.notReady", { count: missing.length }) : null;

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <StatusBanner status={profile.status} reviewMessage={profile.reviewMessage} submittedAt={profile.submittedAt} />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <aside className="lg:sticky lg:top-4 lg:order-2">
          <SubmissionProgress missing={missing} submittable={submittable} />
        </aside>
        <div className="min-w-0 space-y-6 lg:order-1">
          <Section id="about" title={t("about.title")} lead={t("about.lead")}>
            <div className="mb-6 border-b border-slate-100 pb-6">
              <PhotoForm userId={person.id} name={person.name || person.email} photoVersion={profile.photoVersion} />
            </div>
            <AboutForm
              values={{
                name: person.name,
                entityId: person.entityId,
                dutyStationId: person.dutyStationId,
                timeZone: person.timeZone,
                gender: person.gender,
                languages: person.languages,
                networkIds: person.networkIds,
              }}
              options={options}
            />
          </Section>

          <Section id="coaching" title={t("coaching.title")} lead={t("coaching.lead")}>
            <CoachingForm
              values={{
                coachingLanguages: profile.coachingLanguages,
                expertiseAreas: profile.expertiseAreas,
                bioEn: profile.bioEn,
                bioFr: profile.bioFr,
                approachEn: profile.approachEn,
                approachFr: profile.approachFr,
              }}
              languages={options.languages}
            />
          </Section>

          <Section id="credentials" title={t("credentials.title")} lead={t("credentials.lead")}>
            <div className="space-y-8">
              {view.credentialsEditable ? (
                <CredentialsForm
                  values={{
                    staffStatus: profile.isFormerStaff ? "former" : "current",
                    // No radio chosen yet: the form's schema asks for one before saving.
                    credentialKind: profile.credentialKind as NonNullable<typeof profile.credentialKind>,
                    trainingHours: profile.trainingHours,
                    observedPractice: profile.observedPractice ?? false,
                    credentialDate: currency?.credentialDate ? formatDay(currency.credentialDate) : "",
                    credentialExpiresOn: currency?.expiresOn ? formatDay(currency.expiresOn) : "",
                  }}
                />
              ) : (
                <CredentialsSummary profile={profile} />
              )}
              <CredentialDocuments documents={documents} editable={view.credentialsEditable} />
            </div>
          </Section>

          {currency && profile.status === "approved" && (
            <Section id="renewal" title={tr("title")} lead={tr("lead")}>
              <CredentialRenewalSection view={currency} now={new Date()} />
            </Section>
          )}

          {currency && (
            <Section id="development" title={tr("developmentTitle")} lead={tr("developmentLead")}>
              <DevelopmentSection view={currency} editable />
            </Section>
          )}

          <Section id="capacity" title={t("capacity.title")} lead={t("capacity.lead", COACHING_FIGURES)}>
            <CapacityForm values={{ capacity: profile.capacity, availability: profile.availability }} />
          </Section>

          <Section id="commitments" title={t("commitments.title")} lead={t("commitments.lead")}>
            <CommitmentsText />
            <CommitmentsForm acceptedLine={acceptedLine} outdatedLine={outdatedLine} />
          </Section>

          {submittable && (
            <Section id="submit" title={t("submit.title")} lead={t("submit.lead")}>
              <SubmitForm canSubmit={view.canSubmit} reason={submitReason} />
            </Section>
          )}

          {supervisorNotice && <InformSupervisorSection view={supervisorNotice} />}
        </div>
      </div>
    </div>
  );
}

/** One section of the registration: an anchor for the checklist's links, a title, a lead. */
function Section({
  id,
  title,
  lead,
  children,
}: {
  id: string;
  title: string;
  lead: string;
  children: React.ReactNode;
}) {
  return (
    <Card id={id} heading={title} headingId={`${id}-title`} lead={lead} className="scroll-mt-6 sm:p-6">
      <div className="mt-5">{children}</div>
    </Card>
  );
}
