import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { RequestForm, type RequestNamespace } from "@/components/requests/request-form";
import { matchingRules } from "@/lib/domain/matching-rules";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { coachName, loadRequestForm } from "@/lib/server/requests/load-request-form";

type Search = { coach?: string | string[]; kind?: string | string[] };

/** Asking for a coach (the default) or, with ?kind=mentor, for a mentor: the same form, its own words. */
export default async function NewRequestPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { coach, kind: rawKind } = await searchParams;
  const kind = rawKind === "mentor" ? "mentor" : "coach";
  const rules = matchingRules(kind);
  const namespace: RequestNamespace = kind === "mentor" ? "mentorRequests" : "requests";
  const wanted = typeof coach === "string" ? coach.slice(0, 64) : "";
  const query = [kind === "mentor" ? "kind=mentor" : "", wanted ? `coach=${encodeURIComponent(wanted)}` : ""]
    .filter(Boolean)
    .join("&");
  const user = await requirePermission(rules.requestPermission, `/requests/new${query ? `?${query}` : ""}`);
  const [t, locale] = await Promise.all([getTranslations(namespace as "requests"), getLocale()]);
  const form = await loadRequestForm(db(), user, locale, kind);
  const prefill = form.coaches.some((c) => c.id === wanted) ? wanted : "";
  const unavailable = wanted && !prefill ? await coachName(db(), wanted) : null;
  const link = "font-semibold text-brand-700 underline hover:text-brand-800";
  const programmePage = kind === "mentor" ? "/programmes/mentoring" : "/programmes/peer-coaching";

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      {form.state === "notEnrolled" && (
        <section role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-5">
          <h2 className="font-semibold text-amber-900">{t("notEnrolled.title")}</h2>
          <p className="mt-1 text-amber-900">{t("notEnrolled.body")}</p>
          <p className="mt-3">
            <Link href={programmePage} className={link}>
              {t("notEnrolled.link")}
            </Link>
          </p>
        </section>
      )}
      {(form.state === "alreadyOpen" || form.state === "alreadyEngaged") && (
        <section role="status" className="rounded-lg border border-sky-200 bg-sky-50 p-5">
          <p className="text-sky-900">{t(form.state)}</p>
          <p className="mt-3">
            <Link href="/engagements" className={link}>
              {t("seeEngagements")}
            </Link>
          </p>
        </section>
      )}
      {form.state === "ready" && (
        <div className="rounded-lg bg-white p-6 shadow-sm">
          {unavailable && (
            <p
              role="alert"
              className="mb-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
            >
              {t("coachUnavailable", { name: unavailable })}
            </p>
          )}
          <p className="mb-5 text-sm text-slate-600">{t("howItWorks", { days: form.workingDays })}</p>
          {form.coaches.length === 0 ? (
            <p className="text-slate-700">{t("noCoaches")}</p>
          ) : (
            <RequestForm
              kind={kind}
              namespace={namespace}
              maxChoices={form.maxChoices}
              coaches={form.coaches}
              firstChoice={prefill}
            />
          )}
          <p className="mt-5 border-t border-slate-100 pt-4 text-sm">
            <Link href={rules.directoryPath} className={link}>
              {t("browse")}
            </Link>
          </p>
        </div>
      )}
    </div>
  );
}
