import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { AttendanceStrip } from "@/components/supervision/attendance-strip";
import { DeleteSupervisionRecord, SupervisionForm } from "@/components/supervision/supervision-form";
import { lastMonth, monthStart } from "@/lib/domain/supervision";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { loadOwnSupervision } from "@/lib/server/supervision/load-supervision";
import { localToday } from "@/lib/server/supervision/record-supervision";

export default async function CoachSupervisionPage() {
  const user = await requirePermission("record:supervision:own", "/coach/supervision");
  const [t, format] = await Promise.all([getTranslations("supervision"), getFormatter()]);
  const now = new Date();
  const own = await loadOwnSupervision(db(), user, now);
  const today = localToday(now, user.timeZone).toISOString().slice(0, 10);
  const month = format.dateTime(monthStart(lastMonth(now)), { month: "long", year: "numeric", timeZone: "UTC" });
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  return (
    <div className="space-y-6">
      <PageHeader title={t("coachTitle")} lead={t("coachLead")} />
      <section aria-labelledby="attendance" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="attendance" className="text-xl font-semibold">
          {t("yourAttendance")}
        </h2>
        <p
          className={`mt-2 font-medium ${own.lastMonthMissed ? "text-red-800" : "text-emerald-800"}`}
          data-testid="last-month"
        >
          {own.lastMonthMissed
            ? t("youMissed", { month })
            : own.months.at(-1)?.state === "notDue"
              ? t("youNotDue", { month })
              : t("youAttended", { month })}
        </p>
        {own.lastAttended && (
          <p className="mt-1 text-sm text-slate-600">{t("lastAttended", { date: day(own.lastAttended) })}</p>
        )}
        <div className="mt-3">
          <AttendanceStrip months={own.months} />
        </div>
      </section>
      <section aria-labelledby="record" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="record" className="text-xl font-semibold">
          {t("form.title")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t("form.lead")}</p>
        <div className="mt-3">
          <SupervisionForm today={today} lastSupervisor={own.records[0]?.supervisor ?? ""} />
        </div>
      </section>
      <section aria-labelledby="records" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="records" className="text-xl font-semibold">
          {t("records")}
        </h2>
        {own.records.length === 0 ? (
          <p className="mt-2 text-slate-600">{t("noRecords")}</p>
        ) : (
          <table className="mt-3 w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-200 text-slate-600">
                <th className="py-2 pr-4 font-medium">{t("columns.date")}</th>
                <th className="py-2 pr-4 font-medium">{t("columns.supervisor")}</th>
                <th className="py-2 pr-4 font-medium">{t("columns.attended")}</th>
                <th className="py-2 font-medium">
                  <span className="sr-only">{t("columns.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {own.records.map((r) => (
                <tr key={r.id} className="border-b border-slate-100" data-testid="supervision-record">
                  <td className="py-2 pr-4">{day(r.heldOn)}</td>
                  <td className="py-2 pr-4">{r.supervisor}</td>
                  <td className="py-2 pr-4">{r.attended ? t("form.yes") : t("form.no")}</td>
                  <td className="py-2">
                    <DeleteSupervisionRecord recordId={r.id} label={day(r.heldOn)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
