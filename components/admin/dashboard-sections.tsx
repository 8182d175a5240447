// The sections of a cohort's dashboard, one component each: its chart, its tables, its definition.
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { monthInFull } from "@/components/charts/axis-labels";
import { BarChart } from "@/components/charts/bar-chart";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import {
  bucketRanges,
  COACH_LOADS,
  CREDENTIAL_WAIT_BOUNDS_DAYS,
  PENDING_AGE_BOUNDS_DAYS,
} from "@/lib/domain/cohort-figures";
import { FEEDBACK_MIN_ANSWERS, FEEDBACK_MIN_PEOPLE } from "@/lib/domain/feedback";
import type { CohortDashboard, CohortFigures } from "@/lib/server/dashboard/load-cohort-dashboard";
import { ChartAndTable, DashboardSection, TableChart, TableOf, type DashboardTables } from "./dashboard-parts";

type SectionProps = { tables: DashboardTables };
type FiguresProps = SectionProps & { figures: CohortFigures };

/** Seats: held, waiting, free. */
export async function SeatsSection({ tables }: SectionProps) {
  const t = await getTranslations("dashboard");
  return (
    <DashboardSection id="seats" title={t("sections.seats")}>
      <ChartAndTable>
        <TableChart tables={tables} tableKey="seats" summary={t("charts.seats")} />
        <TableOf tables={tables} tableKey="seats" />
      </ChartAndTable>
    </DashboardSection>
  );
}

/** From enrolment to a completed engagement. */
export async function FunnelSection({ tables }: SectionProps) {
  const t = await getTranslations("dashboard");
  return (
    <DashboardSection id="funnel" title={t("sections.funnel")} definition={t("definitions.funnel")}>
      <ChartAndTable>
        <TableChart tables={tables} tableKey="funnel" summary={t("charts.funnel")} />
        <TableOf tables={tables} tableKey="funnel" />
      </ChartAndTable>
    </DashboardSection>
  );
}

/** Requests still waiting, by age, and how long matching took. */
export async function MatchingSection({ tables }: SectionProps) {
  const t = await getTranslations("dashboard");
  return (
    <DashboardSection id="matching" title={t("sections.matching")} definition={t("definitions.timeToMatch")}>
      <ChartAndTable>
        <TableChart tables={tables} tableKey="pending" summary={t("charts.pending")} tone="amber" />
        <div className="space-y-6">
          <TableOf tables={tables} tableKey="pending" />
          <TableOf tables={tables} tableKey="matching" />
        </div>
      </ChartAndTable>
    </DashboardSection>
  );
}

/** The id of the warning about sessions planned past the cohort's end (the key figures link to it). */
export const PAST_END_ID = "sessions-past-end";

/** Sessions still to hold after the cohort's last day: how many, until when, and what to do. */
async function PastEndWarning({ tables, figures }: FiguresProps) {
  const { sessions, lastMonth, endsOn } = figures.pastEnd;
  if (sessions === 0 || !lastMonth) return null;
  const [t, format] = await Promise.all([getTranslations("dashboard"), getFormatter()]);
  const end = format.dateTime(endsOn, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  return (
    <Alert tone="warning" size="md" className="mb-4" id={PAST_END_ID} data-testid="sessions-past-end">
      <p className="font-semibold">{t("pastEnd.title", { count: sessions, end })}</p>
      <p className="mt-1">{t("pastEnd.body", { month: monthInFull(tables.locale, lastMonth) })}</p>
      <p className="mt-2">
        <Link href={`${tables.base}/edit`} className="font-medium underline underline-offset-2">
          {t("pastEnd.edit")}
        </Link>
      </p>
    </Alert>
  );
}

/** Sessions planned and held, month by month. */
export async function SessionsSection({ tables, figures }: FiguresProps) {
  const t = await getTranslations("dashboard");
  const months = figures.sessionsByMonth;
  return (
    <DashboardSection id="sessions" title={t("sections.sessions")} definition={t("definitions.sessions")}>
      <PastEndWarning tables={tables} figures={figures} />
      <ChartAndTable>
        {months.length > 0 ? (
          <BarChart
            id="sessions"
            title={t("tables.sessions.title")}
            summary={t("charts.sessions")}
            locale={tables.locale}
            categoryKind="month"
            categories={months.map((m) => m.month)}
            series={[
              {
                key: "planned",
                label: t("tables.sessions.planned"),
                values: months.map((m) => m.planned),
                tone: "light",
              },
              { key: "held", label: t("tables.sessions.held"), values: months.map((m) => m.held), tone: "brand" },
            ]}
          />
        ) : (
          <p className="text-sm text-slate-600">{t("sessionsNone")}</p>
        )}
        <TableOf tables={tables} tableKey="sessions" emptyText={t("sessionsNone")} />
      </ChartAndTable>
    </DashboardSection>
  );
}

/** How engagements ended: completed, ended early (with the reasons), still running. */
export async function EngagementsSection({ tables, figures }: FiguresProps) {
  const t = await getTranslations("dashboard");
  const { outcomes, earlyEndings } = figures;
  return (
    <DashboardSection id="engagements" title={t("sections.engagements")} definition={t("definitions.completion")}>
      <ChartAndTable>
        <TableChart tables={tables} tableKey="outcomes" summary={t("charts.outcomes")} tone="emerald" />
        <TableOf tables={tables} tableKey="outcomes" />
      </ChartAndTable>
      <div className="mt-6">
        <TableOf
          tables={tables}
          tableKey="endings"
          emptyText={t("endingsNone")}
          note={
            outcomes.ended > earlyEndings.length
              ? t("endingsTruncated", { shown: earlyEndings.length, count: outcomes.ended })
              : undefined
          }
        />
      </div>
    </DashboardSection>
  );
}

/** Coaches' loads and their monthly supervision. */
export async function CoachesSection({ tables }: SectionProps) {
  const t = await getTranslations("dashboard");
  return (
    <DashboardSection id="coaches" title={t("sections.coaches")} definition={t("definitions.utilisation")}>
      <ChartAndTable>
        <TableChart tables={tables} tableKey="coaches" summary={t("charts.coaches")} />
        <div className="space-y-4">
          <TableOf tables={tables} tableKey="coaches" />
          <div data-testid="supervision">
            <TableOf
              tables={tables}
              tableKey="supervision"
              emptyText={t("supervision.none")}
              note={t("definitions.supervision")}
            />
          </div>
        </div>
      </ChartAndTable>
      <p className="mt-3 text-xs text-slate-600">
        {COACH_LOADS.map((l) => t("coachesHelpLine", { label: t(`coaches.${l}`), help: t(`coachesHelp.${l}`) })).join(
          " · ",
        )}
      </p>
    </DashboardSection>
  );
}

/** Evaluations, shown only as aggregates of enough answers from enough people. */
export async function FeedbackSection({ tables, figures }: FiguresProps) {
  const t = await getTranslations("dashboard");
  const overall = figures.feedback.overall;
  return (
    <DashboardSection
      id="feedback"
      title={t("sections.feedback")}
      definition={t("definitions.feedback", { answers: FEEDBACK_MIN_ANSWERS, people: FEEDBACK_MIN_PEOPLE })}
    >
      <ChartAndTable>
        {overall.visible ? (
          <BarChart
            id="usefulness"
            title={t("charts.usefulnessTitle")}
            summary={t("charts.usefulness")}
            locale={tables.locale}
            categories={[1, 2, 3, 4, 5].map((v) => t("tables.feedback.score", { score: v }))}
            series={[
              { key: "answers", label: t("tables.feedback.answers"), values: overall.usefulness!, tone: "brand" },
            ]}
          />
        ) : (
          <p className="text-sm text-slate-600" data-testid="feedback-hidden">
            {t("feedback.hiddenLong", { count: overall.answers })}
          </p>
        )}
        <TableOf
          tables={tables}
          tableKey="helped"
          fallback={<p className="text-sm text-slate-600">{t("feedback.helpedHidden")}</p>}
        />
      </ChartAndTable>
      <div className="mt-6">
        <TableOf tables={tables} tableKey="feedback" />
      </div>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <TableOf tables={tables} tableKey="closing" />
      </div>
    </DashboardSection>
  );
}

/** HR's queue of coach registrations: how long submissions have waited. */
export async function CredentialsSection({
  tables,
  queue,
}: SectionProps & { queue: CohortDashboard["credentialQueue"] }) {
  const t = await getTranslations("dashboard");
  return (
    <DashboardSection id="credentials" title={t("sections.credentials")} definition={t("definitions.credentials")}>
      <ChartAndTable>
        <BarChart
          id="credential-wait"
          title={t("charts.credentialsTitle")}
          summary={t("charts.credentials")}
          locale={tables.locale}
          orientation="horizontal"
          categories={bucketRanges(CREDENTIAL_WAIT_BOUNDS_DAYS).map(({ from, to }) =>
            from === 0
              ? t("buckets.under", { days: to! })
              : to === null
                ? t("buckets.over", { days: from })
                : t("buckets.between", { from, to: to - 1 }),
          )}
          series={[{ key: "waiting", label: t("credentials.waiting"), values: queue.byWait, tone: "amber" }]}
        />
        <TableOf tables={tables} tableKey="credentials" />
      </ChartAndTable>
    </DashboardSection>
  );
}

const TERMS = [
  "seats",
  "funnel",
  "timeToMatch",
  "pending",
  "sessions",
  "progress",
  "completion",
  "pastEnd",
  "utilisation",
  "supervision",
  "feedbackRule",
  "filters",
] as const;

/** What each figure means, folded away at the foot of the page. */
export async function DashboardDefinitions() {
  const t = await getTranslations("dashboard");
  return (
    <Card as="details">
      <summary className="cursor-pointer text-lg font-semibold">{t("definitions.title")}</summary>
      <dl className="mt-3 space-y-3 text-sm text-slate-700">
        {TERMS.map((k) => (
          <div key={k}>
            <dt className="font-semibold text-slate-900">{t(`definitions.terms.${k}`)}</dt>
            <dd>
              {t(`definitions.${k === "feedbackRule" ? "feedback" : k === "pending" ? "pendingAges" : k}`, {
                answers: FEEDBACK_MIN_ANSWERS,
                people: FEEDBACK_MIN_PEOPLE,
                bounds: PENDING_AGE_BOUNDS_DAYS.join(", "),
              })}
            </dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
