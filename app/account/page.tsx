import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { CalendarFeedCard } from "@/components/account/calendar-feed-card";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/styles";
import { Cell, Row, RowHeader, Table } from "@/components/ui/table";
import { env } from "@/lib/env";
import { requireUser } from "@/lib/server/auth/current-user";
import { loadCalendarFeedStatus } from "@/lib/server/calendar/load-calendar-feed-status";
import { db } from "@/lib/server/db";
import { loadAccountSummary } from "@/lib/server/privacy/load-account-summary";

// What Binôme holds about the signed-in person, why, and their archive to download. Only their own.
export default async function AccountPage() {
  const user = await requireUser("/account");
  const [t, tr, tl, ta, tg, tc, format, locale, summary, feed] = await Promise.all([
    getTranslations("privacy"),
    getTranslations("roles"),
    getTranslations("language"),
    getTranslations("adminProgrammes.form.appointment"),
    getTranslations("coachProfile.about.genders"),
    getTranslations("calendarFeed.card"),
    getFormatter(),
    getLocale(),
    loadAccountSummary(db(), user),
    loadCalendarFeedStatus(db(), user),
  ]);
  const fr = locale === "fr";
  const named = (x: { nameEn: string; nameFr: string } | null) => (x ? (fr ? x.nameFr : x.nameEn) : null);
  const attributes: [string, string | null][] = [
    [t("account.name"), summary.name],
    [t("account.email"), summary.email],
    [t("account.staffIndexNumber"), summary.staffIndexNumber],
    [t("account.entity"), named(summary.entity)],
    [t("account.dutyStation"), named(summary.dutyStation)],
    [t("account.appointmentType"), summary.appointmentType && ta(summary.appointmentType)],
    [t("account.supervisor"), summary.supervisor && (summary.supervisor.name ?? summary.supervisor.email)],
    [t("account.languages"), summary.languages.map((l) => (fr ? l.nameFr : l.nameEn)).join(", ") || null],
    [t("account.gender"), summary.gender && tg(summary.gender)],
    [t("account.preferredLanguage"), tl(summary.preferredLanguage)],
  ];
  const counts: [string, number][] = [
    [t("account.requests"), summary.counts.requests],
    [t("account.engagements"), summary.counts.engagements],
    [t("account.sessions"), summary.counts.sessions],
    [t("account.feedback"), summary.counts.feedback],
    [t("account.missions"), summary.counts.missions],
    [t("account.files"), summary.counts.files],
  ];
  return (
    <div className="space-y-6">
      <PageHeader title={t("account.title")} lead={t("account.lead")} />
      <Card heading={t("account.aboutHeading")} headingId="about-you" lead={t("account.aboutLead")}>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          {attributes.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-slate-800">{label}</dt>
              <dd className={value ? "text-slate-900" : "text-slate-600 italic"}>
                {value || t("account.notRecorded")}
              </dd>
            </div>
          ))}
        </dl>
      </Card>
      <Card heading={t("account.rolesHeading")} headingId="your-roles">
        {summary.roles.length === 0 ? (
          <p className="text-slate-700">{t("account.noRoles")}</p>
        ) : (
          <ul className="list-inside list-disc text-slate-900">
            {summary.roles.map((role) => (
              <li key={role}>{tr(role)}</li>
            ))}
          </ul>
        )}
      </Card>
      <Card heading={t("account.activityHeading")} headingId="your-activity" lead={t("account.activityLead")}>
        <Table caption={t("account.activityHeading")} captionHidden columns={[t("account.what"), t("account.howMany")]}>
          {counts.map(([label, count]) => (
            <Row key={label}>
              <RowHeader className="py-2 pr-4 text-left font-normal">{label}</RowHeader>
              <Cell className="py-2 tabular-nums">{count}</Cell>
            </Row>
          ))}
        </Table>
      </Card>
      <Card heading={t("account.purposeHeading")} headingId="why-held">
        <ul className="list-outside list-disc space-y-1 pl-5 text-slate-800">
          <li>{t("account.purposeMatch")}</li>
          <li>{t("account.purposeSessions")}</li>
          <li>{t("account.purposeFigures")}</li>
          <li>{t("account.purposeAudit")}</li>
        </ul>
        <p className="mt-3 text-slate-800">{t("account.access")}</p>
        <p className="mt-3 text-slate-800">{t("account.retention", { days: env().RETENTION_DAYS_AFTER_LEAVING })}</p>
        <p className="mt-3 text-slate-800">{t("account.policy")}</p>
      </Card>
      <Card heading={tc("heading")} headingId="calendar-subscription" lead={tc("lead")}>
        <CalendarFeedCard
          since={feed.createdAt && format.dateTime(feed.createdAt, { dateStyle: "long", timeZone: user.timeZone })}
        />
      </Card>
      <Card heading={t("account.downloadHeading")} headingId="download" lead={t("account.downloadLead")}>
        {/* A plain link: the archive is a GET of the person's own data, downloaded by the browser. */}
        <a href="/account/data" download className={buttonClass("primary")}>
          {t("account.downloadButton")}
        </a>
      </Card>
    </div>
  );
}
