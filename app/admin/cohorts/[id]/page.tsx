import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { BarChart } from "@/components/charts/bar-chart";
import { DashboardFilters } from "@/components/admin/dashboard-filters";
import { DashboardTableView } from "@/components/admin/dashboard-table";
import { FigureCard } from "@/components/admin/figure-card";
import { monthLabel } from "@/components/admin/format-cell";
import { PageHeader } from "@/components/page-header";
import {
  bucketRanges,
  COACH_LOADS,
  CREDENTIAL_WAIT_BOUNDS_DAYS,
  dashboardAccess,
  PENDING_AGE_BOUNDS_DAYS,
} from "@/lib/domain/cohort-figures";
import { FEEDBACK_MIN_ANSWERS, FEEDBACK_MIN_PEOPLE } from "@/lib/domain/feedback";
import { localized } from "@/lib/i18n/localized";
import { requireUser } from "@/lib/server/auth/current-user";
import {
  buildDashboardTables,
  type DashboardTable,
  type TableKey,
} from "@/lib/server/dashboard/build-dashboard-tables";
import { labelSessionStep } from "@/lib/server/dashboard/label-session-step";
import { loadCohortDashboard } from "@/lib/server/dashboard/load-cohort-dashboard";
import { db } from "@/lib/server/db";
import { dashboardFilterSchema } from "@/lib/validation/programmes";

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const card = "rounded-lg bg-white p-5 shadow-sm";

export default async function CohortDashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Search>;
}) {
  const { id } = await params;
  const user = await requireUser(`/admin/cohorts/${id}`);
  // Programme admins see everything, HR reviewers the credential queue's figures, others nothing.
  if (dashboardAccess(user.roles) === "none") forbidden();
  const raw = await searchParams;
  const filter = dashboardFilterSchema.parse({ entity: first(raw.entity), station: first(raw.station) });
  const [d, t, format, locale, stepLabel] = await Promise.all([
    loadCohortDashboard(db(), user, id, filter),
    getTranslations("dashboard"),
    getFormatter(),
    getLocale(),
    labelSessionStep(),
  ]);
  if (!d) notFound();
  const tables = new Map(buildDashboardTables(d, t, stepLabel).map((x) => [x.key, x]));
  const base = `/admin/cohorts/${d.cohort.id}`;
  const query = new URLSearchParams();
  if (filter.entity) query.set("entity", filter.entity);
  if (filter.station) query.set("station", filter.station);
  const qs = query.toString() ? `?${query}` : "";
  const number = (n: number) => format.number(n, { maximumFractionDigits: 0 });
  const decimal = (n: number) => format.number(n, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const percent = (n: number | null) =>
    n === null ? "—" : format.number(n, { style: "percent", maximumFractionDigits: 0 });
  const days = (n: number | null) => (n === null ? "—" : t("units.days", { days: decimal(n) }));

  const table = (key: TableKey, extra: { emptyText?: string; note?: string } = {}) => {
    const tb = tables.get(key);
    if (!tb) return null;
    return (
      <DashboardTableView
        table={tb}
        locale={locale}
        csvHref={`${base}/csv/${key}${qs}`}
        downloadLabel={t("download")}
        downloadName={t("downloadNamed", { table: tb.title })}
        {...extra}
      />
    );
  };
  const chartOf = (
    tb: DashboardTable | undefined,
    id: string,
    summary: string,
    tone: "brand" | "emerald" | "amber" = "brand",
  ) =>
    tb ? (
      <BarChart
        id={id}
        title={tb.title}
        summary={summary}
        locale={locale}
        orientation="horizontal"
        categories={tb.rows.map((r) => String(r[0]))}
        series={[
          {
            key: "n",
            label: tb.columns[1].label,
            values: tb.rows.map((r) => (typeof r[1] === "number" ? r[1] : 0)),
            tone,
          },
        ]}
      />
    ) : null;

  const placeName = (list: { code: string; nameEn: string; nameFr: string }[], code: string | null) => {
    const p = list.find((x) => x.code === code);
    return p ? localized(p, "name", locale) : code;
  };
  const filtered = [
    filter.entity && placeName(d.options.entities, filter.entity),
    filter.station && placeName(d.options.stations, filter.station),
  ]
    .filter(Boolean)
    .join(" · ");
  const dates = format.dateTimeRange(d.cohort.startsOn, d.cohort.endsOn, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  const f = d.figures;

  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link
          href={d.access === "full" ? "/admin/programmes" : "/admin/cohorts"}
          className="font-semibold text-brand-700 underline"
        >
          ← {d.access === "full" ? t("backToProgrammes") : t("backToDashboards")}
        </Link>
      </nav>
      <PageHeader
        title={t("title", { cohort: localized(d.cohort, "name", locale) })}
        lead={`${localized(d.cohort.programme, "name", locale)} · ${dates} · ${t(`status.${d.cohort.status}`)}`}
      />
      {d.access !== "full" && (
        <p role="note" className="rounded border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-900">
          {t("hrOnly")}
        </p>
      )}
      <DashboardFilters
        action={base}
        filter={filter}
        options={d.options}
        locale={locale}
        labels={{
          title: t("filters.title"),
          entity: t("filters.entity"),
          allEntities: t("filters.allEntities"),
          station: t("filters.station"),
          allStations: t("filters.allStations"),
          apply: t("filters.apply"),
          clear: t("filters.clear"),
          hint: d.access === "full" ? t("filters.hint") : t("filters.hintCoaches"),
        }}
      />
      {filtered && (
        <p role="status" className="text-sm font-medium text-slate-700" data-testid="filter-status">
          {t("filters.showing", { filter: filtered })}
        </p>
      )}

      {f && (
        <>
          <section aria-labelledby="key-figures">
            <h2 id="key-figures" className="sr-only">
              {t("keyFigures")}
            </h2>
            <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
              <FigureCard
                testId="figure-seats"
                label={t("cards.seats")}
                value={t("cards.outOf", { value: number(f.seats.held), total: number(f.seats.seats) })}
                detail={t("cards.waitlist", { count: f.seats.waitlisted })}
              />
              <FigureCard
                testId="figure-matched"
                label={t("cards.matched")}
                value={percent(f.funnelRates.matched)}
                detail={t("cards.matchedDetail", {
                  matched: number(f.funnel.matched),
                  enrolled: number(f.funnel.enrolled),
                })}
              />
              <FigureCard
                testId="figure-time-to-match"
                label={t("cards.timeToMatch")}
                value={days(f.timeToMatch.medianDays)}
                detail={t("cards.pending", { count: f.pending.total })}
              />
              <FigureCard
                testId="figure-sessions"
                label={t("cards.sessions")}
                value={t("cards.outOf", { value: number(f.sessions.held), total: number(f.sessions.planned) })}
                detail={t("cards.sessionsDetail", { missed: f.sessions.missed })}
              />
              <FigureCard
                testId="figure-completion"
                label={t("cards.completion")}
                value={percent(f.completionRate)}
                detail={t("cards.completionDetail", {
                  completed: number(f.outcomes.completed),
                  ended: number(f.outcomes.ended),
                })}
              />
              <FigureCard
                testId="figure-utilisation"
                label={t("cards.utilisation")}
                value={percent(f.coaches.utilisation)}
                detail={t("cards.utilisationDetail", {
                  active: number(f.coaches.activeClients),
                  capacity: number(f.coaches.capacity),
                  coaches: f.coaches.coaches,
                })}
              />
              <FigureCard
                testId="figure-feedback"
                label={t("cards.feedback")}
                value={
                  f.feedback.overall.visible
                    ? t("cards.outOfFive", { value: decimal(f.feedback.overall.meanUsefulness!) })
                    : "—"
                }
                detail={
                  f.feedback.overall.visible
                    ? t("cards.answers", { count: f.feedback.overall.answers })
                    : t("feedback.hiddenShort")
                }
              />
              <FigureCard
                testId="figure-supervision"
                label={t("cards.supervision")}
                value={percent(f.supervision.rate)}
                detail={
                  f.supervision.due
                    ? t("cards.supervisionDetail", {
                        attended: number(f.supervision.attended),
                        due: number(f.supervision.due),
                      })
                    : t("cards.supervisionNone")
                }
              />
            </dl>
          </section>

          <section aria-labelledby="seats" className={card}>
            <h2 id="seats" className="text-xl font-semibold">
              {t("sections.seats")}
            </h2>
            <div className="mt-4 grid gap-6 lg:grid-cols-2">
              {chartOf(tables.get("seats"), "seats", t("charts.seats"))}
              {table("seats")}
            </div>
          </section>

          <section aria-labelledby="funnel" className={card}>
            <h2 id="funnel" className="text-xl font-semibold">
              {t("sections.funnel")}
            </h2>
            <p className="mt-1 text-sm text-slate-600">{t("definitions.funnel")}</p>
            <div className="mt-4 grid gap-6 lg:grid-cols-2">
              {chartOf(tables.get("funnel"), "funnel", t("charts.funnel"))}
              {table("funnel")}
            </div>
          </section>

          <section aria-labelledby="matching" className={card}>
            <h2 id="matching" className="text-xl font-semibold">
              {t("sections.matching")}
            </h2>
            <p className="mt-1 text-sm text-slate-600">{t("definitions.timeToMatch")}</p>
            <div className="mt-4 grid gap-6 lg:grid-cols-2">
              {chartOf(tables.get("pending"), "pending", t("charts.pending"), "amber")}
              <div className="space-y-6">
                {table("pending")}
                {table("matching")}
              </div>
            </div>
          </section>

          <section aria-labelledby="sessions" className={card}>
            <h2 id="sessions" className="text-xl font-semibold">
              {t("sections.sessions")}
            </h2>
            <p className="mt-1 text-sm text-slate-600">{t("definitions.sessions")}</p>
            <div className="mt-4 grid gap-6 lg:grid-cols-2">
              {f.sessionsByMonth.length > 0 ? (
                <BarChart
                  id="sessions"
                  title={t("tables.sessions.title")}
                  summary={t("charts.sessions")}
                  locale={locale}
                  categories={f.sessionsByMonth.map((m) => monthLabel(locale, m.month))}
                  series={[
                    {
                      key: "planned",
                      label: t("tables.sessions.planned"),
                      values: f.sessionsByMonth.map((m) => m.planned),
                      tone: "light",
                    },
                    {
                      key: "held",
                      label: t("tables.sessions.held"),
                      values: f.sessionsByMonth.map((m) => m.held),
                      tone: "brand",
                    },
                  ]}
                />
              ) : (
                <p className="text-sm text-slate-500">{t("sessionsNone")}</p>
              )}
              {table("sessions", { emptyText: t("sessionsNone") })}
            </div>
          </section>

          <section aria-labelledby="engagements" className={card}>
            <h2 id="engagements" className="text-xl font-semibold">
              {t("sections.engagements")}
            </h2>
            <p className="mt-1 text-sm text-slate-600">{t("definitions.completion")}</p>
            <div className="mt-4 grid gap-6 lg:grid-cols-2">
              {chartOf(tables.get("outcomes"), "outcomes", t("charts.outcomes"), "emerald")}
              {table("outcomes")}
            </div>
            <div className="mt-6">
              {table("endings", {
                emptyText: t("endingsNone"),
                note:
                  f.outcomes.ended > f.earlyEndings.length
                    ? t("endingsTruncated", { shown: f.earlyEndings.length, count: f.outcomes.ended })
                    : undefined,
              })}
            </div>
          </section>

          <section aria-labelledby="coaches" className={card}>
            <h2 id="coaches" className="text-xl font-semibold">
              {t("sections.coaches")}
            </h2>
            <p className="mt-1 text-sm text-slate-600">{t("definitions.utilisation")}</p>
            <div className="mt-4 grid gap-6 lg:grid-cols-2">
              {chartOf(tables.get("coaches"), "coaches", t("charts.coaches"))}
              <div className="space-y-4">
                {table("coaches")}
                <div data-testid="supervision">
                  {table("supervision", { emptyText: t("supervision.none"), note: t("definitions.supervision") })}
                </div>
              </div>
            </div>
            <p className="mt-3 text-xs text-slate-500">
              {COACH_LOADS.map((l) =>
                t("coachesHelpLine", { label: t(`coaches.${l}`), help: t(`coachesHelp.${l}`) }),
              ).join(" · ")}
            </p>
          </section>

          <section aria-labelledby="feedback" className={card}>
            <h2 id="feedback" className="text-xl font-semibold">
              {t("sections.feedback")}
            </h2>
            <p className="mt-1 text-sm text-slate-600">
              {t("definitions.feedback", { answers: FEEDBACK_MIN_ANSWERS, people: FEEDBACK_MIN_PEOPLE })}
            </p>
            <div className="mt-4 grid gap-6 lg:grid-cols-2">
              {f.feedback.overall.visible ? (
                <BarChart
                  id="usefulness"
                  title={t("charts.usefulnessTitle")}
                  summary={t("charts.usefulness")}
                  locale={locale}
                  categories={[1, 2, 3, 4, 5].map((v) => t("tables.feedback.score", { score: v }))}
                  series={[
                    {
                      key: "answers",
                      label: t("tables.feedback.answers"),
                      values: f.feedback.overall.usefulness!,
                      tone: "brand",
                    },
                  ]}
                />
              ) : (
                <p className="text-sm text-slate-600" data-testid="feedback-hidden">
                  {t("feedback.hiddenLong", { count: f.feedback.overall.answers })}
                </p>
              )}
              {table("helped") ?? <p className="text-sm text-slate-500">{t("feedback.helpedHidden")}</p>}
            </div>
            <div className="mt-6">{table("feedback")}</div>
            <div className="mt-6 grid gap-6 lg:grid-cols-2">{table("closing")}</div>
          </section>
        </>
      )}

      <section aria-labelledby="credentials" className={card}>
        <h2 id="credentials" className="text-xl font-semibold">
          {t("sections.credentials")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t("definitions.credentials")}</p>
        <div className="mt-4 grid gap-6 lg:grid-cols-2">
          <BarChart
            id="credential-wait"
            title={t("charts.credentialsTitle")}
            summary={t("charts.credentials")}
            locale={locale}
            orientation="horizontal"
            categories={bucketRanges(CREDENTIAL_WAIT_BOUNDS_DAYS).map(({ from, to }) =>
              from === 0
                ? t("buckets.under", { days: to! })
                : to === null
                  ? t("buckets.over", { days: from })
                  : t("buckets.between", { from, to: to - 1 }),
            )}
            series={[
              { key: "waiting", label: t("credentials.waiting"), values: d.credentialQueue.byWait, tone: "amber" },
            ]}
          />
          {table("credentials")}
        </div>
      </section>

      {f && (
        <details className={card}>
          <summary className="cursor-pointer text-lg font-semibold">{t("definitions.title")}</summary>
          <dl className="mt-3 space-y-3 text-sm text-slate-700">
            {(
              [
                "seats",
                "funnel",
                "timeToMatch",
                "pending",
                "sessions",
                "completion",
                "utilisation",
                "supervision",
                "feedbackRule",
                "filters",
              ] as const
            ).map((k) => (
              <div key={k}>
                <dt className="font-semibold text-slate-900">{t(`definitions.terms.${k}`)}</dt>
                <dd>
                  {t(`definitions.${k === "feedbackRule" ? "feedback" : k === "pending" ? "pendingAges" : k}`, {
                    answers: FEEDBACK_MIN_ANSWERS,
                    people: FEEDBACK_MIN_PEOPLE,
                    bounds: PENDING_AGE_BOUNDS_DAYS.join(", "),
                  })}
                </dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </div>
  );
}
