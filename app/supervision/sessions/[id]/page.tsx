import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { AttendanceForm } from "@/components/supervision/attendance-form";
import { CancelSupervisionButton } from "@/components/supervision/cancel-supervision-button";
import { Badge } from "@/components/ui/badge";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/domain/roles";
import { localized } from "@/lib/i18n/localized";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { DomainError } from "@/lib/server/errors";
import { loadSupervisionSession, type SupervisionSessionPage } from "@/lib/server/supervision/load-supervision-session";

/** One group supervision session: for its supervisor (to record attendance) and programme admins. */
export default async function SupervisionSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/supervision/sessions/${id}`);
  let session: SupervisionSessionPage;
  try {
    session = await loadSupervisionSession(db(), user, id);
  } catch (error) {
    // Neither its supervisor nor an admin: the session does not exist for them.
    if (error instanceof DomainError) notFound();
    throw error;
  }
  const [t, te, format, locale] = await Promise.all([
    getTranslations("supervisionGroups"),
    getTranslations("errors"),
    getFormatter(),
    getLocale(),
  ]);
  const when = format.dateTime(session.startsAt, { dateStyle: "full", timeStyle: "short", timeZone: user.timeZone });
  const admin = can(user.roles, "manage:supervision:any");
  return (
    <div className="space-y-6">
      <BackLink href={admin ? "/admin/supervision" : "/coach/supervision"}>
        {admin ? t("session.backAdmin") : t("session.backCoach")}
      </BackLink>
      <PageHeader
        title={t("session.title", { when })}
        lead={t("session.lead", { supervisor: session.supervisorName })}
      />
      <Card heading={t("session.details")} headingId="details">
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">{t("columns.status")}</dt>
          <dd>
            <Badge tone={session.status === "cancelled" ? "danger" : session.status === "held" ? "success" : "neutral"}>
              {t(`status.${session.status}`)}
            </Badge>
          </dd>
          <dt className="font-medium">{t("session.length")}</dt>
          <dd>
            {t("minutes", { minutes: session.durationMinutes })} · {user.timeZone.replace(/_/g, " ")}
          </dd>
          <dt className="font-medium">{t("columns.seats")}</dt>
          <dd data-testid="session-seats">{t("seatsTaken", { taken: session.taken, seats: session.seats })}</dd>
          {session.programme && (
            <>
              <dt className="font-medium">{t("schedule.programme")}</dt>
              <dd>{localized(session.programme, "name", locale)}</dd>
            </>
          )}
          {session.meetingLink && (
            <>
              <dt className="font-medium">{t("schedule.link")}</dt>
              <dd className="break-all">
                <a href={session.meetingLink} className="underline" rel="noreferrer" target="_blank">
                  {session.meetingLink}
                </a>
              </dd>
            </>
          )}
        </dl>
        {session.canCancel && (
          <div className="mt-4">
            <CancelSupervisionButton sessionId={session.id} label={when} />
          </div>
        )}
      </Card>
      <Card heading={t("attendance.title")} headingId="attendance" lead={t("attendance.lead")}>
        {session.coaches.length === 0 ? (
          <p className="mt-2 text-slate-600">{t("attendance.nobody")}</p>
        ) : session.attendanceBlocked ? (
          <>
            <p className="mt-2 text-slate-600">{te(session.attendanceBlocked)}</p>
            <ul className="mt-3 list-disc pl-6" aria-label={t("attendance.registered")}>
              {session.coaches.map((c) => (
                <li key={c.coachProfileId}>{c.name}</li>
              ))}
            </ul>
          </>
        ) : (
          <AttendanceForm sessionId={session.id} coaches={session.coaches} />
        )}
      </Card>
    </div>
  );
}
