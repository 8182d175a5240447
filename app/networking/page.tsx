import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CoachCard } from "@/components/directory/coach-card";
import { directoryNames } from "@/components/directory/directory-names";
import { EntityFilter } from "@/components/directory/entity-filter";
import { NetworkingProfileForm } from "@/components/networking/networking-profile-form";
import { OptOutButton } from "@/components/networking/opt-out-button";
import { PageHeader } from "@/components/page-header";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { link } from "@/components/ui/styles";
import {
  directoryQueryString,
  type DirectoryFilters,
  EXPERTISE_AREAS,
  hasNarrowing,
  parseDirectoryFilters,
} from "@/lib/domain/directory-filters";
import { requirePermission } from "@/lib/server/auth/current-user";
import { countingQueries, directoryOptionsByKind, searchDirectory } from "@/lib/server/coaches/search-directory";
import { db } from "@/lib/server/db";
import { loadOwnNetworking } from "@/lib/server/networking/load-own-networking";

type Search = Record<string, string | string[] | undefined>;

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
  const { name, languageName, list } = directoryNames(locale, options.languages);
  const href = (change: Partial<DirectoryFilters>) => {
    const query = directoryQueryString({ ...filters, page: 1, ...change });
    return query ? `/networking?${query}` : "/networking";
  };
  const narrowed = hasNarrowing(filters);
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

      <Card heading={t("own.title")} headingId="own-networking" data-testid="own-networking">
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
      </Card>

      <Card as="div" padding="compact" className="sm:p-5">
        <form method="get" action="/networking" role="search" aria-label={t("filters.label")} className="space-y-4">
          <TextField
            id="q"
            name="q"
            type="search"
            compact
            label={td("filters.search")}
            defaultValue={filters.q}
            maxLength={100}
            placeholder={t("filters.searchPlaceholder")}
          />
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            <SelectField
              id="language"
              name="language"
              compact
              label={t("filters.language")}
              defaultValue={filters.language ?? ""}
              placeholder={td("filters.anyLanguage")}
              options={options.languages.map((l) => ({ value: l.code, label: name(l) }))}
            />
            <EntityFilter
              value={filters.entity}
              entities={options.entities.map((e) => ({ code: e.code, name: name(e) }))}
              labels={{
                label: td("filters.entity"),
                any: td("filters.entityAny"),
                mine: td("filters.entityMine"),
                others: td("filters.entityOthers"),
                given: td("filters.entityGiven"),
              }}
            />
            <SelectField
              id="station"
              name="station"
              compact
              label={td("filters.station")}
              defaultValue={filters.station ?? ""}
              placeholder={td("filters.anyStation")}
              options={options.stations.map((d) => ({ value: d.code, label: name(d) }))}
            />
            <SelectField
              id="network"
              name="network"
              compact
              label={td("filters.network")}
              defaultValue={filters.network ?? ""}
              placeholder={td("filters.anyNetwork")}
              options={options.networks.map((n) => ({ value: n.code, label: name(n) }))}
            />
          </div>
          <div className="flex flex-wrap items-center justify-end gap-4">
            {narrowed && (
              <Link href="/networking" className={`text-sm ${link}`}>
                {td("filters.clear")}
              </Link>
            )}
            <Button type="submit">{t("filters.apply")}</Button>
          </div>
        </form>
      </Card>

      <p aria-live="polite" className="text-sm text-slate-700" data-testid="directory-count">
        <span className="font-semibold text-slate-900">{t("count", { count: result.total })}</span>
        {result.pageCount > 1 && (
          <span className="text-slate-500"> · {td("pageOf", { page: result.page, pages: result.pageCount })}</span>
        )}
      </p>

      {result.coaches.length === 0 ? (
        <Card as="div" padding="spacious" className="text-center" data-testid="directory-empty">
          <p className="font-medium text-slate-800">{narrowed ? t("empty.filtered") : t("empty.none")}</p>
          {narrowed && <p className="mt-1 text-sm text-slate-600">{td("empty.hint")}</p>}
        </Card>
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
                  coachesIn: t("card.talksIn", { languages: list(c.coachingLanguages.map(languageName)) }),
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
