import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { CredentialHistory } from "@/components/hr/credential-history";
import { placeName, STATUS_TONE } from "@/components/hr/credential-labels";
import { DecisionForm } from "@/components/hr/decision-form";
import { waitFor } from "@/components/hr/wait";
import { allowedEvents, awaitsNoReview } from "@/lib/domain/coach-lifecycle";
import { MIN_TRAINING_HOURS } from "@/lib/domain/coach-profile";
import { can } from "@/lib/domain/roles";
import { requirePermission } from "@/lib/server/auth/current-user";
import { loadCredentialHistory } from "@/lib/server/credentials/load-credential-history";
import { loadCredentialSubmission } from "@/lib/server/credentials/load-credential-submission";
import { db } from "@/lib/server/db";
import { CREDENTIAL_DECISIONS, REVIEW_DECISIONS, type CredentialDecision } from "@/lib/validation/credential-review";

type Params = { params: Promise<{ id: string }>; searchParams: Promise<{ decided?: string }> };

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm font-medium text-slate-500">{label}</dt>
      <dd className="mt-0.5 sm:col-span-2 sm:mt-0">{children}</dd>
    </div>
  );
}

function Section({
  id,
  title,
  children,
  aside,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
  aside?: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="rounded-lg bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        {aside}
      </div>
      <div className="mt-3">{children}</div>
    </section>
  );
}

export default async function CredentialReviewPage({ params, searchParams }: Params) {
  const { id } = await params;
  const user = await requirePermission("view:credential-queue", `/hr/credentials/${id}`);
  const [submission, history] = await Promise.all([
    loadCredentialSubmission(db(), user, id),
    loadCredentialHistory(db(), user, id),
  ]);
  if (!submission) notFound();
  const { decided } = await searchParams;
  const [t, te, format, locale] = await Promise.all([
    getTranslations("hrCredentials"),
    getTranslations("expertise"),
    getFormatter(),
    getLocale(),
  ]);
  const s = submission;
  const now = new Date();
  const languageNames = new Intl.DisplayNames([locale], { type: "language" });
  const languages = (codes: string[]) =>
    codes.length ? codes.map((c) => languageNames.of(c) ?? c).join(", ") : t("detail.none");
  const day = (d: Date) => format.dateTime(d, { day: "numeric", month: "long", year: "numeric" });
  const training = s.credentialKind === "icf_training";
  const kindLabel = s.credentialKind ? t(`kinds.${s.credentialKind}`) : t("noKind");

  const canReview = can(user.roles, "review:credential:any");
  const decisions = allowedEvents(s.status).filter((e): e is CredentialDecision =>
    (CREDENTIAL_DECISIONS as readonly string[]).includes(e),
  );
  // The order the reviewer reads them: the positive decision first.
  const reviewDecisions = REVIEW_DECISIONS.filter((d) => decisions.includes(d));
  const wait = s.status === "submitted" && s.submittedAt ? waitFor(s.submittedAt, now, locale) : null;
  const justDecided = (CREDENTIAL_DECISIONS as readonly string[]).includes(decided ?? "")
    ? (decided as CredentialDecision)
    : null;
  const staffStatus = s.isFormerStaff
    ? t("detail.formerStaff")
    : s.coach.appointmentType
      ? t("detail.currentStaffAs", { appointment: t(`appointment.${s.coach.appointmentType}`) })
      : t("detail.currentStaff");
  const bilingual = (en: string | null, fr: string | null) => {
    const parts = [
      { lang: "en", label: t("detail.inEnglish"), text: en },
      { lang: "fr", label: t("detail.inFrench"), text: fr },
    ].filter((p) => p.text?.trim());
    if (parts.length === 0) return <p className="text-slate-500">{t("detail.none")}</p>;
    return (
      <div className="space-y-3">
        {parts.map((p) => (
          <div key={p.lang} lang={p.lang}>
            <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{p.label}</p>
            <p className="mt-0.5 whitespace-pre-line">{p.text}</p>
          </div>
        ))}
      </div>
    );
  };

  return (
    <div className="space-y-6">
      <Link href="/hr/credentials" className="text-sm text-brand-700 hover:underline">
        ← {t("detail.back")}
      </Link>

      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-bold">{s.coach.name ?? s.coach.email}</h1>
          <span
            className={`rounded px-2 py-0.5 text-sm font-medium ${STATUS_TONE[s.status]}`}
            data-testid="status-badge"
          >
            {t(`status.${s.status}`)}
          </span>
        </div>
        <p className="text-slate-600">
          {kindLabel}
          {training && s.trainingHours != null && ` · ${t("hours", { hours: s.trainingHours })}`}
          {" · "}
          {s.coach.entity?.code ?? "—"}, {placeName(s.coach.dutyStation, locale)}
        </p>
        <p className="text-sm text-slate-600">
          {s.submittedAt ? t("detail.submittedOn", { date: day(s.submittedAt) }) : t("detail.notSubmitted")}
          {wait && (
            <span
              className={
                wait.level === "overdue"
                  ? "font-semibold text-red-700"
                  : wait.level === "long"
                    ? "font-semibold text-amber-800"
                    : ""
              }
            >
              {" · "}
              {t("detail.waiting", { duration: wait.words })}
            </span>
          )}
          {s.reviewedAt && s.status !== "submitted" && ` · ${t("detail.decidedOn", { date: day(s.reviewedAt) })}`}
        </p>
      </header>

      {justDecided && (
        <p role="status" className="rounded border border-emerald-200 bg-emerald-50 p-3 text-emerald-900">
          {t(`done.${justDecided}`)}
        </p>
      )}

      {s.reviewMessage && (s.status === "changes_requested" || s.status === "rejected" || s.status === "revoked") && (
        <div className="rounded border border-amber-200 bg-amber-50 p-4">
          <p className="text-sm font-semibold text-amber-900">{t(`detail.reviewMessage.${s.status}`)}</p>
          <p className="mt-1 whitespace-pre-line">{s.reviewMessage}</p>
        </div>
      )}

      <div className="grid gap-6 lg:grid-cols-5">
        <div className="space-y-6 lg:col-span-3">
          <Section
            id="documents"
            title={t("detail.documents")}
            aside={<span className="text-sm text-slate-500">{s.documents.length}</span>}
          >
            {s.documents.length === 0 ? (
              <p className="text-slate-600">{t("detail.noDocuments")}</p>
            ) : (
              <ul className="space-y-6">
                {s.documents.map((doc) => {
                  const src = `/api/files/credentials/${doc.id}`;
                  return (
                    <li key={doc.id} data-testid="credential-document">
                      <div className="flex flex-wrap items-baseline justify-between gap-2">
                        <p className="font-medium">{doc.fileName}</p>
                        <a
                          href={src}
                          target="_blank"
                          rel="noopener noreferrer"
                          className="text-sm text-brand-700 underline"
                        >
                          {t("detail.openDocument")}
                          <span className="sr-only"> ({doc.fileName})</span>
                        </a>
                      </div>
                      <p className="text-xs text-slate-500">
                        {t("detail.documentMeta", {
                          size: format.number(doc.size / 1024, {
                            style: "unit",
                            unit: "kilobyte",
                            maximumFractionDigits: 1,
                          }),
                          date: day(doc.uploadedAt),
                        })}
                      </p>
                      {doc.contentType === "application/pdf" ? (
                        <iframe
                          src={`${src}#navpanes=0&view=FitH`}
                          title={t("detail.documentFrame", { name: doc.fileName })}
                          className="mt-2 h-[560px] w-full rounded border border-slate-300 bg-slate-100"
                        />
                      ) : doc.contentType.startsWith("image/") ? (
                        // eslint-disable-next-line @next/next/no-img-element -- a private, uncached file: no image optimisation
                        <img
                          src={src}
                          alt={t("detail.documentFrame", { name: doc.fileName })}
                          className="mt-2 max-h-[560px] rounded border border-slate-300"
                        />
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            )}
          </Section>

          <Section id="profile" title={t("detail.profile")}>
            <dl className="divide-y divide-slate-100">
              <Field label={t("detail.email")}>{s.coach.email}</Field>
              <Field label={t("detail.entity")}>
                {s.coach.entity ? `${s.coach.entity.code} — ${placeName(s.coach.entity, locale)}` : "—"}
              </Field>
              <Field label={t("detail.dutyStation")}>{placeName(s.coach.dutyStation, locale)}</Field>
              <Field label={t("detail.staffStatus")}>{staffStatus}</Field>
              <Field label={t("detail.languages")}>{languages(s.coach.languages)}</Field>
              <Field label={t("detail.coachingLanguages")}>{languages(s.coachingLanguages)}</Field>
              <Field label={t("detail.expertise")}>
                {s.expertiseAreas.length ? (
                  <ul className="flex flex-wrap gap-1">
                    {s.expertiseAreas.map((a) => (
                      <li key={a} className="rounded-full bg-brand-50 px-2 py-0.5 text-sm text-brand-900">
                        {te(a)}
                      </li>
                    ))}
                  </ul>
                ) : (
                  t("detail.none")
                )}
              </Field>
              <Field label={t("detail.capacity")}>{t("detail.capacityValue", { count: s.capacity })}</Field>
              <Field label={t("detail.availability")}>{t(`detail.availabilityValue.${s.availability}`)}</Field>
              <Field label={t("detail.commitments")}>
                {s.commitmentsAcceptedAt
                  ? t("detail.commitmentsAccepted", { date: day(s.commitmentsAcceptedAt) })
                  : t("detail.commitmentsMissing")}
              </Field>
            </dl>
            <div className="mt-4 space-y-4 border-t border-slate-100 pt-4">
              <div>
                <h3 className="font-semibold">{t("detail.bio")}</h3>
                <div className="mt-1">{bilingual(s.bioEn, s.bioFr)}</div>
              </div>
              <div>
                <h3 className="font-semibold">{t("detail.approach")}</h3>
                <div className="mt-1">{bilingual(s.approachEn, s.approachFr)}</div>
              </div>
            </div>
          </Section>
        </div>

        <div className="space-y-6 lg:col-span-2">
          <Section id="credential" title={t("detail.credential")}>
            <dl className="divide-y divide-slate-100">
              <Field label={t("detail.credentialKind")}>
                {s.credentialKind ? t(`kindsLong.${s.credentialKind}`) : t("noKind")}
              </Field>
              <Field label={t("detail.trainingHours")}>
                {training
                  ? s.trainingHours != null
                    ? t("hours", { hours: s.trainingHours })
                    : t("detail.none")
                  : t("notApplicable")}
                {training && s.trainingHours != null && s.trainingHours < MIN_TRAINING_HOURS && (
                  <span className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-800">
                    {t("detail.belowMinimum", { min: MIN_TRAINING_HOURS })}
                  </span>
                )}
              </Field>
              <Field label={t("detail.observedPractice")}>
                {training
                  ? s.observedPractice == null
                    ? t("detail.none")
                    : s.observedPractice
                      ? t("yes")
                      : t("no")
                  : t("notApplicable")}
              </Field>
            </dl>
          </Section>

          {canReview && reviewDecisions.length > 0 && (
            <Section id="review" title={t("decision.sectionTitle")}>
              <DecisionForm
                profileId={s.id}
                mode="review"
                decisions={reviewDecisions}
                training={training}
                kindLabel={kindLabel}
                declaredHours={s.trainingHours}
                declaredObserved={s.observedPractice}
              />
            </Section>
          )}
          {canReview && decisions.includes("revoke") && (
            <Section id="revoke" title={t("revoke.title")}>
              <p className="mb-4 text-sm text-slate-600">{t("revoke.lead")}</p>
              <DecisionForm
                profileId={s.id}
                mode="revoke"
                decisions={["revoke"]}
                training={training}
                kindLabel={kindLabel}
                declaredHours={s.trainingHours}
                declaredObserved={s.observedPractice}
              />
            </Section>
          )}
          {!canReview && (
            <p
              className="rounded border border-slate-200 bg-slate-100 p-4 text-sm text-slate-700"
              data-testid="read-only-note"
            >
              {t("decision.readOnly")}
            </p>
          )}
          {canReview && awaitsNoReview(s.status) && (
            <p className="rounded border border-slate-200 bg-slate-100 p-4 text-sm text-slate-700">
              {t(`decision.none.${s.status}`)}
            </p>
          )}

          <Section id="history" title={t("history.title")}>
            <CredentialHistory entries={history} />
          </Section>
        </div>
      </div>
    </div>
  );
}
