import { getTranslations } from "next-intl/server";
import { WrittenIn } from "@/components/ui/written-in";
import type { ProposalTerms } from "@/lib/domain/mission-terms";
import type { Locale } from "@/lib/i18n/config";

/**
 * A proposal's or a contract's terms: objectives at both levels, indicators, duration, organisation,
 * cost. The coach's texts carry the language they wrote them in, named once above them when it is
 * not the page's.
 */
export async function ProposalTermsView({
  terms,
  headingLevel = 3,
}: {
  terms: ProposalTerms & { language: Locale };
  headingLevel?: 3 | 4;
}) {
  const lang = terms.language;
  const t = await getTranslations("missions.terms");
  const H = headingLevel === 3 ? "h3" : "h4";
  const h = "mt-4 text-base font-semibold text-slate-900 first:mt-0";
  return (
    <div className="text-slate-800" data-testid="proposal-terms">
      <WrittenIn lang={lang} className="mb-2" />
      <H className={h}>{t("organisationObjectives")}</H>
      <p lang={lang} className="mt-1 whitespace-pre-line">
        {terms.organisationObjectives}
      </p>
      <H className={h}>{t("coacheeObjectives")}</H>
      <p lang={lang} className="mt-1 whitespace-pre-line">
        {terms.coacheeObjectives}
      </p>
      <H className={h}>{t("indicators")}</H>
      <p className="text-sm text-slate-600">{t("indicatorsHint")}</p>
      <ol lang={lang} className="mt-1 list-decimal space-y-1 pl-6">
        {terms.indicators.map((i, n) => (
          <li key={n}>{i}</li>
        ))}
      </ol>
      <H className={h}>{t("organisation")}</H>
      <dl className="mt-1 grid gap-x-6 gap-y-1 sm:grid-cols-2">
        <div>
          <dt className="inline font-medium">{t("labelled", { label: t("duration") })} </dt>
          <dd className="inline">{t("months", { count: terms.durationMonths })}</dd>
        </div>
        <div>
          <dt className="inline font-medium">{t("labelled", { label: t("sessions") })} </dt>
          <dd className="inline">
            {t("sessionsValue", { count: terms.sessionCount, minutes: terms.sessionMinutes, weeks: terms.rhythmWeeks })}
          </dd>
        </div>
        <div>
          <dt className="inline font-medium">{t("labelled", { label: t("followUp") })} </dt>
          <dd className="inline">{t("followUpValue", { count: terms.followUpMonths })}</dd>
        </div>
        <div>
          <dt className="inline font-medium">{t("labelled", { label: t("cost") })} </dt>
          <dd lang={lang} className="inline">
            {terms.cost}
          </dd>
        </div>
      </dl>
    </div>
  );
}
