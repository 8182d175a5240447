import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { listProgrammeCatalogue } from "@/lib/server/programmes/list-programme-catalogue";
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
  // The look is in app/globals.css (.landing…): class lists repeated on every card would be sent
  // twice in the page (its HTML and its Server Components payload).
  return (
    <div className="landing space-y-12">
      <section className="landing-hero">
        <p>{t("eyebrow")}</p>
        <h1>{t("title")}</h1>
        <p>{t("lead")}</p>
        <div>
          {!signedIn && (
            <Link href="/signin" className="landing-sign-in">
              {t("ctaSignIn")}
            </Link>
          )}
          <a href="#programmes">{t("ctaProgrammes")}</a>
        </div>
      </section>

      <section aria-labelledby="which">
        <h2 id="which">{t("whichTitle")}</h2>
        <p>{t("whichLead")}</p>
        <div className="landing-services">
          {SERVICES.map(({ key, tone }) => (
            <article key={key} className={`landing-card ${tone}`}>
              <h3>{t(`${key}Title`)}</h3>
              <p>{t(`${key}For`)}</p>
              <p>{t(`${key}How`, COACHING_FIGURES)}</p>
            </article>
          ))}
        </div>
      </section>

      <section id="programmes" aria-labelledby="programmes-title">
        <h2 id="programmes-title">{t("programmesTitle")}</h2>
        {programmes.length === 0 ? (
          <p className="mt-2">{t("programmesEmpty")}</p>
        ) : (
          <ul className="landing-programmes">
            {programmes.map((p) => (
              <li key={p.id} className="landing-card" data-testid="programme-card">
                <p>{tt(p.type)}</p>
                <h3>{localized(p, "name", locale)}</h3>
                <p>{localized(p, "description", locale)}</p>
                <p>
                  {p.openCohort
                    ? `${t("currentCohort", { name: localized(p.openCohort, "name", locale) })} · ${format.dateTimeRange(p.openCohort.startsOn, p.openCohort.endsOn, { month: "short", year: "numeric", timeZone: "UTC" })}`
                    : t("noCurrentCohort")}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="areas">
        <h2 id="areas">{t("areasTitle")}</h2>
        <p>{t("areasLead")}</p>
        <ul className="landing-areas">
          {AREAS.map((a) => (
            <li key={a}>{te(a)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="who" className="landing-card p-6">
        <h2 id="who">{t("whoTitle")}</h2>
        <ul className="mt-3 list-disc space-y-2 pl-5 text-slate-700">
          <li>{t("whoClients")}</li>
          <li>{t("whoCoaches")}</li>
          <li>{t("whoSupervisor")}</li>
        </ul>
      </section>
    </div>
  );
}
