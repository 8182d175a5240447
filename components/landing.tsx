import Link from "@/components/ui/link";
import { createTranslator } from "next-intl";
import { getLocale } from "next-intl/server";
import { listProgrammeCatalogue } from "@/lib/server/programmes/list-programme-catalogue";
import { COACHING_FIGURES } from "@/lib/domain/session-plans";
import { localized } from "@/lib/i18n/localized";
import { messagesFor } from "@/lib/i18n/messages";
import { perLocale } from "@/lib/i18n/per-locale";

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

// Made once per language (lib/i18n/per-locale.ts): the service descriptions are ICU messages,
// which getTranslations() would compile again on every request, and so would the cohorts' month
// formatter; the translators keep what they compiled.
const fixed = perLocale((locale) => {
  const base = { locale, messages: messagesFor(locale), timeZone: "UTC" };
  const t = createTranslator({ ...base, namespace: "landing" });
  const te = createTranslator({ ...base, namespace: "expertise" });
  const months = new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" });
  const lines = new Map<string, string>();
  return {
    t,
    tt: createTranslator({ ...base, namespace: "programmeTypes" }),
    services: SERVICES.map(({ key, tone }) => ({
      key,
      tone,
      title: t(`${key}Title`),
      for: t(`${key}For`),
      how: t(`${key}How`, COACHING_FIGURES),
    })),
    areas: AREAS.map((key) => ({ key, name: te(key) })),
    /**
     * "Current cohort: Autumn 2026 · Sep 2026 – Jan 2027" (the months as next-intl's
     * format.dateTimeRange writes them with these options). Kept for each cohort seen: a
     * formatRange costs a fifth of a millisecond even with its formatter made once.
     */
    cohortLine: (name: string, startsOn: Date, endsOn: Date) => {
      const key = `${name}\u0000${startsOn.getTime()}\u0000${endsOn.getTime()}`;
      let line = lines.get(key);
      if (line === undefined) {
        if (lines.size >= 1_000) lines.clear();
        line = `${t("currentCohort", { name })} · ${months.formatRange(startsOn, endsOn)}`;
        lines.set(key, line);
      }
      return line;
    },
  };
});

export async function Landing({ signedIn }: { signedIn: boolean }) {
  const [locale, programmes] = await Promise.all([getLocale(), listProgrammeCatalogue()]);
  const { t, tt, services, areas, cohortLine } = fixed(locale);
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
          {services.map((service) => (
            <article key={service.key} className={`landing-card ${service.tone}`}>
              <h3>{service.title}</h3>
              <p>{service.for}</p>
              <p>{service.how}</p>
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
                    ? cohortLine(localized(p.openCohort, "name", locale), p.openCohort.startsOn, p.openCohort.endsOn)
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
          {areas.map((area) => (
            <li key={area.key}>{area.name}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="who" className="landing-card p-6">
        <h2 id="who">{t("whoTitle")}</h2>
        <ul className="landing-who">
          <li>{t("whoClients")}</li>
          <li>{t("whoCoaches")}</li>
          <li>{t("whoSupervisor")}</li>
        </ul>
      </section>
    </div>
  );
}
