import { getFormatter, getTranslations } from "next-intl/server";
import type { CohortFigures } from "@/lib/server/dashboard/load-cohort-dashboard";
import { FigureCard } from "./figure-card";

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
        <FigureCard
          testId="figure-sessions"
          label={t("cards.sessions")}
          value={t("cards.outOf", { value: number(f.sessions.held), total: number(f.sessions.planned) })}
          detail={t("cards.sessionsDetail", { missed: f.sessions.missed })}
        />
        <FigureCard
          testId="figure-completion"
          label={t("cards.completion")}
          value={percent(f.completionRate)}
          detail={t("cards.completionDetail", {
            completed: number(f.outcomes.completed),
            ended: number(f.outcomes.ended),
          })}
        />
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
