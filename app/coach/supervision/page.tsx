import { getFormatter, getTranslations } from "next-intl/server";
import { AttestationLinkCard } from "@/components/attestation/attestation-link-card";
import { PageHeader } from "@/components/page-header";
import { AttendanceStrip } from "@/components/supervision/attendance-strip";
import { SeatButton } from "@/components/supervision/seat-button";
import { GroupSessionsTable } from "@/components/supervision/group-sessions-table";
import { DeleteSupervisionRecord, SupervisionForm } from "@/components/supervision/supervision-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Cell, Row, RowHeader, Table } from "@/components/ui/table";
import { lastMonth, monthStart } from "@/lib/domain/supervision";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { listOpenSupervisionSessions } from "@/lib/server/supervision/list-open-supervision-sessions";
import { loadOwnSupervision } from "@/lib/server/supervision/load-supervision";
import { localToday } from "@/lib/server/supervision/record-supervision";

export default async function CoachSupervisionPage() {
  const user = await requirePermission("record:supervision:own", "/coach/supervision");
  const [t, tg, format] = await Promise.all([
    getTranslations("supervision"),
    getTranslations("supervisionGroups"),
    getFormatter(),
  ]);
  const now = new Date();
  const [own, groups] = await Promise.all([
    loadOwnSupervision(db(), user, now),
    listOpenSupervisionSessions(db(), user, now),
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "full", timeStyle: "short", timeZone: user.timeZone });
  const today = localToday(now, user.timeZone).toISOString().slice(0, 10);
  const month = format.dateTime(monthStart(lastMonth(now)), { month: "long", year: "numeric", timeZone: "UTC" });
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  return (
    <div className="space-y-6">
      <PageHeader title={t("coachTitle")} lead={t("coachLead")} />
      <Card heading={t("yourAttendance")} headingId="attendance">
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
      </Card>
      <Card heading={tg("coach.title")} headingId="group-sessions" lead={tg("coach.lead")}>
        {groups.open.length === 0 ? (
          <p className="mt-2 text-slate-600">{tg(groups.mayRegister ? "coach.none" : "coach.notApproved")}</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-200">
            {groups.open.map((s) => (
              <li
                key={s.id}
                className="flex flex-wrap items-start justify-between gap-3 py-3"
                data-testid="open-group-session"
              >
                <div>
                  <p className="font-medium">{when(s.startsAt)}</p>
                  <p className="text-sm text-slate-600">
                    {tg("coach.details", {
                      supervisor: s.supervisorName,
                      minutes: s.durationMinutes,
                      zone: user.timeZone.replace(/_/g, " "),
                    })}
                  </p>
                  <p className="text-sm text-slate-600" data-testid="seats-left">
                    {tg("seatsLeft", { left: Math.max(0, s.seats - s.taken), seats: s.seats })}
                  </p>
                  {s.registered && (
                    <p className="mt-1">
                      <Badge tone="success">{tg("coach.registered")}</Badge>
                      {s.meetingLink && (
                        <a href={s.meetingLink} className="ml-2 text-sm underline" rel="noreferrer" target="_blank">
                          {tg("coach.join")}
                        </a>
                      )}
                    </p>
                  )}
                </div>
                {s.ledByMe ? (
                  <Badge tone="brand">{tg("coach.youLead")}</Badge>
                ) : (
                  <SeatButton
                    sessionId={s.id}
                    registered={s.registered}
                    full={s.taken >= s.seats}
                    label={when(s.startsAt)}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
      {groups.led && (
        <Card heading={tg("led.title")} headingId="led-sessions" lead={tg("led.lead")}>
          {groups.led.length === 0 ? (
            <p className="mt-2 text-slate-600">{tg("led.none")}</p>
          ) : (
            <GroupSessionsTable caption={tg("led.title")} rows={groups.led} timeZone={user.timeZone} />
          )}
        </Card>
      )}
      <Card heading={t("form.title")} headingId="record" lead={t("form.lead")}>
        <div className="mt-3">
          <SupervisionForm today={today} lastSupervisor={own.records[0]?.supervisor ?? ""} />
        </div>
      </Card>
      <Card heading={t("records")} headingId="records">
        {own.records.length === 0 ? (
          <p className="mt-2 text-slate-600">{t("noRecords")}</p>
        ) : (
          <Table
            wrapperClassName="mt-3"
            caption={t("records")}
            captionHidden
            columns={[
              t("columns.date"),
              t("columns.supervisor"),
              t("columns.attended"),
              tg("columns.where"),
              { label: t("columns.actions"), hidden: true },
            ]}
          >
            {own.records.map((r) => (
              <Row key={r.id} data-testid="supervision-record">
                <RowHeader className="py-2 pr-4 text-left font-normal">{day(r.heldOn)}</RowHeader>
                <Cell>{r.supervisor}</Cell>
                <Cell>{r.attended ? t("form.yes") : t("form.no")}</Cell>
                <Cell>{r.source === "group" ? tg("source.group") : tg("source.self")}</Cell>
                <Cell className="py-2">
                  {r.source === "self" && <DeleteSupervisionRecord recordId={r.id} label={day(r.heldOn)} />}
                </Cell>
              </Row>
            ))}
          </Table>
        )}
      </Card>
      <AttestationLinkCard role="coach" />
    </div>
  );
}
