import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { Alert } from "@/components/ui/alert";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { Cell, Row, RowHeader, Table } from "@/components/ui/table";
import { AttendanceButtons } from "@/components/workshops/attendance-buttons";
import { CancelWorkshopButton } from "@/components/workshops/cancel-workshop-button";
import { WorkshopForm } from "@/components/workshops/workshop-form";
import { timeZoneChoices } from "@/lib/domain/session-schedule";
import { attendanceOpen } from "@/lib/domain/workshops";
import { formatWorkshopTime } from "@/lib/email/workshop-emails";
import type { Locale } from "@/lib/i18n/config";
import { localized } from "@/lib/i18n/localized";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { loadAdminWorkshop } from "@/lib/server/workshops/load-admin-workshops";
import { isRecordId } from "@/lib/validation/record-id";

export default async function AdminWorkshopPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const user = await requirePermission("manage:programme:any", `/admin/workshops/${encodeURIComponent(id)}`);
  if (!isRecordId(id)) notFound();
  const [t, ts, format, locale, workshop] = await Promise.all([
    getTranslations("workshops.admin"),
    getTranslations("workshops.status"),
    getFormatter(),
    getLocale() as Promise<Locale>,
    loadAdminWorkshop(db(), user, id),
  ]);
  if (!workshop) notFound();
  const now = new Date();
  const registered = workshop.registrations.filter((r) => r.status === "registered");
  const waiting = workshop.registrations
    .filter((r) => r.status === "waitlisted")
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  const left = workshop.registrations.filter((r) => r.status === "cancelled");
  const canRecord = attendanceOpen(workshop, now);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="space-y-6">
      <BackLink href="/admin/workshops">{t("back")}</BackLink>
      <PageHeader
        title={localized(workshop, "title", locale)}
        lead={formatWorkshopTime(workshop.startsAt, locale, workshop.timeZone)}
      />
      {saved ? (
        <Alert tone="success" role="status" size="md">
          {t("saved")}
        </Alert>
      ) : null}
      {workshop.cancelledAt ? (
        <Alert tone="warning" size="md">
          {t("cancelledNotice", { date: format.dateTime(workshop.cancelledAt, { dateStyle: "long" }) })}
        </Alert>
      ) : null}

      <Card
        heading={t("registrations")}
        headingId="workshop-registered"
        lead={t("registrationsLead", { taken: registered.length, seats: workshop.seats })}
      >
        {registered.length === 0 ? (
          <p className="mt-2 text-slate-600">{t("noRegistrations")}</p>
        ) : (
          <>
            {!canRecord && !workshop.cancelledAt ? <p className="mt-2 text-slate-600">{t("attendanceLater")}</p> : null}
            <Table
              caption={t("registrations")}
              captionHidden
              columns={[t("colName"), t("colEmail"), t("colRegisteredAt"), t("colAttendance")]}
            >
              {registered.map((r) => (
                <Row key={r.id}>
                  <RowHeader>{r.name}</RowHeader>
                  <Cell>{r.email}</Cell>
                  <Cell>{day(r.registeredAt)}</Cell>
                  <Cell>
                    {canRecord ? (
                      <AttendanceButtons
                        workshopId={workshop.id}
                        registrationId={r.id}
                        name={r.name}
                        attended={r.attended}
                      />
                    ) : r.attended === null ? (
                      t("notRecorded")
                    ) : r.attended ? (
                      t("attended")
                    ) : (
                      t("absent")
                    )}
                  </Cell>
                </Row>
              ))}
            </Table>
          </>
        )}
      </Card>

      <Card heading={t("waitlist")} headingId="workshop-waitlist" lead={t("waitlistLead")}>
        {waiting.length === 0 ? (
          <p className="mt-2 text-slate-600">{t("noWaitlist")}</p>
        ) : (
          <Table
            caption={t("waitlist")}
            captionHidden
            columns={[t("colPosition"), t("colName"), t("colEmail"), t("colRegisteredAt")]}
          >
            {waiting.map((r) => (
              <Row key={r.id}>
                <Cell>{r.position}</Cell>
                <RowHeader>{r.name}</RowHeader>
                <Cell>{r.email}</Cell>
                <Cell>{day(r.registeredAt)}</Cell>
              </Row>
            ))}
          </Table>
        )}
      </Card>

      {left.length > 0 ? (
        <Card heading={t("left")} headingId="workshop-left">
          <Table caption={t("left")} captionHidden columns={[t("colName"), t("colEmail")]}>
            {left.map((r) => (
              <Row key={r.id}>
                <RowHeader>{r.name}</RowHeader>
                <Cell>
                  {r.email} <span className="sr-only">({ts(r.status)})</span>
                </Cell>
              </Row>
            ))}
          </Table>
        </Card>
      ) : null}

      {workshop.cancelledAt ? null : (
        <>
          <Card heading={t("editTitle")} headingId="workshop-edit">
            <div className="mt-4">
              <WorkshopForm
                workshopId={workshop.id}
                values={workshop.values}
                zones={timeZoneChoices(workshop.timeZone)}
              />
            </div>
          </Card>
          <Card heading={t("cancelTitle")} headingId="workshop-cancel" lead={t("cancelLead")}>
            <div className="mt-4">
              <CancelWorkshopButton workshopId={workshop.id} />
            </div>
          </Card>
        </>
      )}
    </div>
  );
}
