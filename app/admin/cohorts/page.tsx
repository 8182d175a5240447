import Link from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/ui/card";
import { eyebrow, link } from "@/components/ui/styles";
import { dashboardAccess } from "@/lib/domain/cohort-figures";
import { localized } from "@/lib/i18n/localized";
import { requireUser } from "@/lib/server/auth/current-user";
import { listDashboardCohorts } from "@/lib/server/dashboard/list-dashboard-cohorts";
import { db } from "@/lib/server/db";

/** The cohorts whose dashboards a programme admin (or, for the credential queue, an HR reviewer) may open. */
export default async function CohortDashboardsPage() {
  const user = await requireUser("/admin/cohorts");
  const access = dashboardAccess(user.roles);
  if (access === "none") forbidden();
  const [t, tt, ts, format, locale, programmes] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations("programmeTypes"),
    getTranslations("cohortStatus"),
    getFormatter(),
    getLocale(),
    listDashboardCohorts(db(), user),
  ]);
  const range = (a: Date, b: Date) =>
    format.dateTimeRange(a, b, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  return (
    <div className="space-y-6">
      <PageHeader title={t("indexTitle")} lead={access === "full" ? t("indexLead") : t("indexLeadHr")} />
      {programmes.length === 0 && <p className="text-slate-600">{t("indexNone")}</p>}
      {programmes.map((p) => (
        <Card key={p.id} aria-labelledby={`dash-${p.id}`}>
          <p className={eyebrow.brand}>{tt(p.type)}</p>
          <h2 id={`dash-${p.id}`} className="text-xl font-semibold">
            {localized(p, "name", locale)}
          </h2>
          <ul className="mt-3 divide-y">
            {p.cohorts.map((c) => (
              <li key={c.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                <Link href={`/admin/cohorts/${c.id}`} className={link}>
                  {localized(c, "name", locale)}
                </Link>
                <span className="text-sm text-slate-600">
                  {range(c.startsOn, c.endsOn)} · {ts(c.status)}
                </span>
              </li>
            ))}
          </ul>
        </Card>
      ))}
    </div>
  );
}
