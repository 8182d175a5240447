// The attestation of participation: a printable page for the client of a completed engagement,
// to count it as a development activity in their appraisal. Anyone else gets "not found" (the
// coach included). In the viewer's language; no evaluation and no note on it.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AttendedWorkshops } from "@/components/attestation/attended-workshops";
import { PrintButton } from "@/components/print-button";
import { BackLink } from "@/components/ui/back-link";
import { localized } from "@/lib/i18n/localized";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { loadAttestation } from "@/lib/server/feedback/load-attestation";
import { loadAttendedWorkshops } from "@/lib/server/workshops/load-attended-workshops";
import "@/components/attestation/attestation.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("attestation");
  return { title: t("title") };
}

export default async function AttestationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/engagements/${id}/attestation`);
  const attestation = await loadAttestation(db(), user, id);
  if (!attestation) notFound();
  const [t, tc, format, locale, workshops] = await Promise.all([
    getTranslations("attestation"),
    getTranslations("common"),
    getFormatter(),
    getLocale(),
    loadAttendedWorkshops(db(), user.id),
  ]);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const rows: [string, string][] = [
    [t("participant"), attestation.clientName],
    [t("programme"), localized(attestation.programme, "name", locale)],
    ...(attestation.cohort
      ? ([[t("cohort"), localized(attestation.cohort, "name", locale)]] as [string, string][])
      : []),
    [t(`partner.${attestation.programme.type}`), attestation.coachName],
    [t("period"), t("periodValue", { from: day(attestation.startedAt), to: day(attestation.completedAt) })],
    [t("sessions"), t("sessionsValue", { count: attestation.sessionsCompleted })],
  ];

  return (
    <div className="space-y-6">
      <div className="attestation-screen-only flex flex-wrap items-center justify-between gap-4">
        <BackLink href={`/engagements/${id}`}>{t("back")}</BackLink>
        <div className="flex flex-wrap items-center gap-3">
          <p className="max-w-xs text-sm text-slate-600">{t("printHint")}</p>
          <PrintButton label={t("print")} />
        </div>
      </div>

      <article
        aria-labelledby="attestation-title"
        className="attestation-sheet mx-auto max-w-3xl rounded-lg border border-slate-200 bg-white px-10 py-12 shadow-sm"
        data-testid="attestation"
      >
        <div className="flex items-baseline justify-between border-b-2 border-brand-600 pb-4">
          <p className="text-2xl font-bold text-brand-700">{tc("appName")}</p>
          <p className="text-sm text-slate-600">{day(new Date())}</p>
        </div>
        <h1 id="attestation-title" className="mt-10 text-center text-3xl font-bold tracking-tight text-slate-900">
          {t("title")}
        </h1>
        <p className="mt-8 text-lg leading-relaxed text-slate-800">
          {t("statement", { client: attestation.clientName })}
        </p>
        <dl className="mt-8 divide-y divide-slate-200 border-y border-slate-200">
          {rows.map(([label, value]) => (
            <div key={label} className="grid grid-cols-[12rem_1fr] gap-4 py-3">
              <dt className="font-medium text-slate-600">{label}</dt>
              <dd className="font-semibold text-slate-900">{value}</dd>
            </div>
          ))}
        </dl>
        <AttendedWorkshops workshops={workshops} />
        <p className="mt-8 leading-relaxed text-slate-800">{t("development")}</p>
        <p className="mt-3 text-sm leading-relaxed text-slate-600">{t("confidential")}</p>
        <p className="mt-12 text-sm text-slate-600">{t("issued", { date: day(new Date()) })}</p>
      </article>
    </div>
  );
}
