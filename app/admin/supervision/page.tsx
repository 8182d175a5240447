import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { AttendanceStrip } from "@/components/supervision/attendance-strip";
import { monthStart } from "@/lib/domain/supervision";
import { requirePermission } from "@/lib/server/auth/current-user";
import { countOverdueCheckIns } from "@/lib/server/check-ins/count-overdue-check-ins";
import { db } from "@/lib/server/db";
import { listSupervisionAttendance } from "@/lib/server/supervision/load-supervision";

export default async function SupervisionAttendancePage({
  searchParams,
}: {
  searchParams: Promise<{ missed?: string }>;
}) {
  const user = await requirePermission("view:supervision:any", "/admin/supervision");
  const { missed } = await searchParams;
  const [t, format] = await Promise.all([getTranslations("supervision"), getFormatter()]);
  const now = new Date();
  const [attendance, checkIns] = await Promise.all([
    listSupervisionAttendance(db(), user, now),
    countOverdueCheckIns(db(), user, now),
  ]);
  const month = format.dateTime(monthStart(attendance.month), { month: "long", year: "numeric", timeZone: "UTC" });
  const onlyMissed = missed === "1";
  const rows = onlyMissed ? attendance.coaches.filter((c) => c.lastMonthMissed) : attendance.coaches;
  const overdueOf = new Map(checkIns.byCoach.map((c) => [c.coachProfileId, c.overdue]));
  return (
    <div className="space-y-6">
      <PageHeader title={t("adminTitle")} lead={t("adminLead")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <p className="rounded-lg bg-white p-5 shadow-sm" data-testid="missed-summary">
          <span className="block text-3xl font-bold text-red-800">{attendance.missedCount}</span>
          {t("missedSummary", { count: attendance.missedCount, total: attendance.coaches.length, month })}
        </p>
        <p className="rounded-lg bg-white p-5 shadow-sm" data-testid="overdue-check-ins">
          <span className="block text-3xl font-bold text-amber-800">{checkIns.overdue}</span>
          {t("overdueSummary", { count: checkIns.overdue, unanswered: checkIns.unanswered })}
        </p>
      </div>
      <section aria-labelledby="coaches" className="rounded-lg bg-white p-5 shadow-sm">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="coaches" className="text-xl font-semibold">
            {t("coaches")}
          </h2>
          <nav aria-label={t("filterLabel")} className="flex gap-3 text-sm">
            {onlyMissed ? (
              <Link href="/admin/supervision" className="text-brand-700 underline">
                {t("showAll")}
              </Link>
            ) : (
              <Link href="/admin/supervision?missed=1" className="text-brand-700 underline">
                {t("showMissed", { month })}
              </Link>
            )}
          </nav>
        </div>
        {rows.length === 0 ? (
          <p className="mt-3 text-slate-600">{onlyMissed ? t("noneMissed", { month }) : t("noCoaches")}</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b border-slate-200 text-slate-600">
                  <th className="py-2 pr-4 font-medium">{t("columns.coach")}</th>
                  <th className="py-2 pr-4 font-medium">{t("columns.months")}</th>
                  <th className="py-2 pr-4 font-medium">{t("columns.lastAttended")}</th>
                  <th className="py-2 pr-4 font-medium">{t("columns.lastMonth", { month })}</th>
                  <th className="py-2 font-medium">{t("columns.overdueCheckIns")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((c) => (
                  <tr
                    key={c.coachProfileId}
                    className="border-b border-slate-100 align-middle"
                    data-testid="coach-attendance"
                  >
                    <td className="py-2 pr-4">
                      <span className="font-medium">{c.name ?? c.email}</span>
                      {c.entity && <span className="ml-1 text-slate-500">· {c.entity}</span>}
                    </td>
                    <td className="py-2 pr-4">
                      <AttendanceStrip months={c.months} />
                      <span className="sr-only">
                        {t("attendedCount", { count: c.attendedCount, total: c.months.length })}
                      </span>
                    </td>
                    <td className="py-2 pr-4">
                      {c.lastAttended
                        ? format.dateTime(c.lastAttended, { dateStyle: "medium", timeZone: "UTC" })
                        : t("never")}
                    </td>
                    <td className="py-2 pr-4">
                      {c.lastMonthMissed ? (
                        <span className="rounded-full bg-red-100 px-2.5 py-0.5 text-xs font-semibold text-red-900">
                          {t("missed")}
                        </span>
                      ) : c.months.at(-1)?.state === "notDue" ? (
                        <span className="text-slate-500">{t("states.notDue")}</span>
                      ) : (
                        <span className="text-emerald-800">{t("ok")}</span>
                      )}
                    </td>
                    <td className="py-2">{overdueOf.get(c.coachProfileId) ?? 0}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
