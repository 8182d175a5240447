import { forbidden, notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DashboardFilters } from "@/components/admin/dashboard-filters";
import { DashboardKeyFigures } from "@/components/admin/dashboard-key-figures";
import { RelationshipFiguresSection } from "@/components/fit-check/relationship-figures-section";
import type { DashboardTables } from "@/components/admin/dashboard-parts";
import {
  CoachesSection,
  CredentialsSection,
  DashboardDefinitions,
  EngagementsSection,
  FeedbackSection,
  FunnelSection,
  MatchingSection,
  SeatsSection,
  SessionsSection,
} from "@/components/admin/dashboard-sections";
import { PageHeader } from "@/components/page-header";
import { Alert } from "@/components/ui/alert";
import { BackLink } from "@/components/ui/back-link";
import { dashboardAccess } from "@/lib/domain/cohort-figures";
import { localized } from "@/lib/i18n/localized";
import { requireUser } from "@/lib/server/auth/current-user";
import { buildDashboardTables } from "@/lib/server/dashboard/build-dashboard-tables";
import { labelSessionStep } from "@/lib/server/dashboard/label-session-step";
import { loadCohortDashboard } from "@/lib/server/dashboard/load-cohort-dashboard";
import { db } from "@/lib/server/db";
import { dashboardFilterSchema } from "@/lib/validation/programmes";

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

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
  const query = new URLSearchParams();
  if (filter.entity) query.set("entity", filter.entity);
  if (filter.station) query.set("station", filter.station);
  const tables: DashboardTables = {
    byKey: new Map(buildDashboardTables(d, t, stepLabel).map((x) => [x.key, x])),
    locale,
    base: `/admin/cohorts/${d.cohort.id}`,
    query: query.size ? `?${query}` : "",
  };
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
  const full = d.access === "full";
  const f = d.figures;

  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")}>
        <BackLink href={full ? "/admin/programmes" : "/admin/cohorts"}>
          {full ? t("backToProgrammes") : t("backToDashboards")}
        </BackLink>
      </nav>
      <PageHeader
        title={t("title", { cohort: localized(d.cohort, "name", locale) })}
        lead={`${localized(d.cohort.programme, "name", locale)} · ${dates} · ${t(`status.${d.cohort.status}`)}`}
      />
      {!full && (
        <Alert tone="info" role="note">
          {t("hrOnly")}
        </Alert>
      )}
      <DashboardFilters
        action={tables.base}
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
          hint: full ? t("filters.hint") : t("filters.hintCoaches"),
        }}
      />
      {filtered && (
        <p role="status" className="text-sm font-medium text-slate-700" data-testid="filter-status">
          {t("filters.showing", { filter: filtered })}
        </p>
      )}
      {f && (
        <>
          <DashboardKeyFigures figures={f} />
          <SeatsSection tables={tables} />
          <FunnelSection tables={tables} />
          <MatchingSection tables={tables} />
          <SessionsSection tables={tables} figures={f} />
          <EngagementsSection tables={tables} figures={f} />
          <CoachesSection tables={tables} />
          <FeedbackSection tables={tables} figures={f} />
          <RelationshipFiguresSection fit={f.fit} pulse={f.pulse} />
        </>
      )}
      <CredentialsSection tables={tables} queue={d.credentialQueue} />
      {f && <DashboardDefinitions />}
    </div>
  );
}
