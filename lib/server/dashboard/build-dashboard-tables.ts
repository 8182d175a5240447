import "server-only";
import {
  bucketRanges,
  COACH_LOADS,
  CREDENTIAL_WAIT_BOUNDS_DAYS,
  FUNNEL_STAGES,
  PENDING_AGE_BOUNDS_DAYS,
} from "../../domain/cohort-figures";
import { HELPED_CHOICES, OBJECTIVES_MET, USEFULNESS_SCALE } from "../../domain/feedback";
import type { MessageKey } from "../../i18n/keys";
import type { Messages } from "../../i18n/messages";
import type { CohortDashboard } from "./load-cohort-dashboard";

/** How a cell is shown: a count, a share (0–1), a number of days, a mean, a month ("YYYY-MM"), a date, or text. */
export type CellKind = "count" | "share" | "days" | "mean" | "month" | "date" | "text";
export type Cell = string | number | Date | null;
export type Column = { label: string; kind: CellKind };
export type DashboardTable = { key: TableKey; title: string; columns: Column[]; rows: Cell[][] };

export const TABLE_KEYS = [
  "seats",
  "funnel",
  "matching",
  "pending",
  "sessions",
  "outcomes",
  "endings",
  "coaches",
  "supervision",
  "feedback",
  "helped",
  "closing",
  "credentials",
] as const;
export type TableKey = (typeof TABLE_KEYS)[number];

/** Tables an HR reviewer may read (and download); programme admins read them all. */
export const CREDENTIAL_TABLES: readonly TableKey[] = ["credentials"];

export function isTableKey(value: string): value is TableKey {
  return (TABLE_KEYS as readonly string[]).includes(value);
}

/** A translator of the "dashboard" catalogue namespace (next-intl's getTranslations("dashboard")). */
export type Translate = (key: MessageKey<Messages["dashboard"]>, values?: Record<string, string | number>) => string;

/** Labels of age buckets: "under 3 days", "3–6 days", …, "14 days or more". */
function bucketLabels(t: Translate, bounds: readonly number[]): string[] {
  return bucketRanges(bounds).map(({ from, to }) =>
    from === 0
      ? t("buckets.under", { days: to! })
      : to === null
        ? t("buckets.over", { days: from })
        : t("buckets.between", { from, to: to - 1 }),
  );
}

/**
 * The dashboard's tables, exactly as the page shows them and the CSV downloads carry them: one
 * definition, so a download always matches what is on screen. `t` reads the "dashboard"
 * namespace; `label` gives a session step's title (catalogue of the session plans, when present).
 */
export function buildDashboardTables(
  d: CohortDashboard,
  t: Translate,
  stepLabel: (stepKey: string) => string,
): DashboardTable[] {
  const tables: DashboardTable[] = [];
  const col = (label: string, kind: CellKind = "count"): Column => ({ label, kind });
  const f = d.figures;
  if (f) {
    tables.push({
      key: "seats",
      title: t("tables.seats.title"),
      columns: [col(t("tables.seats.status"), "text"), col(t("tables.seats.people"))],
      rows: [
        [t("seats.enrolled"), f.seats.enrolled],
        [t("seats.offered"), f.seats.offered],
        // Free seats are the cohort's: meaningless for a selection of its people.
        ...(d.filter.entity || d.filter.station
          ? []
          : [[t("seats.free"), Math.max(0, f.seats.seats - f.seats.held)] as Cell[]]),
        [t("seats.waitlisted"), f.seats.waitlisted],
        [t("seats.withdrawn"), f.seats.withdrawn],
      ],
    });
    tables.push({
      key: "funnel",
      title: t("tables.funnel.title"),
      columns: [
        col(t("tables.funnel.stage"), "text"),
        col(t("tables.funnel.people")),
        col(t("tables.funnel.share"), "share"),
      ],
      rows: FUNNEL_STAGES.map((s) => [t(`funnel.${s}`), f.funnel[s], f.funnelRates[s]]),
    });
    tables.push({
      key: "matching",
      title: t("tables.matching.title"),
      columns: [col(t("tables.matching.figure"), "text"), col(t("tables.matching.value"), "days")],
      rows: [
        [t("matching.matched"), f.timeToMatch.matched],
        [t("matching.median"), f.timeToMatch.medianDays],
        [t("matching.p90"), f.timeToMatch.p90Days],
      ],
    });
    tables.push({
      key: "pending",
      title: t("tables.pending.title"),
      columns: [col(t("tables.pending.age"), "text"), col(t("tables.pending.requests"))],
      rows: bucketLabels(t, PENDING_AGE_BOUNDS_DAYS).map((label, i) => [label, f.pending.byAge[i]]),
    });
    tables.push({
      key: "sessions",
      title: t("tables.sessions.title"),
      columns: [
        col(t("tables.sessions.month"), "month"),
        col(t("tables.sessions.planned")),
        col(t("tables.sessions.held")),
        col(t("tables.sessions.missed")),
        col(t("tables.sessions.heldShare"), "share"),
      ],
      rows: f.sessionsByMonth.map((m) => [m.month, m.planned, m.held, m.missed, m.planned ? m.held / m.planned : null]),
    });
    tables.push({
      key: "outcomes",
      title: t("tables.outcomes.title"),
      columns: [col(t("tables.outcomes.status"), "text"), col(t("tables.outcomes.engagements"))],
      rows: [
        [t("outcomes.active"), f.outcomes.active],
        [t("outcomes.completed"), f.outcomes.completed],
        [t("outcomes.endedByClient"), f.outcomes.endedByClient],
        [t("outcomes.endedByCoach"), f.outcomes.endedByCoach],
        ...(f.outcomes.endedByOther ? [[t("outcomes.endedByOther"), f.outcomes.endedByOther] as Cell[]] : []),
      ],
    });
    tables.push({
      key: "endings",
      title: t("tables.endings.title"),
      columns: [
        col(t("tables.endings.when"), "date"),
        col(t("tables.endings.endedBy"), "text"),
        col(t("tables.endings.sessionsHeld")),
        col(t("tables.endings.reason"), "text"),
      ],
      rows: f.earlyEndings.map((e) => [e.endedAt, t(`endedBy.${e.endedBy}`), e.sessionsHeld, e.reason]),
    });
    tables.push({
      key: "coaches",
      title: t("tables.coaches.title"),
      columns: [col(t("tables.coaches.load"), "text"), col(t("tables.coaches.coaches"))],
      rows: COACH_LOADS.map((l) => [t(`coaches.${l}`), f.coaches.byLoad[l]]),
    });
    tables.push({
      key: "supervision",
      title: t("tables.supervision.title"),
      columns: [
        col(t("tables.supervision.month"), "month"),
        col(t("tables.supervision.due")),
        col(t("tables.supervision.attended")),
        col(t("tables.supervision.share"), "share"),
      ],
      rows: f.supervision.months.map((m) => [m.month, m.due, m.attended, m.due ? m.attended / m.due : null]),
    });
    const hidden = t("feedback.hidden");
    tables.push({
      key: "feedback",
      title: t("tables.feedback.title"),
      columns: [
        col(t("tables.feedback.session"), "text"),
        col(t("tables.feedback.answers")),
        col(t("tables.feedback.mean"), "mean"),
        ...USEFULNESS_SCALE.map((v) => col(t("tables.feedback.score", { score: v }))),
      ],
      rows: [
        ...f.feedback.bySession.map((g) => ({ ...g, label: stepLabel(g.stepKey) })),
        { ...f.feedback.overall, label: t("feedback.all") },
      ].map((g) =>
        g.visible
          ? [g.label, g.answers, g.meanUsefulness, ...g.usefulness!]
          : [g.label, g.answers, hidden, null, null, null, null, null],
      ),
    });
    if (f.feedback.helped) {
      const helped = f.feedback.helped;
      tables.push({
        key: "helped",
        title: t("tables.helped.title"),
        columns: [
          col(t("tables.helped.choice"), "text"),
          col(t("tables.helped.answers")),
          col(t("tables.helped.share"), "share"),
        ],
        rows: HELPED_CHOICES.map((c) => [
          t(`helped.${c}`),
          helped[c],
          f.feedback.overall.answers ? helped[c] / f.feedback.overall.answers : null,
        ]),
      });
    }
    const closing = f.feedback.closing;
    tables.push({
      key: "closing",
      title: t("tables.closing.title"),
      columns: [col(t("tables.closing.figure"), "text"), col(t("tables.closing.value"), "mean")],
      rows: closing.visible
        ? [
            [t("closing.answers"), closing.answers],
            [t("closing.mean"), closing.meanUsefulness],
            ...OBJECTIVES_MET.map((o) => [t(`closing.objectives.${o}`), closing.objectivesMet![o]] as Cell[]),
            [t("closing.recommend"), closing.wouldRecommend],
          ]
        : [
            [t("closing.answers"), closing.answers],
            [t("closing.mean"), hidden],
          ],
    });
  }
  const q = d.credentialQueue;
  tables.push({
    key: "credentials",
    title: t("tables.credentials.title"),
    columns: [col(t("tables.credentials.figure"), "text"), col(t("tables.credentials.value"), "mean")],
    rows: [
      [t("credentials.waiting"), q.waiting],
      ...bucketLabels(t, CREDENTIAL_WAIT_BOUNDS_DAYS).map(
        (label, i) => [t("credentials.waitingFor", { range: label }), q.byWait[i]] as Cell[],
      ),
      [t("credentials.medianWait"), q.medianWaitDays],
      [t("credentials.oldestWait"), q.oldestWaitDays],
      [t("credentials.changesRequested"), q.changesRequested],
      [t("credentials.decisions"), q.decisions],
      [t("credentials.medianDecision"), q.medianDecisionDays],
    ],
  });
  return tables;
}
