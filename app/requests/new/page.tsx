import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { RequestForm, type RequestNamespace } from "@/components/requests/request-form";
import { SuggestionsBlock } from "@/components/suggestions/suggestions-block";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { link } from "@/components/ui/styles";
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
  const programmePage = kind === "mentor" ? "/programmes/mentoring" : "/programmes/peer-coaching";

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      {form.state === "notEnrolled" && (
        <Alert tone="warning" role="alert" size="md">
          <h2 className="font-semibold">{t("notEnrolled.title")}</h2>
          <p className="mt-1">{t("notEnrolled.body")}</p>
          <p className="mt-3">
            <Link href={programmePage} className={link}>
              {t("notEnrolled.link")}
            </Link>
          </p>
        </Alert>
      )}
      {(form.state === "alreadyOpen" || form.state === "alreadyEngaged") && (
        <Alert tone="info" role="status" size="md">
          <p>{t(form.state)}</p>
          <p className="mt-3">
            <Link href="/engagements" className={link}>
              {t("seeEngagements")}
            </Link>
          </p>
        </Alert>
      )}
      {form.state === "ready" && form.coaches.length > 0 && <SuggestionsBlock kind={kind} user={user} />}
      {form.state === "ready" && (
        <Card as="div" padding="roomy">
          {unavailable && (
            <Alert tone="warning" role="alert" className="mb-4">
              {t("coachUnavailable", { name: unavailable })}
            </Alert>
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
        </Card>
      )}
    </div>
  );
}
