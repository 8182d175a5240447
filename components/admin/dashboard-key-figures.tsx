import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { CohortFigures } from "@/lib/server/dashboard/load-cohort-dashboard";
import { PAST_END_ID } from "./dashboard-sections";
import { FigureCard } from "./figure-card";

/**
 * How far the cohort got. While it runs (or an engagement is still active): the sessions held of
 * those due by today, as a progress bar, and the engagements in progress; the completion rate only
 * once it is over.
 */
async function ProgressFigure({ figures: f }: { figures: CohortFigures }) {
  const [t, format] = await Promise.all([getTranslations("dashboard"), getFormatter()]);
  const number = (n: number) => format.number(n, { maximumFractionDigits: 0 });
  const percent = (n: number | null) =>
    n === null ? "—" : format.number(n, { style: "percent", maximumFractionDigits: 0 });
  const p = f.progress;
  if (p.kind === "completion")
    return (
      <FigureCard
        testId="figure-completion"
        label={t("cards.completion")}
        value={percent(p.rate)}
        detail={t("cards.completionDetail", { completed: p.completed, ended: p.ended })}
      />
    );
  const caption = t("cards.progressDetail", { held: number(p.held), due: number(p.due) });
  return (
    <Card as="div" padding="compact" className="border border-slate-200" data-testid="figure-progress">
      <dt className="text-sm font-medium text-slate-600">{t("cards.progress")}</dt>
      <dd className="mt-1 text-2xl font-bold tabular-nums text-slate-900">{percent(p.share)}</dd>
      {p.due > 0 ? (
        <dd className="mt-1">
          <div
            role="progressbar"
            aria-label={t("cards.progressBar")}
            aria-valuemin={0}
            aria-valuemax={p.due}
            aria-valuenow={p.held}
            aria-valuetext={caption}
            className="h-2 overflow-hidden rounded-full bg-slate-200"
          >
            <div
              className="h-full rounded-full bg-brand-600"
              style={{ width: `${Math.min(100, Math.round((p.held / p.due) * 100))}%` }}
            />
          </div>
          <p className="mt-1 text-xs text-slate-600">{caption}</p>
        </dd>
      ) : (
        <dd className="mt-0.5 text-xs text-slate-600">{t("cards.progressNone")}</dd>
      )}
      <dd className="mt-0.5 text-xs text-slate-600">
        {t("cards.progressEngagements", {
          active: p.active,
          completed: p.completed,
          ended: p.ended,
        })}
      </dd>
    </Card>
  );
}

/** The dashboard's eight key numbers, each with what it is out of. */
export async function DashboardKeyFigures({ figures: f }: { figures: CohortFigures }) {
  const [t, format] = await Promise.all([getTranslations("dashboard"), getFormatter()]);
  const number = (n: number) => format.number(n, { maximumFractionDigits: 0 });
  const decimal = (n: number) => format.number(n, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const percent = (n: number | null) =>
    n === null ? "—" : format.number(n, { style: "percent", maximumFractionDigits: 0 });
  const feedback = f.feedback.overall;
  return (
    <section aria-labelledby="key-figures">
      <h2 id="key-figures" className="sr-only">
        {t("keyFigures")}
      </h2>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <FigureCard
          testId="figure-seats"
          label={t("cards.seats")}
          value={t("cards.outOf", { value: number(f.seats.held), total: number(f.seats.seats) })}
          detail={t("cards.waitlist", { count: f.seats.waitlisted })}
        />
        <FigureCard
          testId="figure-matched"
          label={t("cards.matched")}
          value={percent(f.funnelRates.matched)}
          detail={t("cards.matchedDetail", { matched: number(f.funnel.matched), enrolled: number(f.funnel.enrolled) })}
        />
        <FigureCard
          testId="figure-time-to-match"
          label={t("cards.timeToMatch")}
          value={f.timeToMatch.medianDays === null ? "—" : t("units.days", { days: decimal(f.timeToMatch.medianDays) })}
          detail={t("cards.pending", { count: f.pending.total })}
        />
        <Card as="div" padding="compact" className="border border-slate-200" data-testid="figure-sessions">
          <dt className="text-sm font-medium text-slate-600">{t("cards.sessions")}</dt>
          <dd className="mt-1 text-2xl font-bold tabular-nums text-slate-900">
            {t("cards.outOf", { value: number(f.sessions.held), total: number(f.sessions.planned) })}
          </dd>
          <dd className="mt-0.5 text-xs text-slate-600">{t("cards.sessionsDetail", { missed: f.sessions.missed })}</dd>
          {f.pastEnd.sessions > 0 && (
            <dd className="mt-1 text-xs font-semibold text-amber-900">
              <a href={`#${PAST_END_ID}`} className="underline underline-offset-2">
                {t("cards.pastEnd", { count: f.pastEnd.sessions })}
              </a>
            </dd>
          )}
        </Card>
        <ProgressFigure figures={f} />
        <FigureCard
          testId="figure-utilisation"
          label={t("cards.utilisation")}
          value={percent(f.coaches.utilisation)}
          detail={t("cards.utilisationDetail", {
            active: number(f.coaches.activeClients),
            capacity: number(f.coaches.capacity),
            coaches: f.coaches.coaches,
          })}
        />
        <FigureCard
          testId="figure-feedback"
          label={t("cards.feedback")}
          value={feedback.visible ? t("cards.outOfFive", { value: decimal(feedback.meanUsefulness!) }) : "—"}
          detail={feedback.visible ? t("cards.answers", { count: feedback.answers }) : t("feedback.hiddenShort")}
        />
        <FigureCard
          testId="figure-supervision"
          label={t("cards.supervision")}
          value={percent(f.supervision.rate)}
          detail={
            f.supervision.due
              ? t("cards.supervisionDetail", {
                  attended: number(f.supervision.attended),
                  due: number(f.supervision.due),
                })
              : t("cards.supervisionNone")
          }
        />
      </dl>
    </section>
  );
}
