import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { buttonClass, eyebrow, link } from "@/components/ui/styles";
import { Cell, Row, RowHeader, Table } from "@/components/ui/table";
import { checkInDays } from "@/lib/domain/check-ins";
import { planFigures, sessionPlan } from "@/lib/domain/session-plans";
import { localized } from "@/lib/i18n/localized";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { listEndedEngagements } from "@/lib/server/engagements/list-ended-engagements";
import { listProgrammesForAdmin } from "@/lib/server/programmes/list-programmes-for-admin";

const SAVED = ["programme", "programmeCreated", "cohort", "cohortCreated"] as const;

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
        <Link href="/admin/programmes/new" className={`inline-block ${buttonClass()}`}>
          {t("newProgramme")}
        </Link>
      </div>
      {savedKey && (
        <Alert tone="success" size="md">
          ✓ {t(`saved.${savedKey}`)}
        </Alert>
      )}
      {programmes.map((p) => (
        <Card key={p.id} id={`programme-${p.slug}`} aria-labelledby={`p-${p.id}`}>
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div className="min-w-0">
              <p className={eyebrow.brand}>
                {tt(p.type)}
                {p.archivedAt && (
                  <Badge tone="neutral" className="ml-2">
                    {t("archived")}
                  </Badge>
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
                className={link}
                aria-label={t("editNamed", { name: localized(p, "name", locale) })}
              >
                {t("edit")}
              </Link>
              {!p.archivedAt && (
                <Link
                  href={`/admin/programmes/${p.slug}/cohorts/new`}
                  className={link}
                  aria-label={t("newCohortNamed", { name: localized(p, "name", locale) })}
                >
                  {t("newCohort")}
                </Link>
              )}
            </div>
          </div>
          <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm text-slate-700 sm:grid-cols-3">
            <div>
              <dt className="inline text-slate-600">{t("summary.plan")} </dt>
              <dd className="inline">{t(`form.plans.${p.sessionPlan}`, planFigures(sessionPlan(p.sessionPlan)))}</dd>
            </div>
            <div>
              <dt className="inline text-slate-600">{t("summary.maxClients")} </dt>
              <dd className="inline">{p.profileCapacityLimit}</dd>
            </div>
            <div>
              <dt className="inline text-slate-600">{t("summary.timeout")} </dt>
              <dd className="inline">{t("summary.workingDays", { count: p.requestTimeoutWorkingDays })}</dd>
            </div>
            {p.type === "tripartite_coaching" && (
              <div>
                <dt className="inline text-slate-600">{t("summary.checkIns")} </dt>
                <dd className="inline">{t("summary.checkInDays", { days: checkInDays(p.checkInWorkingDays) })}</dd>
              </div>
            )}
            <div className="sm:col-span-3">
              <dt className="inline text-slate-600">{t("summary.eligibility")} </dt>
              <dd className="inline">{p.eligibleAppointmentTypes.map((a) => t(`form.appointment.${a}`)).join(", ")}</dd>
            </div>
          </dl>
          {p.cohorts.length === 0 ? (
            <p className="mt-3 text-sm text-slate-500">{t("noCohorts")}</p>
          ) : (
            <Table
              wrapperClassName="mt-4"
              caption={t("cohortsOf", { programme: localized(p, "name", locale) })}
              captionHidden
              columns={[
                t("cohort"),
                t("dates"),
                t("enrolment"),
                t("seats"),
                t("enrolled"),
                t("status"),
                t("waitlist"),
                { label: t("actions"), hidden: true },
              ]}
            >
              {p.cohorts.map((c) => {
                const used = Math.min(100, Math.round((c.held / Math.max(1, c.seats)) * 100));
                const name = localized(c, "name", locale);
                return (
                  <Row key={c.id} id={`cohort-${c.id}`}>
                    <RowHeader>{name}</RowHeader>
                    <Cell>{range(c.startsOn, c.endsOn)}</Cell>
                    <Cell>{range(c.enrolmentOpensOn, c.enrolmentClosesOn)}</Cell>
                    <Cell>{c.seats}</Cell>
                    <Cell>
                      <div className="flex items-center gap-2">
                        <span className="w-8 tabular-nums">{c.held}</span>
                        <span className="h-2 w-24 overflow-hidden rounded bg-slate-200" aria-hidden>
                          <span className="block h-full bg-brand-600" style={{ width: `${used}%` }} />
                        </span>
                      </div>
                    </Cell>
                    <Cell>{ts(c.status)}</Cell>
                    <Cell className="py-2 pr-4 tabular-nums">{c.waitlisted}</Cell>
                    <Cell className="whitespace-nowrap py-2">
                      <Link href={`/admin/cohorts/${c.id}`} className={link} aria-label={t("dashboardNamed", { name })}>
                        {t("dashboard")}
                      </Link>
                      <span aria-hidden className="mx-2 text-slate-300">
                        |
                      </span>
                      <Link href={`/admin/cohorts/${c.id}/edit`} className={link} aria-label={t("editNamed", { name })}>
                        {t("edit")}
                      </Link>
                    </Cell>
                  </Row>
                );
              })}
            </Table>
          )}
        </Card>
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
    <Card heading={t("title")} headingId="ended-engagements" lead={t("lead")}>
      {rows.length === 0 ? (
        <p className="mt-3 text-sm text-slate-500">{t("none")}</p>
      ) : (
        <Table
          wrapperClassName="mt-4"
          caption={t("title")}
          captionHidden
          columns={[t("when"), t("client"), t("coach"), t("endedBy"), t("programme"), t("reason")]}
        >
          {rows.map((e) => (
            <Row key={e.id} className="align-top">
              <Cell className="whitespace-nowrap py-2 pr-4">
                {e.endedAt ? format.dateTime(e.endedAt, { dateStyle: "medium" }) : ""}
              </Cell>
              <Cell>{e.clientName}</Cell>
              <Cell>{e.coachName}</Cell>
              <Cell>{t(e.endedBy === "client" ? "byClient" : "byCoach")}</Cell>
              <Cell>{localized(e.programme, "name", locale)}</Cell>
              <Cell className="whitespace-pre-line py-2">{e.reason}</Cell>
            </Row>
          ))}
        </Table>
      )}
    </Card>
  );
}
