// The printable attestation of a coach's or mentor's contribution (app/coach/attestation and
// app/mentor/attestation): figures only, no client named. A server component.
import { AttendedWorkshops } from "./attended-workshops";
import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/print-button";
import { Alert } from "@/components/ui/alert";
import { hasContribution } from "@/lib/domain/contribution";
import { localized } from "@/lib/i18n/localized";
import type { ContributionAttestation as Attestation } from "@/lib/server/attestation/load-contribution";
import "./attestation.css";

export async function ContributionAttestation({ attestation, path }: { attestation: Attestation; path: string }) {
  const [t, tc, format, locale] = await Promise.all([
    getTranslations("contributionAttestation"),
    getTranslations("common"),
    getFormatter(),
    getLocale(),
  ]);
  const { contribution, role, year } = attestation;
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  const hours = (minutes: number) => format.number(minutes / 60, { maximumFractionDigits: 1 });
  const periodText =
    year !== null
      ? t("periodYear", { year: String(year) })
      : contribution.since
        ? t("periodSince", { date: day(contribution.since) })
        : t("periodAll");
  const choices: { label: string; href: string; current: boolean }[] = [
    { label: t("allYears"), href: path, current: year === null },
    ...attestation.years.map((y) => ({ label: String(y), href: `${path}?year=${y}`, current: y === year })),
  ];

  return (
    <div className="space-y-6">
      <div className="attestation-screen-only space-y-4">
        <div>
          <h1 className="text-3xl font-bold">{t(`pageTitle.${role}`)}</h1>
          <p className="mt-1 max-w-3xl text-slate-600">{t("lead")}</p>
        </div>
        <div className="flex flex-wrap items-center justify-between gap-4">
          <nav aria-label={t("periodChoice")}>
            <ul className="flex flex-wrap gap-2">
              {choices.map((c) => (
                <li key={c.href}>
                  <Link
                    href={c.href}
                    aria-current={c.current ? "page" : undefined}
                    className={`inline-block rounded-full border px-3 py-1 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 ${
                      c.current
                        ? "border-brand-700 bg-brand-700 text-white"
                        : "border-slate-300 bg-white text-slate-800 hover:border-brand-600"
                    }`}
                  >
                    {c.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {hasContribution(contribution) && (
            <div className="flex flex-wrap items-center gap-3">
              <p className="max-w-xs text-sm text-slate-600">{t("printHint")}</p>
              <PrintButton label={t("print")} />
            </div>
          )}
        </div>
      </div>

      {!hasContribution(contribution) ? (
        <Alert tone="info" role="status" size="md">
          {year === null ? t("nothingYet") : t("nothingThatYear", { year: String(year) })}
        </Alert>
      ) : (
        <article
          aria-labelledby="attestation-title"
          className="attestation-sheet mx-auto max-w-3xl rounded-lg border border-slate-200 bg-white px-10 py-12 shadow-sm"
          data-testid="contribution-attestation"
        >
          <div className="flex items-baseline justify-between border-b-2 border-brand-600 pb-4">
            <p className="text-2xl font-bold text-brand-700">{tc("appName")}</p>
            <p className="text-sm text-slate-600">{day(new Date())}</p>
          </div>
          <h2 id="attestation-title" className="mt-10 text-center text-3xl font-bold tracking-tight text-slate-900">
            {t(`title.${role}`)}
          </h2>
          <p className="mt-8 text-lg leading-relaxed text-slate-800">
            {t(`statement.${role}`, { name: attestation.name, period: periodText })}
          </p>
          <table className="mt-8 w-full border-y border-slate-200 text-left">
            <caption className="sr-only">{t("tableCaption")}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-sm text-slate-600">
                <th scope="col" className="py-2 pr-4 font-medium">
                  {t("columns.programme")}
                </th>
                <th scope="col" className="py-2 pr-4 text-right font-medium">
                  {t(`columns.accompanied.${role}`)}
                </th>
                <th scope="col" className="py-2 pr-4 text-right font-medium">
                  {t("columns.completed")}
                </th>
                <th scope="col" className="py-2 pr-4 text-right font-medium">
                  {t("columns.sessions")}
                </th>
                <th scope="col" className="py-2 text-right font-medium">
                  {t("columns.hours")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {contribution.byProgramme.map((p) => (
                <tr key={p.programmeId} data-testid="contribution-row">
                  <th scope="row" className="py-3 pr-4 font-semibold text-slate-900">
                    {localized(attestation.programmes[p.programmeId], "name", locale)}
                  </th>
                  <td className="py-3 pr-4 text-right tabular-nums">{format.number(p.accompanied)}</td>
                  <td className="py-3 pr-4 text-right tabular-nums">{format.number(p.completed)}</td>
                  <td className="py-3 pr-4 text-right tabular-nums">{format.number(p.sessionsHeld)}</td>
                  <td className="py-3 text-right tabular-nums">{hours(p.minutesHeld)}</td>
                </tr>
              ))}
            </tbody>
            {contribution.byProgramme.length > 1 && (
              <tfoot>
                <tr className="border-t-2 border-slate-300 font-semibold">
                  <th scope="row" className="py-3 pr-4">
                    {t("total")}
                  </th>
                  <td className="py-3 pr-4 text-right tabular-nums">{format.number(contribution.total.accompanied)}</td>
                  <td className="py-3 pr-4 text-right tabular-nums">{format.number(contribution.total.completed)}</td>
                  <td className="py-3 pr-4 text-right tabular-nums">
                    {format.number(contribution.total.sessionsHeld)}
                  </td>
                  <td className="py-3 text-right tabular-nums">{hours(contribution.total.minutesHeld)}</td>
                </tr>
              </tfoot>
            )}
          </table>
          {role === "coach" && (
            <p className="mt-6 leading-relaxed text-slate-800" data-testid="contribution-supervision">
              {t("supervision", { count: contribution.supervisionAttended })}
            </p>
          )}
          <AttendedWorkshops workshops={attestation.workshops} />
          <p className="mt-8 leading-relaxed text-slate-800">{t(`development.${role}`)}</p>
          <p className="mt-3 text-sm leading-relaxed text-slate-600">{t("confidential")}</p>
          <p className="mt-12 text-sm text-slate-600">{t("issued", { date: day(new Date()) })}</p>
        </article>
      )}
    </div>
  );
}
