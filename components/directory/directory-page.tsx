import Link from "@/components/ui/link";
import { createTranslator } from "next-intl";
import { getLocale } from "next-intl/server";
import { CoachCard } from "@/components/directory/coach-card";
import { directoryNames } from "@/components/directory/directory-names";
import { EntityFilter } from "@/components/directory/entity-filter";
import { FoldingFilters } from "@/components/directory/folding-filters";
import { PageHeader } from "@/components/page-header";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Choice } from "@/components/ui/choices";
import { TextField } from "@/components/ui/field";
import { SelectField, type SelectOption } from "@/components/ui/select";
import { buttonClass, link } from "@/components/ui/styles";
import {
  DEFAULT_FILTERS,
  directoryQueryString,
  type DirectoryFilters,
  EXPERTISE_AREAS,
  GENDERS,
  hasNarrowing,
  parseDirectoryFilters,
} from "@/lib/domain/directory-filters";
import type { ProfileKind } from "@/lib/domain/matching-rules";
import { countingQueries, directoryOptionsByKind, searchDirectory } from "@/lib/server/coaches/search-directory";
import { db } from "@/lib/server/db";
import { messagesFor } from "@/lib/i18n/messages";
import { perLocale } from "@/lib/i18n/per-locale";

export type Search = Record<string, string | string[] | undefined>;
/** The catalogue namespace of one directory: "directory" (coaches) or "mentorDirectory" (same shape). */
export type DirectoryNamespace = "directory" | "mentorDirectory";

/**
 * The directories' translators, made once per language (lib/i18n/per-locale.ts): a page of twelve
 * cards formats about a hundred messages, which getTranslations() would compile again on every
 * request. No message of theirs shows a date, so the reader's time zone plays no part.
 */
const translators = perLocale((locale) => {
  const base = { locale, messages: messagesFor(locale), timeZone: "UTC" };
  return {
    directory: createTranslator({ ...base, namespace: "directory" }),
    mentorDirectory: createTranslator({ ...base, namespace: "mentorDirectory" }),
    expertise: createTranslator({ ...base, namespace: "expertise" }),
    genders: createTranslator({ ...base, namespace: "coachProfile.about.genders" }),
  };
});

/** One filter of the form: a select named `id` whose first option means "any". */
function filter(id: string, label: string, value: string | undefined, any: string, choices: SelectOption[]) {
  return (
    <SelectField
      id={id}
      name={id}
      compact
      label={label}
      defaultValue={value ?? ""}
      placeholder={any}
      options={choices}
    />
  );
}

/** Numbered pages around the current one, with the first and the last: 1 … 4 5 6 … 12. */
function pageWindow(page: number, count: number): (number | "gap")[] {
  const shown = new Set([1, count, page - 1, page, page + 1].filter((p) => p >= 1 && p <= count));
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((p, i) => (i > 0 && p - sorted[i - 1] > 1 ? ["gap" as const, p] : [p]));
}

/**
 * One directory of listed profiles (coaches at /coaches, mentors at /mentors): the GET filter form,
 * the chips of active filters, the cards and the pages. The page checks who may see it; this lists
 * profiles of `kind` only, with the texts of `namespace`.
 */
export async function DirectoryPage({
  kind,
  basePath,
  namespace,
  viewerId,
  searchParams,
  suggestions,
}: {
  kind: ProfileKind;
  basePath: string;
  namespace: DirectoryNamespace;
  viewerId: string;
  searchParams: Promise<Search>;
  /** "Suggested for you", shown above the filters on the first page of the unfiltered directory. */
  suggestions?: React.ReactNode;
}) {
  const { prisma, report } = countingQueries(db());
  const [{ options, filters }, locale] = await Promise.all([
    searchParams.then((raw) => directoryOptionsByKind[kind].resolve(prisma, parseDirectoryFilters(raw))),
    getLocale(),
  ]);
  const { [namespace]: t, expertise: te, genders: tg } = translators(locale);
  const result = await searchDirectory(prisma, filters, viewerId, kind);
  report(basePath);

  const hrefOf = (f: DirectoryFilters, change: Partial<DirectoryFilters> = {}) => {
    // Any change of filter goes back to page 1 unless it names a page.
    const query = directoryQueryString({ ...f, page: 1, ...change });
    return query ? `${basePath}?${query}` : basePath;
  };
  const fr = locale === "fr";
  const { name, languageName, list } = directoryNames(locale, options.languages);
  const shown = { ...filters, page: result.page };
  const narrowed = hasNarrowing(filters);

  // One chip per active filter; removing it keeps the others.
  const chips: { key: string; label: string; without: Partial<DirectoryFilters> }[] = [];
  if (filters.q) chips.push({ key: "q", label: t("filters.searchChip", { q: filters.q }), without: { q: "" } });
  if (filters.entity.kind !== "any") {
    const e = filters.entity;
    const label =
      e.kind === "mine" ? t("filters.entityMine") : e.kind === "others" ? t("filters.entityOthers") : e.code;
    chips.push({ key: "entity", label, without: { entity: { kind: "any" } } });
  }
  if (filters.station)
    chips.push({
      key: "station",
      label: name(options.stations.find((s) => s.code === filters.station) ?? null) ?? filters.station,
      without: { station: undefined },
    });
  if (filters.gender) chips.push({ key: "gender", label: tg(filters.gender), without: { gender: undefined } });
  if (filters.network)
    chips.push({
      key: "network",
      label: name(options.networks.find((n) => n.code === filters.network) ?? null) ?? filters.network,
      without: { network: undefined },
    });
  if (filters.expertise)
    chips.push({ key: "expertise", label: te(filters.expertise), without: { expertise: undefined } });
  if (filters.language)
    chips.push({ key: "language", label: languageName(filters.language), without: { language: undefined } });
  if (filters.timeZone)
    chips.push({ key: "tz", label: filters.timeZone.replace(/_/g, " "), without: { timeZone: undefined } });
  if (filters.free) chips.push({ key: "free", label: t("filters.free"), without: { free: false } });
  // The filters that fold on phones: all but the search box, which stays in view.
  const folded = chips.filter((c) => c.key !== "q").length;

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      {!narrowed && result.page === 1 && suggestions}

      <Card as="div" padding="compact" className="sm:p-5">
        <form method="get" action={basePath} role="search" aria-label={t("filters.label")} className="space-y-4">
          <TextField
            id="q"
            name="q"
            type="search"
            compact
            label={t("filters.search")}
            defaultValue={filters.q}
            maxLength={100}
            placeholder={t("filters.searchPlaceholder")}
          />
          <FoldingFilters id="directory-filters" toggle={t("filters.toggle", { count: folded })}>
            <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
              {filter(
                "expertise",
                t("filters.expertise"),
                filters.expertise,
                t("filters.anyExpertise"),
                EXPERTISE_AREAS.map((a) => ({ value: a, label: te(a) })),
              )}
              {filter(
                "language",
                t("filters.language"),
                filters.language,
                t("filters.anyLanguage"),
                options.languages.map((l) => ({ value: l.code, label: name(l) })),
              )}
              <EntityFilter
                value={filters.entity}
                entities={options.entities.map((e) => ({ code: e.code, name: name(e) }))}
                labels={{
                  label: t("filters.entity"),
                  any: t("filters.entityAny"),
                  mine: t("filters.entityMine"),
                  others: t("filters.entityOthers"),
                  given: t("filters.entityGiven"),
                }}
              />
              {filter(
                "station",
                t("filters.station"),
                filters.station,
                t("filters.anyStation"),
                options.stations.map((d) => ({ value: d.code, label: name(d) })),
              )}
              {filter(
                "network",
                t("filters.network"),
                filters.network,
                t("filters.anyNetwork"),
                options.networks.map((n) => ({ value: n.code, label: name(n) })),
              )}
              {filter(
                "gender",
                t("filters.gender"),
                filters.gender,
                t("filters.anyGender"),
                GENDERS.filter((g) => g !== "prefer_not_to_say").map((g) => ({ value: g, label: tg(g) })),
              )}
              {filter(
                "tz",
                t("filters.timeZone"),
                filters.timeZone,
                t("filters.anyTimeZone"),
                options.timeZones.map((z) => ({ value: z, label: z.replace(/_/g, " ") })),
              )}
              <SelectField
                id="sort"
                name="sort"
                compact
                label={t("filters.sort")}
                defaultValue={filters.sort}
                options={[
                  { value: "name", label: t("filters.sortName") },
                  { value: "places", label: t("filters.sortPlaces") },
                ]}
              />
            </div>
            <div className="flex flex-wrap items-center justify-between gap-3">
              <Choice
                type="checkbox"
                name="free"
                value="1"
                defaultChecked={filters.free}
                label={t("filters.free")}
                className="font-medium"
              />
              <div className="flex items-center gap-4">
                {narrowed && (
                  <Link href={basePath} className={`text-sm ${link}`}>
                    {t("filters.clear")}
                  </Link>
                )}
                <Button type="submit">{t("filters.apply")}</Button>
              </div>
            </div>
          </FoldingFilters>
        </form>
      </Card>

      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <p aria-live="polite" className="text-sm text-slate-700" data-testid="directory-count">
          <span className="font-semibold text-slate-900">{t("count", { count: result.total })}</span>
          {result.pageCount > 1 && (
            <span className="text-slate-500"> · {t("pageOf", { page: result.page, pages: result.pageCount })}</span>
          )}
        </p>
        {chips.length > 0 && (
          <ul aria-label={t("filters.active")} className="flex flex-wrap gap-2">
            {chips.map((c) => (
              <li key={c.key}>
                <Link
                  href={hrefOf(filters, c.without)}
                  aria-label={t("filters.remove", { label: c.label })}
                  className="inline-flex items-center gap-1.5 rounded-full border border-brand-600 bg-brand-50 px-3 py-0.5 text-sm text-brand-900 hover:bg-brand-100"
                >
                  {c.label}
                  <span aria-hidden="true" className="text-base leading-none">
                    ×
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        <p className="basis-full text-sm text-slate-600" data-testid="directory-count-scope">
          {t("countScope")}
        </p>
      </div>

      {result.coaches.length === 0 ? (
        <Card as="div" padding="spacious" className="text-center" data-testid="directory-empty">
          <p className="font-medium text-slate-800">{narrowed ? t("empty.filtered") : t("empty.none")}</p>
          {narrowed && (
            <>
              <p className="mt-1 text-sm text-slate-600">{t("empty.hint")}</p>
              <Link
                href={hrefOf(DEFAULT_FILTERS, { sort: filters.sort })}
                className={`mt-4 inline-block ${buttonClass()}`}
              >
                {t("filters.clear")}
              </Link>
            </>
          )}
        </Card>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {result.coaches.map((c) => (
            <li key={c.id}>
              <CoachCard
                coach={c}
                href={`${basePath}/${c.id}`}
                highlight={filters.expertise}
                texts={{
                  photoAlt: t("card.photoAlt", { name: c.name ?? "" }),
                  view: t("card.view", { name: c.name ?? "" }),
                  entityName: name(c.entity),
                  station: name(c.dutyStation),
                  expertise: c.expertiseAreas.map((a) => ({ code: a, label: te(a) })),
                  coachesIn: t("card.coachesIn", { languages: list(c.coachingLanguages.map(languageName)) }),
                  bio: (fr ? c.bioFr || c.bioEn : c.bioEn || c.bioFr) || null,
                  noBio: t("card.noBio"),
                  places: t("card.places", { count: c.placesLeft }),
                }}
              />
            </li>
          ))}
        </ul>
      )}

      {result.pageCount > 1 && (
        <nav aria-label={t("pagination.label")} className="flex flex-wrap items-center justify-center gap-1 text-sm">
          {result.page > 1 && (
            <Link
              href={hrefOf(shown, { page: result.page - 1 })}
              rel="prev"
              className="rounded px-3 py-1.5 text-brand-700 hover:bg-brand-50"
            >
              ← {t("pagination.previous")}
            </Link>
          )}
          {pageWindow(result.page, result.pageCount).map((p, i) =>
            p === "gap" ? (
              <span key={`gap-${i}`} className="px-2 text-slate-400">
                …
              </span>
            ) : (
              <Link
                key={p}
                href={hrefOf(shown, { page: p })}
                aria-label={t("pagination.page", { page: p })}
                aria-current={p === result.page ? "page" : undefined}
                className={`min-w-9 rounded px-3 py-1.5 text-center tabular-nums ${p === result.page ? "bg-brand-600 font-semibold text-white" : "text-brand-700 hover:bg-brand-50"}`}
              >
                {p}
              </Link>
            ),
          )}
          {result.page < result.pageCount && (
            <Link
              href={hrefOf(shown, { page: result.page + 1 })}
              rel="next"
              className="rounded px-3 py-1.5 text-brand-700 hover:bg-brand-50"
            >
              {t("pagination.next")} →
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
