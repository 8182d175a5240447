import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { AttendanceStrip } from "@/components/supervision/attendance-strip";
import { GroupSessionsTable } from "@/components/supervision/group-sessions-table";
import { ScheduleSupervisionForm } from "@/components/supervision/schedule-supervision-form";
import { SupervisorsEditor } from "@/components/supervision/supervisors-card";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { link } from "@/components/ui/styles";
import { Cell, Row, RowHeader, Table } from "@/components/ui/table";
import { instantToLocalTime } from "@/lib/domain/session-schedule";
import { monthStart } from "@/lib/domain/supervision";
import { localized } from "@/lib/i18n/localized";
import { requirePermission } from "@/lib/server/auth/current-user";
import { countOverdueCheckIns } from "@/lib/server/check-ins/count-overdue-check-ins";
import { db } from "@/lib/server/db";
import { listSupervisionSessions } from "@/lib/server/supervision/list-supervision-sessions";
import { listSupervisionAttendance } from "@/lib/server/supervision/load-supervision";

export default async function SupervisionAttendancePage({
  searchParams,
}: {
  searchParams: Promise<{ missed?: string }>;
}) {
  const user = await requirePermission("view:supervision:any", "/admin/supervision");
  const { missed } = await searchParams;
  const [t, tg, format, locale] = await Promise.all([
    getTranslations("supervision"),
    getTranslations("supervisionGroups"),
    getFormatter(),
    getLocale(),
  ]);
  const now = new Date();
  const [attendance, checkIns, groups] = await Promise.all([
    listSupervisionAttendance(db(), user, now),
    countOverdueCheckIns(db(), user, now),
    listSupervisionSessions(db(), user, now),
  ]);
  const month = format.dateTime(monthStart(attendance.month), { month: "long", year: "numeric", timeZone: "UTC" });
  const onlyMissed = missed === "1";
  const rows = onlyMissed ? attendance.coaches.filter((c) => c.lastMonthMissed) : attendance.coaches;
  const overdueOf = new Map(checkIns.byCoach.map((c) => [c.coachProfileId, c.overdue]));
  return (
    <div className="space-y-6">
      <PageHeader title={t("adminTitle")} lead={t("adminLead")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Card as="div" data-testid="missed-summary">
          <span className="block text-3xl font-bold text-red-800">{attendance.missedCount}</span>
          {t("missedSummary", { count: attendance.missedCount, total: attendance.coaches.length, month })}
        </Card>
        <Card as="div" data-testid="overdue-check-ins">
          <span className="block text-3xl font-bold text-amber-800">{checkIns.overdue}</span>
          {t("overdueSummary", { count: checkIns.overdue, unanswered: checkIns.unanswered })}
        </Card>
      </div>
      <Card heading={tg("sessionsTitle")} headingId="group-sessions" lead={tg("sessionsLead")}>
        <h3 className="mt-4 font-semibold">{tg("upcoming")}</h3>
        {groups.upcoming.length === 0 ? (
          <p className="mt-2 text-slate-600">{tg("noUpcoming")}</p>
        ) : (
          <GroupSessionsTable caption={tg("upcoming")} rows={groups.upcoming} timeZone={user.timeZone} />
        )}
        <h3 className="mt-6 font-semibold">{tg("past")}</h3>
        {groups.past.length === 0 ? (
          <p className="mt-2 text-slate-600">{tg("noPast")}</p>
        ) : (
          <GroupSessionsTable caption={tg("past")} rows={groups.past} timeZone={user.timeZone} />
        )}
      </Card>
      <Card heading={tg("schedule.title")} headingId="schedule" lead={tg("schedule.lead")}>
        {groups.supervisors.length === 0 ? (
          <p className="mt-2 text-slate-600">{tg("schedule.noSupervisor")}</p>
        ) : (
          <div className="mt-3">
            <ScheduleSupervisionForm
              supervisors={groups.supervisors}
              programmes={groups.programmes.map((p) => ({ id: p.id, name: localized(p, "name", locale) }))}
              timeZone={user.timeZone}
              minLocal={instantToLocalTime(now, user.timeZone)}
            />
          </div>
        )}
      </Card>
      <Card heading={tg("supervisors.title")} headingId="supervisors" lead={tg("supervisors.lead")}>
        <SupervisorsEditor supervisors={groups.supervisors} coaches={groups.coaches} />
      </Card>
      <Card
        heading={t("coaches")}
        headingId="coaches"
        lead={t("coachesScope", { count: attendance.coaches.length })}
        aside={
          <nav aria-label={t("filterLabel")} className="flex gap-3 text-sm">
            {onlyMissed ? (
              <Link href="/admin/supervision" className={link}>
                {t("showAll")}
              </Link>
            ) : (
              <Link href="/admin/supervision?missed=1" className={link}>
                {t("showMissed", { month })}
              </Link>
            )}
          </nav>
        }
      >
        {rows.length === 0 ? (
          <p className="mt-3 text-slate-600">{onlyMissed ? t("noneMissed", { month }) : t("noCoaches")}</p>
        ) : (
          <Table
            wrapperClassName="mt-3"
            caption={t("coaches")}
            captionHidden
            columns={[
              t("columns.coach"),
              t("columns.months"),
              t("columns.lastAttended"),
              t("columns.lastMonth", { month }),
              t("columns.overdueCheckIns"),
            ]}
          >
            {rows.map((c) => (
              <Row key={c.coachProfileId} data-testid="coach-attendance">
                <RowHeader className="py-2 pr-4 text-left font-normal">
                  <span className="font-medium">{c.name ?? c.email}</span>
                  {c.entity && <span className="ml-1 text-slate-600">· {c.entity}</span>}
                </RowHeader>
                <Cell>
                  <AttendanceStrip months={c.months} />
                  <span className="sr-only">
                    {t("attendedCount", { count: c.attendedCount, total: c.months.length })}
                  </span>
                </Cell>
                <Cell>
                  {c.lastAttended
                    ? format.dateTime(c.lastAttended, { dateStyle: "medium", timeZone: "UTC" })
                    : t("never")}
                </Cell>
                <Cell>
                  {c.lastMonthMissed ? (
                    <Badge tone="danger">{t("missed")}</Badge>
                  ) : c.months.at(-1)?.state === "notDue" ? (
                    <span className="text-slate-600">{t("states.notDue")}</span>
                  ) : (
                    <span className="text-emerald-800">{t("ok")}</span>
                  )}
                </Cell>
                <Cell className="py-2">{overdueOf.get(c.coachProfileId) ?? 0}</Cell>
              </Row>
            ))}
          </Table>
        )}
      </Card>
    </div>
  );
}
