import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { listProgrammeCatalogue } from "@/lib/server/programmes/list-programme-catalogue";
import { Card } from "@/components/ui/card";
import { eyebrow } from "@/components/ui/styles";
import { COACHING_FIGURES } from "@/lib/domain/session-plans";
import { localized } from "@/lib/i18n/localized";

const SERVICES = [
  { key: "coaching", tone: "border-brand-600" },
  { key: "mentoring", tone: "border-emerald-600" },
  { key: "counselling", tone: "border-violet-600" },
  { key: "ombuds", tone: "border-amber-600" },
] as const;

const AREAS = [
  "career",
  "leadership",
  "skills",
  "conflict_resolution",
  "pre_retirement",
  "team_relationships",
] as const;

export async function Landing({ signedIn }: { signedIn: boolean }) {
  const [t, tt, te, format, locale, programmes] = await Promise.all([
    getTranslations("landing"),
    getTranslations("programmeTypes"),
    getTranslations("expertise"),
    getFormatter(),
    getLocale(),
    listProgrammeCatalogue(),
  ]);
  return (
    <div className="space-y-12">
      <section className="rounded-2xl bg-gradient-to-br from-brand-700 to-brand-900 px-6 py-10 text-white sm:px-10">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-100">{t("eyebrow")}</p>
        <h1 className="mt-2 text-3xl font-bold sm:text-4xl">{t("title")}</h1>
        <p className="mt-4 max-w-3xl text-lg text-brand-50">{t("lead")}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          {!signedIn && (
            <Link href="/signin" className="rounded bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50">
              {t("ctaSignIn")}
            </Link>
          )}
          <a
            href="#programmes"
            className="rounded border border-white/60 px-4 py-2 font-semibold text-white hover:bg-white/10"
          >
            {t("ctaProgrammes")}
          </a>
        </div>
      </section>

      <section aria-labelledby="which">
        <h2 id="which" className="text-2xl font-bold">
          {t("whichTitle")}
        </h2>
        <p className="mt-1 text-slate-600">{t("whichLead")}</p>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          {SERVICES.map(({ key, tone }) => (
            <Card as="article" key={key} className={`border-l-4 ${tone}`}>
              <h3 className="text-lg font-semibold">{t(`${key}Title`)}</h3>
              <p className="mt-1 font-medium text-slate-800">{t(`${key}For`)}</p>
              <p className="mt-2 text-slate-600">{t(`${key}How`, COACHING_FIGURES)}</p>
            </Card>
          ))}
        </div>
      </section>

      <section id="programmes" aria-labelledby="programmes-title">
        <h2 id="programmes-title" className="text-2xl font-bold">
          {t("programmesTitle")}
        </h2>
        {programmes.length === 0 ? (
          <p className="mt-2 text-slate-600">{t("programmesEmpty")}</p>
        ) : (
          <ul className="mt-4 grid gap-4 sm:grid-cols-3">
            {programmes.map((p) => (
              <Card as="li" key={p.id} data-testid="programme-card">
                <p className={eyebrow.brand}>{tt(p.type)}</p>
                <h3 className="mt-1 text-lg font-semibold">{localized(p, "name", locale)}</h3>
                <p className="mt-2 text-sm text-slate-600">{localized(p, "description", locale)}</p>
                <p className="mt-3 text-sm font-medium text-slate-800">
                  {p.openCohort
                    ? `${t("currentCohort", { name: localized(p.openCohort, "name", locale) })} · ${format.dateTimeRange(p.openCohort.startsOn, p.openCohort.endsOn, { month: "short", year: "numeric", timeZone: "UTC" })}`
                    : t("noCurrentCohort")}
                </p>
              </Card>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="areas">
        <h2 id="areas" className="text-2xl font-bold">
          {t("areasTitle")}
        </h2>
        <p className="mt-1 text-slate-600">{t("areasLead")}</p>
        <ul className="mt-4 flex flex-wrap gap-2">
          {AREAS.map((a) => (
            <li key={a} className="rounded-full bg-brand-100 px-3 py-1 text-sm font-medium text-brand-900">
              {te(a)}
            </li>
          ))}
        </ul>
      </section>

      <Card aria-labelledby="who" padding="roomy">
        <h2 id="who" className="text-2xl font-bold">
          {t("whoTitle")}
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-5 text-slate-700">
          <li>{t("whoClients")}</li>
          <li>{t("whoCoaches")}</li>
          <li>{t("whoSupervisor")}</li>
        </ul>
      </Card>
    </div>
  );
}
