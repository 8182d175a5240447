import { getFormatter, getTranslations } from "next-intl/server";
import { AttestationLinkCard } from "@/components/attestation/attestation-link-card";
import { PageHeader } from "@/components/page-header";
import { AttendanceStrip } from "@/components/supervision/attendance-strip";
import { DeleteSupervisionRecord, SupervisionForm } from "@/components/supervision/supervision-form";
import { Card } from "@/components/ui/card";
import { Cell, Row, RowHeader, Table } from "@/components/ui/table";
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
              { label: t("columns.actions"), hidden: true },
            ]}
          >
            {own.records.map((r) => (
              <Row key={r.id} data-testid="supervision-record">
                <RowHeader className="py-2 pr-4 text-left font-normal">{day(r.heldOn)}</RowHeader>
                <Cell>{r.supervisor}</Cell>
                <Cell>{r.attended ? t("form.yes") : t("form.no")}</Cell>
                <Cell className="py-2">
                  <DeleteSupervisionRecord recordId={r.id} label={day(r.heldOn)} />
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
