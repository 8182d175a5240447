import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { localized } from "@/lib/i18n/localized";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { listEndedEngagements } from "@/lib/server/engagements/list-ended-engagements";
import { listProgrammesForAdmin } from "@/lib/server/programmes/list-programmes-for-admin";

const SAVED = ["programme", "programmeCreated", "cohort", "cohortCreated"] as const;
const buttonLink = "inline-block rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700";
const smallLink = "font-semibold text-brand-700 underline hover:text-brand-800";

export default async function AdminProgrammesPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const user = await requirePermission("manage:programme:any", "/admin/programmes");
  const { saved } = await searchParams;
  const [t, tt, ts, format, locale, programmes] = await Promise.all([
    getTranslations("adminProgrammes"),
    getTranslations("programmeTypes"),
    getTranslations("cohortStatus"),
    getFormatter(),
    getLocale(),
    listProgrammesForAdmin(db(), user),
  ]);
  const range = (a: Date, b: Date) =>
    format.dateTimeRange(a, b, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  const savedKey = SAVED.find((s) => s === saved);
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <PageHeader title={t("title")} lead={t("lead")} />
        <Link href="/admin/programmes/new" className={buttonLink}>
          {t("newProgramme")}
        </Link>
      </div>
      {savedKey && (
        <p role="status" className="rounded border border-emerald-200 bg-emerald-50 px-4 py-3 text-emerald-900">
          ✓ {t(`saved.${savedKey}`)}
        </p>
      )}
      {programmes.map((p) => (
        <section
          key={p.id}
          id={`programme-${p.slug}`}
          aria-labelledby={`p-${p.id}`}
          className="rounded-lg bg-white p-5 shadow-sm"
        >
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div className="min-w-0">
              <p className="text-xs font-semibold uppercase tracking-wide text-brand-600">
                {tt(p.type)}
                {p.archivedAt && (
                  <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-slate-700">{t("archived")}</span>
                )}
              </p>
              <h2 id={`p-${p.id}`} className="text-xl font-semibold">
                {localized(p, "name", locale)}
              </h2>
              <p className="mt-1 text-sm text-slate-600">{localized(p, "description", locale)}</p>
            </div>
            <div className="flex flex-wrap gap-3 text-sm">
              <Link
                href={`/admin/programmes/${p.slug}`}
                className={smallLink}
                aria-label={t("editNamed", { name: localized(p, "name", locale) })}
              >
                {t("edit")}
              </Link>
              {!p.archivedAt && (
                <Link
                  href={`/admin/programmes/${p.slug}/cohorts/new`}
                  className={smallLink}
                  aria-label={t("newCohortNamed", { name: localized(p, "name", locale) })}
                >
                  {t("newCohort")}
                </Link>
              )}
            </div>
          </div>
          <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm text-slate-700 sm:grid-cols-3">
            <div>
              <dt className="inline text-slate-500">{t("summary.plan")} </dt>
              <dd className="inline">{t(`form.plans.${p.sessionPlan}`)}</dd>
            </div>
            <div>
              <dt className="inline text-slate-500">{t("summary.maxClients")} </dt>
              <dd className="inline">{p.profileCapacityLimit}</dd>
            </div>
            <div>
              <dt className="inline text-slate-500">{t("summary.timeout")} </dt>
              <dd className="inline">{t("summary.workingDays", { count: p.requestTimeoutWorkingDays })}</dd>
            </div>
            <div className="sm:col-span-3">
              <dt className="inline text-slate-500">{t("summary.eligibility")} </dt>
              <dd className="inline">{p.eligibleAppointmentTypes.map((a) => t(`form.appointment.${a}`)).join(", ")}</dd>
            </div>
          </dl>
          {p.cohorts.length === 0 ? (
            <p className="mt-3 text-sm text-slate-500">{t("noCohorts")}</p>
          ) : (
            <div className="mt-4 overflow-x-auto">
              <table className="w-full text-left text-sm">
                <thead className="border-b border-slate-300 text-slate-500">
                  <tr>
                    <th scope="col" className="py-2 pr-4">
                      {t("cohort")}
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      {t("dates")}
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      {t("enrolment")}
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      {t("seats")}
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      {t("enrolled")}
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      {t("status")}
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      {t("waitlist")}
                    </th>
                    <th scope="col" className="py-2">
                      <span className="sr-only">{t("actions")}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {p.cohorts.map((c) => {
                    const used = Math.min(100, Math.round((c.held / Math.max(1, c.seats)) * 100));
                    const name = localized(c, "name", locale);
                    return (
                      <tr key={c.id} id={`cohort-${c.id}`} className="border-b border-slate-200 last:border-0">
                        <th scope="row" className="py-2 pr-4 font-medium">
                          {name}
                        </th>
                        <td className="py-2 pr-4">{range(c.startsOn, c.endsOn)}</td>
                        <td className="py-2 pr-4">{range(c.enrolmentOpensOn, c.enrolmentClosesOn)}</td>
                        <td className="py-2 pr-4">{c.seats}</td>
                        <td className="py-2 pr-4">
                          <div className="flex items-center gap-2">
                            <span className="w-8 tabular-nums">{c.held}</span>
                            <span className="h-2 w-24 overflow-hidden rounded bg-slate-200" aria-hidden>
                              <span className="block h-full bg-brand-600" style={{ width: `${used}%` }} />
                            </span>
                          </div>
                        </td>
                        <td className="py-2 pr-4">{ts(c.status)}</td>
                        <td className="py-2 pr-4 tabular-nums">{c.waitlisted}</td>
                        <td className="whitespace-nowrap py-2">
                          <Link
                            href={`/admin/cohorts/${c.id}`}
                            className={smallLink}
                            aria-label={t("dashboardNamed", { name })}
                          >
                            {t("dashboard")}
                          </Link>
                          <span aria-hidden className="mx-2 text-slate-300">
                            |
                          </span>
                          <Link
                            href={`/admin/cohorts/${c.id}/edit`}
                            className={smallLink}
                            aria-label={t("editNamed", { name })}
                          >
                            {t("edit")}
                          </Link>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
      <EndedEngagements user={user} />
    </div>
  );
}

/** Engagements ended early (who, when, why): read-only, for programme admins. */
async function EndedEngagements({ user }: { user: { roles: Parameters<typeof listEndedEngagements>[1]["roles"] } }) {
  const [t, format, locale] = await Promise.all([getTranslations("engagements.admin"), getFormatter(), getLocale()]);
  const rows = await listEndedEngagements(db(), user);
  return (
    <section aria-labelledby="ended-engagements" className="rounded-lg bg-white p-5 shadow-sm">
      <h2 id="ended-engagements" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("lead")}</p>
      {rows.length === 0 ? (
        <p className="mt-3 text-sm text-slate-500">{t("none")}</p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-300 text-slate-500">
              <tr>
                <th scope="col" className="py-2 pr-4">
                  {t("when")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("client")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("coach")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("endedBy")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("programme")}
                </th>
                <th scope="col" className="py-2">
                  {t("reason")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.id} className="border-b border-slate-200 align-top last:border-0">
                  <td className="whitespace-nowrap py-2 pr-4">
                    {e.endedAt ? format.dateTime(e.endedAt, { dateStyle: "medium" }) : ""}
                  </td>
                  <td className="py-2 pr-4">{e.clientName}</td>
                  <td className="py-2 pr-4">{e.coachName}</td>
                  <td className="py-2 pr-4">{t(e.endedBy === "client" ? "byClient" : "byCoach")}</td>
                  <td className="py-2 pr-4">{localized(e.programme, "name", locale)}</td>
                  <td className="whitespace-pre-line py-2">{e.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
