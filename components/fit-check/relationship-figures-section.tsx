import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Cell, Row, RowHeader, Table } from "@/components/ui/table";
import { PULSE_SCALE, type PulseAggregate } from "@/lib/domain/relationship-pulse";
import type { FitFigures } from "@/lib/server/dashboard/measure-fit-rate";
import type { PulseFigures } from "@/lib/domain/relationship-pulse";

/**
 * On the cohort dashboard (programme admins): the fit rate after the introduction — pairs that fit
 * out of those that answered, and how many ended as not a fit (not early endings) — and the midway
 * relationship pulse, only over five answers (clients' and coaches' apart only when both sides have
 * five). Never one answer, never a comment.
 */
export async function RelationshipFiguresSection({ fit, pulse }: { fit: FitFigures; pulse: PulseFigures }) {
  const [t, format] = await Promise.all([getTranslations("relationshipFigures"), getFormatter()]);
  const percent = (n: number) => format.number(n, { style: "percent", maximumFractionDigits: 0 });
  const aggregate = (a: PulseAggregate, label: string, key: string) =>
    a.shown ? (
      <div key={key} data-testid={`pulse-${key}`}>
        <Table
          caption={`${label} — ${t("average", {
            average: format.number(a.average, { maximumFractionDigits: 1 }),
            answers: a.answers,
          })}`}
          columns={[t("scoreColumn"), t("answersColumn")]}
        >
          {PULSE_SCALE.map((s) => (
            <Row key={s}>
              <RowHeader>{s}</RowHeader>
              <Cell>{a.distribution[s]}</Cell>
            </Row>
          ))}
        </Table>
      </div>
    ) : (
      <p key={key} className="text-sm text-slate-700" data-testid={`pulse-${key}-hidden`}>
        {t("hiddenGroup", { group: label })}
      </p>
    );
  return (
    <Card heading={t("title")} headingId="relationship-figures" data-testid="relationship-figures">
      <h3 className="mt-4 font-semibold text-slate-900">{t("fitTitle")}</h3>
      {fit.rate === null ? (
        <p className="mt-1 text-slate-700" data-testid="fit-rate">
          {t("fitNone")}
        </p>
      ) : (
        <>
          <p className="mt-1 text-2xl font-bold tabular-nums text-slate-900" data-testid="fit-rate">
            {t("fitRate", { rate: percent(fit.rate) })}
          </p>
          <p className="mt-1 text-sm text-slate-700" data-testid="fit-detail">
            {t("fitDetail", { fits: fit.fits, notAFit: fit.notAFit })}
          </p>
        </>
      )}
      <h3 className="mt-6 font-semibold text-slate-900">{t("pulseTitle")}</h3>
      <div className={pulse.sides ? "mt-2 grid gap-6 lg:grid-cols-3" : "mt-2 max-w-md"}>
        {aggregate(pulse.all, t("all"), "all")}
        {pulse.sides && aggregate(pulse.sides.clients, t("clients"), "clients")}
        {pulse.sides && aggregate(pulse.sides.coaches, t("coaches"), "coaches")}
      </div>
      {pulse.all.shown && !pulse.sides && <p className="mt-2 text-sm text-slate-700">{t("sidesHidden")}</p>}
      <p className="mt-2 text-sm text-slate-600">{t("comments")}</p>
    </Card>
  );
}
