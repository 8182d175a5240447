import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CoachCard } from "@/components/directory/coach-card";
import { FilterSelect } from "@/components/directory/filter-select";
import { NetworkingProfileForm } from "@/components/networking/networking-profile-form";
import { OptOutButton } from "@/components/networking/opt-out-button";
import { PageHeader } from "@/components/page-header";
import {
  directoryQueryString,
  type DirectoryFilters,
  EXPERTISE_AREAS,
  hasNarrowing,
  parseDirectoryFilters,
} from "@/lib/domain/directory-filters";
import { requirePermission } from "@/lib/server/auth/current-user";
import {
  countingQueries,
  directoryOptionsByKind,
  type Place,
  searchDirectory,
} from "@/lib/server/coaches/search-directory";
import { db } from "@/lib/server/db";
import { loadOwnNetworking } from "@/lib/server/networking/load-own-networking";

type Search = Record<string, string | string[] | undefined>;

const field = "mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm";
const labelClass = "block text-sm font-medium text-slate-700";
const card = "rounded-lg bg-white p-5 shadow-sm";

/** Colleagues open to networking: the viewer's own opt-in first, then the list with its filters. */
export default async function NetworkingPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePermission("request:networking", "/networking");
  const { prisma, report } = countingQueries(db());
  const [raw, locale, t, td, te, terr, own] = await Promise.all([
    searchParams,
    getLocale(),
    getTranslations("networking"),
    getTranslations("directory"),
    getTranslations("expertise"),
    getTranslations("errors"),
    loadOwnNetworking(prisma, user.id),
  ]);
  // Only the filters this page offers: text, language, entity, duty station, network.
  const parsed = parseDirectoryFilters(raw);
  const asked: DirectoryFilters = {
    ...parsed,
    gender: undefined,
    expertise: undefined,
    timeZone: undefined,
    free: false,
    sort: "name",
  };
  const { options, filters } = await directoryOptionsByKind.networking.resolve(prisma, asked);
  const result = await searchDirectory(prisma, filters, user.id, "networking");
  report("/networking");

  const fr = locale === "fr";
  const name = (p: Place | null) => (p ? (fr ? p.nameFr : p.nameEn) : null);
  const languageNames = new Map(options.languages.map((l) => [l.code, fr ? l.nameFr : l.nameEn]));
  const displayNames = new Intl.DisplayNames([locale], { type: "language" });
  const languageName = (code: string) => languageNames.get(code) ?? displayNames.of(code) ?? code;
  const list = new Intl.ListFormat(locale, { style: "long", type: "conjunction" });
  const href = (change: Partial<DirectoryFilters>) => {
    const query = directoryQueryString({ ...filters, page: 1, ...change });
    return query ? `/networking?${query}` : "/networking";
  };
  const narrowed = hasNarrowing(filters);
  const entityValue =
    filters.entity.kind === "code" ? filters.entity.code : filters.entity.kind === "any" ? "" : filters.entity.kind;
  const profile = own?.profile ?? null;
  const statusText = !profile
    ? null
    : profile.status === "submitted"
      ? t("own.submitted")
      : profile.status !== "approved"
        ? t("own.notListed")
        : profile.availability === "open"
          ? t("own.open")
          : t("own.paused");

  const form = own && (
    <NetworkingProfileForm
      isNew={!profile}
      maxConversations={own.programme.maxConversations}
      languages={options.languages.map((l) => ({ value: l.code, label: name(l) ?? l.code }))}
      areas={EXPERTISE_AREAS.map((a) => ({ value: a, label: te(a) }))}
      values={
        profile
          ? {
              bioEn: profile.bioEn,
              bioFr: profile.bioFr,
              coachingLanguages: profile.coachingLanguages,
              expertiseAreas: profile.expertiseAreas,
              capacity: profile.capacity,
              availability: profile.availability,
            }
          : {
              bioEn: "",
              bioFr: "",
              coachingLanguages: [user.preferredLanguage],
              expertiseAreas: [],
              capacity: 1,
              availability: "open",
            }
      }
    />
  );

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />

      <section aria-labelledby="own-networking" className={card} data-testid="own-networking">
        <h2 id="own-networking" className="text-xl font-semibold">
          {t("own.title")}
        </h2>
        {!own ? (
          <p className="mt-1 text-slate-600">{terr("networkingUnavailable")}</p>
        ) : !profile ? (
          <>
            <p className="mb-4 mt-1 text-slate-600">{t("own.leadNew")}</p>
            {form}
          </>
        ) : (
          <>
            <div className="mt-2 flex flex-wrap items-start justify-between gap-4">
              <div>
                <p role="status" className="text-slate-800" data-testid="own-networking-status">
                  {statusText}
                </p>
                <p className="mt-1 text-sm text-slate-600">{t("own.conversations", { count: profile.active })}</p>
              </div>
              {profile.status === "approved" && <OptOutButton availability={profile.availability} />}
            </div>
            <details className="mt-4 rounded border border-slate-200 p-4">
              <summary className="cursor-pointer font-medium text-brand-700">{t("own.edit")}</summary>
              <div className="mt-4">{form}</div>
            </details>
          </>
        )}
      </section>

      <form
        method="get"
        action="/networking"
        role="search"
        aria-label={t("filters.label")}
        className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-5"
      >
        <div>
          <label htmlFor="q" className={labelClass}>
            {td("filters.search")}
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={filters.q}
            maxLength={100}
            placeholder={t("filters.searchPlaceholder")}
            className={`${field} py-2`}
          />
        </div>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <FilterSelect
            id="language"
            label={t("filters.language")}
            value={filters.language}
            anyLabel={td("filters.anyLanguage")}
            choices={options.languages.map((l) => ({ value: l.code, label: name(l) }))}
          />
          <div>
            <label htmlFor="entity" className={labelClass}>
              {td("filters.entity")}
            </label>
            <select id="entity" name="entity" defaultValue={entityValue} className={field}>
              <option value="">{td("filters.entityAny")}</option>
              <option value="mine">{td("filters.entityMine")}</option>
              <option value="others">{td("filters.entityOthers")}</option>
              <optgroup label={td("filters.entityGiven")}>
                {options.entities.map((e) => (
                  <option key={e.code} value={e.code}>
                    {e.code} — {name(e)}
                  </option>
                ))}
              </optgroup>
            </select>
          </div>
          <FilterSelect
            id="station"
            label={td("filters.station")}
            value={filters.station}
            anyLabel={td("filters.anyStation")}
            choices={options.stations.map((d) => ({ value: d.code, label: name(d) }))}
          />
          <FilterSelect
            id="network"
            label={td("filters.network")}
            value={filters.network}
            anyLabel={td("filters.anyNetwork")}
            choices={options.networks.map((n) => ({ value: n.code, label: name(n) }))}
          />
        </div>
        <div className="flex flex-wrap items-center justify-end gap-4">
          {narrowed && (
            <Link href="/networking" className="text-sm text-brand-700 underline">
              {td("filters.clear")}
            </Link>
          )}
          <button
            type="submit"
            className="rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
          >
            {t("filters.apply")}
          </button>
        </div>
      </form>

      <p aria-live="polite" className="text-sm text-slate-700" data-testid="directory-count">
        <span className="font-semibold text-slate-900">{t("count", { count: result.total })}</span>
        {result.pageCount > 1 && (
          <span className="text-slate-500"> · {td("pageOf", { page: result.page, pages: result.pageCount })}</span>
        )}
      </p>

      {result.coaches.length === 0 ? (
        <div className="rounded-lg bg-white p-8 text-center shadow-sm" data-testid="directory-empty">
          <p className="font-medium text-slate-800">{narrowed ? t("empty.filtered") : t("empty.none")}</p>
          {narrowed && <p className="mt-1 text-sm text-slate-600">{td("empty.hint")}</p>}
        </div>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {result.coaches.map((c) => (
            <li key={c.id}>
              <CoachCard
                coach={c}
                href={`/networking/${c.id}`}
                texts={{
                  photoAlt: td("card.photoAlt", { name: c.name ?? "" }),
                  view: t("card.view", { name: c.name ?? "" }),
                  entityName: name(c.entity),
                  station: name(c.dutyStation),
                  expertise: c.expertiseAreas.map((a) => ({ code: a, label: te(a) })),
                  coachesIn: t("card.talksIn", { languages: list.format(c.coachingLanguages.map(languageName)) }),
                  bio: (fr ? c.bioFr || c.bioEn : c.bioEn || c.bioFr) || null,
                  noBio: t("card.noTopics"),
                  places: c.userId === user.id ? t("card.you") : t("card.places", { count: c.placesLeft }),
                }}
              />
            </li>
          ))}
        </ul>
      )}

      {result.pageCount > 1 && (
        <nav aria-label={td("pagination.label")} className="flex items-center justify-center gap-4 text-sm">
          {result.page > 1 && (
            <Link
              href={href({ page: result.page - 1 })}
              rel="prev"
              className="rounded px-3 py-1.5 text-brand-700 hover:bg-brand-50"
            >
              ← {td("pagination.previous")}
            </Link>
          )}
          <span className="text-slate-600">{td("pageOf", { page: result.page, pages: result.pageCount })}</span>
          {result.page < result.pageCount && (
            <Link
              href={href({ page: result.page + 1 })}
              rel="next"
              className="rounded px-3 py-1.5 text-brand-700 hover:bg-brand-50"
            >
              {td("pagination.next")} →
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
