import "server-only";
// The coach directory's search: filtering, text search, sorting and paging all happen in the
// database, in one query that also returns the total, plus the filter options (cached briefly).
// Plain SQL that PGlite and PostgreSQL run alike; every value reaches the database as a bind
// parameter (Prisma.sql).
//
// What keeps it fast (issue #4's benchmark: 10,000 coaches, 50,000 staff):
// - the text search reads MatchingProfile."searchText" (name and both bios, folded once when they
//   are written, by the triggers of migration directory_search, with a trigram index) instead of
//   folding every listed coach's texts on each request;
// - the sort reads MatchingProfile."sortName" (the folded name, kept the same way);
// - the matches are found and counted on narrow rows (id, sort key), and only the page's dozen
//   rows are joined to the person, their entity and duty station, and their active engagements;
// - the person is joined only for filters on the person; otherwise disabled people are left out
//   by an anti-join on the few with "disabledAt" set (indexed).
import type { Db } from "../../db/client";
import {
  DIRECTORY_PAGE_SIZE,
  directoryQueryString,
  type DirectoryFilters,
  type DirectoryOptions,
  EXPERTISE_AREAS,
  type ExpertiseAreaCode,
  expertiseMatching,
  keepKnownValues,
  likePattern,
  searchTerms,
} from "../../domain/directory-filters";
import { Prisma } from "../../generated/prisma/client";
import en from "../../../messages/en.json";
import fr from "../../../messages/fr.json";
import { LISTED_PROFILE } from "../../domain/coach-lifecycle";
import { freePlaces } from "../../domain/match-request";
import type { ProfileKind } from "../../domain/matching-rules";

export type Place = { code: string; nameEn: string; nameFr: string };

export type DirectoryCard = {
  id: string;
  userId: string;
  name: string | null;
  hasPhoto: boolean;
  entity: Place | null;
  dutyStation: Place | null;
  expertiseAreas: ExpertiseAreaCode[];
  coachingLanguages: string[];
  capacity: number;
  placesLeft: number;
  bioEn: string | null;
  bioFr: string | null;
};

export type DirectoryPage = { coaches: DirectoryCard[]; total: number; page: number; pageCount: number };

export type DirectoryOptionLists = {
  entities: Place[];
  stations: Place[];
  networks: Place[];
  languages: Place[];
  timeZones: string[];
};

const EXPERTISE_LABELS = Object.fromEntries(
  EXPERTISE_AREAS.map((a) => [a, [en.expertise[a], fr.expertise[a]]]),
) as Record<ExpertiseAreaCode, string[]>;

/**
 * The profile side of the listing rule (isListed, LISTED_PROFILE in lib/domain/coach-lifecycle.ts:
 * approved, open, credential not lapsed; index MatchingProfile(kind, status, credentialLapsedAt)) over cp,
 * for profiles of one kind. The owner side (not disabled) is in
 * `matching` below; tests/integration/directory.test.ts holds this SQL to the predicate.
 */
const listedProfile = (kind: ProfileKind) =>
  Prisma.sql`cp.kind = ${kind}::"ProfileKind" and cp.status = 'approved' and cp.availability = 'open' and cp."credentialLapsedAt" is null`;

/** Active engagements of the coach profile cp, counted for that one profile. */
const ACTIVE_ENGAGEMENTS = Prisma.sql`(select count(*) from "Engagement" g where g."profileId" = cp.id and g.status = 'active')`;

/**
 * The listed coaches that match the filters, as `from … where …` over cp (MatchingProfile), joined
 * to u (User) only when a filter is about the person. With `allActive`, the active engagements of
 * every profile are counted in one pass and joined as a.active (cheaper than one count per profile
 * when every match needs it: sorting by places left); `active` is the expression to use.
 */
function matching(
  f: DirectoryFilters,
  viewerId: string,
  { allActive = false, kind = "coach" as ProfileKind } = {},
): { sql: Prisma.Sql; active: Prisma.Sql } {
  const active = allActive ? Prisma.sql`coalesce(a.active, 0)` : ACTIVE_ENGAGEMENTS;
  const person: Prisma.Sql[] = [];
  const viewerEntity = Prisma.sql`(select v."entityId" from "User" v where v.id = ${viewerId})`;
  if (f.entity.kind === "mine") person.push(Prisma.sql`u."entityId" = ${viewerEntity}`);
  if (f.entity.kind === "others") person.push(Prisma.sql`u."entityId" is distinct from ${viewerEntity}`);
  if (f.entity.kind === "code")
    person.push(Prisma.sql`u."entityId" = (select x.id from "Entity" x where x.code = ${f.entity.code})`);
  if (f.station)
    person.push(Prisma.sql`u."dutyStationId" = (select x.id from "DutyStation" x where x.code = ${f.station})`);
  if (f.gender) person.push(Prisma.sql`u.gender = ${f.gender}::"Gender"`);
  if (f.timeZone) person.push(Prisma.sql`u."timeZone" = ${f.timeZone}`);

  const where: Prisma.Sql[] = [listedProfile(kind)];
  if (f.expertise) where.push(Prisma.sql`cp."expertiseAreas" @> array[${f.expertise}]::"ExpertiseArea"[]`);
  if (f.language) where.push(Prisma.sql`cp."coachingLanguages" @> array[${f.language}]::text[]`);
  if (f.network) {
    where.push(
      Prisma.sql`exists (select 1 from "_ProfessionalNetworkToUser" pn join "ProfessionalNetwork" n on n.id = pn."A" where pn."B" = cp."userId" and n.code = ${f.network})`,
    );
  }
  for (const term of searchTerms(f.q)) {
    const areas = expertiseMatching(term, EXPERTISE_LABELS);
    const text = Prisma.sql`cp."searchText" like ${likePattern(term)}`;
    where.push(
      areas.length
        ? Prisma.sql`(${text} or cp."expertiseAreas" && array[${Prisma.join(areas)}]::"ExpertiseArea"[])`
        : text,
    );
  }
  if (f.free) where.push(Prisma.sql`${active} < cp.capacity`);

  const from = [Prisma.sql`"MatchingProfile" cp`];
  if (person.length === 0) {
    where.push(Prisma.sql`not exists (select 1 from "User" x where x.id = cp."userId" and x."disabledAt" is not null)`);
  } else {
    from.push(Prisma.sql`join "User" u on u.id = cp."userId"`);
    where.push(Prisma.sql`u."disabledAt" is null`, ...person);
  }
  if (allActive) {
    from.push(Prisma.sql`left join (select g."profileId", count(*) as active from "Engagement" g where g.status = 'active' group by g."profileId") a
                           on a."profileId" = cp.id`);
  }
  return { sql: Prisma.sql`from ${Prisma.join(from, " ")} where ${Prisma.join(where, " and ")}`, active };
}

type Row = {
  id: string;
  userId: string;
  name: string | null;
  hasPhoto: boolean;
  entityCode: string | null;
  entityNameEn: string | null;
  entityNameFr: string | null;
  stationCode: string | null;
  stationNameEn: string | null;
  stationNameFr: string | null;
  expertiseAreas: ExpertiseAreaCode[];
  coachingLanguages: string[];
  capacity: number;
  active: number;
  bioEn: string | null;
  bioFr: string | null;
  total: number;
};

const place = (code: string | null, nameEn: string | null, nameFr: string | null): Place | null =>
  code ? { code, nameEn: nameEn ?? code, nameFr: nameFr ?? code } : null;

async function fetchPage(
  prisma: Db,
  f: DirectoryFilters,
  viewerId: string,
  page: number,
  kind: ProfileKind,
): Promise<Row[]> {
  return prisma.$queryRaw<Row[]>(directoryPageQuery(f, viewerId, page, kind));
}

/**
 * The statement of one directory page: its cards and the number of matches (the page benchmark
 * also runs it as is, scripts/bench-floor.ts).
 */
export function directoryPageQuery(f: DirectoryFilters, viewerId: string, page: number, kind: ProfileKind) {
  const byPlaces = f.sort === "places";
  const matches = matching(f, viewerId, { allActive: byPlaces, kind });
  // The matches, narrow (id and sort keys), materialised once: counted, and sorted for the page
  // (by places left: freePlaces of lib/domain/match-request.ts, in SQL).
  const keys = byPlaces
    ? Prisma.sql`cp.id, cp."sortName", greatest(cp.capacity - ${matches.active}, 0) as places`
    : Prisma.sql`cp.id, cp."sortName"`;
  const order = (t: string) => {
    const m = Prisma.raw(t);
    return byPlaces
      ? Prisma.sql`${m}.places desc, ${m}."sortName" collate "C", ${m}.id`
      : Prisma.sql`${m}."sortName" collate "C", ${m}.id`;
  };
  return Prisma.sql`
    with m as materialized (select ${keys} ${matches.sql}),
         p as (select * from m order by ${order("m")} limit ${DIRECTORY_PAGE_SIZE} offset ${(page - 1) * DIRECTORY_PAGE_SIZE})
    select cp.id, cp."userId", u.name, (cp."photoKey" is not null) as "hasPhoto",
           e.code as "entityCode", e."nameEn" as "entityNameEn", e."nameFr" as "entityNameFr",
           d.code as "stationCode", d."nameEn" as "stationNameEn", d."nameFr" as "stationNameFr",
           coalesce(cp."expertiseAreas"::text[], '{}') as "expertiseAreas",
           coalesce(cp."coachingLanguages", '{}') as "coachingLanguages", cp.capacity,
           ${ACTIVE_ENGAGEMENTS}::int as active,
           left(cp."bioEn", 320) as "bioEn", left(cp."bioFr", 320) as "bioFr",
           (select count(*) from m)::int as total
      from p
      join "MatchingProfile" cp on cp.id = p.id
      join "User" u on u.id = cp."userId"
      left join "Entity" e on e.id = u."entityId"
      left join "DutyStation" d on d.id = u."dutyStationId"
     order by ${order("p")}`;
}

async function countListed(prisma: Db, f: DirectoryFilters, viewerId: string, kind: ProfileKind): Promise<number> {
  const [{ total }] = await prisma.$queryRaw<
    { total: number }[]
  >`select count(*)::int as total ${matching(f, viewerId, { kind }).sql}`;
  return total;
}

/**
 * One page of the directory of profiles of one kind (coaches by default, mentors, colleagues open
 * to networking) for `viewerId` (whose entity "inside/outside my entity" refers to).
 * One query; a page past the end costs a second one (the count) and shows the last page.
 */
export async function searchDirectory(
  prisma: Db,
  f: DirectoryFilters,
  viewerId: string,
  kind: ProfileKind = "coach",
): Promise<DirectoryPage> {
  let page = f.page;
  let rows = await fetchPage(prisma, f, viewerId, page, kind);
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && page > 1) {
    total = await countListed(prisma, f, viewerId, kind);
    page = Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE));
    rows = total > 0 ? await fetchPage(prisma, f, viewerId, page, kind) : [];
  }
  return {
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE)),
    coaches: rows.map((r) => ({
      id: r.id,
      userId: r.userId,
      name: r.name,
      hasPhoto: r.hasPhoto,
      entity: place(r.entityCode, r.entityNameEn, r.entityNameFr),
      dutyStation: place(r.stationCode, r.stationNameEn, r.stationNameFr),
      expertiseAreas: r.expertiseAreas,
      coachingLanguages: r.coachingLanguages,
      capacity: r.capacity,
      placesLeft: freePlaces(r, r.active),
      bioEn: r.bioEn,
      bioFr: r.bioFr,
    })),
  };
}

/** Everything the filter form offers, in one query: reference lists and the listed profiles' time zones. */
export async function loadDirectoryOptions(prisma: Db, kind: ProfileKind = "coach"): Promise<DirectoryOptionLists> {
  const rows = await prisma.$queryRaw<{ kind: string; code: string; nameEn: string; nameFr: string }[]>`
    select 'entity' as kind, code, "nameEn", "nameFr" from "Entity"
    union all select 'station', code, "nameEn", "nameFr" from "DutyStation"
    union all select 'network', code, "nameEn", "nameFr" from "ProfessionalNetwork"
    union all select 'language', code, "nameEn", "nameFr" from "Language"
    union all select * from (
      select distinct 'tz', u."timeZone", u."timeZone", u."timeZone"
        from "MatchingProfile" cp join "User" u on u.id = cp."userId"
       where ${listedProfile(kind)} and u."disabledAt" is null
    ) tz`;
  const of = (kind: string) =>
    rows.filter((r) => r.kind === kind).map(({ code, nameEn, nameFr }) => ({ code, nameEn, nameFr }));
  const byCode = (a: Place, b: Place) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  return {
    entities: of("entity").sort(byCode),
    stations: of("station").sort((a, b) => a.nameEn.localeCompare(b.nameEn)),
    networks: of("network").sort(byCode),
    languages: of("language").sort((a, b) => a.nameEn.localeCompare(b.nameEn)),
    timeZones: of("tz")
      .map((t) => t.code)
      .sort(),
  };
}

/**
 * The filter options, kept for `ttlMs` (reference lists and the listed coaches' time zones
 * change rarely; the listing itself is never cached), with the filters checked against them.
 * A filter value the kept lists do not know (a brand-new entity, a time zone whose first coach
 * was just approved) makes it reload them at once, so a valid filter is never dropped; to keep a
 * stream of made-up values from reloading on every request, not more than once a second.
 * Concurrent reloads share one query.
 */
export function directoryOptionsCache({
  ttlMs = 60_000,
  now = () => Date.now(),
  kind = "coach" as ProfileKind,
}: { ttlMs?: number; now?: () => number; kind?: ProfileKind } = {}) {
  let kept: { options: DirectoryOptionLists; at: number } | null = null;
  let loading: Promise<DirectoryOptionLists> | null = null;
  const load = (prisma: Db) =>
    (loading ??= loadDirectoryOptions(prisma, kind)
      .then((options) => {
        kept = { options, at: now() };
        return options;
      })
      .finally(() => {
        loading = null;
      }));
  return {
    async resolve(
      prisma: Db,
      filters: DirectoryFilters,
    ): Promise<{ options: DirectoryOptionLists; filters: DirectoryFilters }> {
      const fresh = kept && now() - kept.at < ttlMs ? kept : null;
      let options = fresh ? fresh.options : await load(prisma);
      let known = keepKnownValues(filters, optionCodes(options));
      const dropped = directoryQueryString(known) !== directoryQueryString(filters);
      if (dropped && fresh && now() - fresh.at >= 1000) {
        options = await load(prisma);
        known = keepKnownValues(filters, optionCodes(options));
      }
      return { options, filters: known };
    },
    clear() {
      kept = null;
    },
  };
}

/** The app's options caches (one database per server process), one per kind of profile. */
export const directoryOptions = directoryOptionsCache();
export const directoryOptionsByKind: Record<ProfileKind, ReturnType<typeof directoryOptionsCache>> = {
  coach: directoryOptions,
  mentor: directoryOptionsCache({ kind: "mentor" }),
  networking: directoryOptionsCache({ kind: "networking" }),
};

export function optionCodes(o: DirectoryOptionLists): DirectoryOptions {
  return {
    entities: o.entities.map((e) => e.code),
    stations: o.stations.map((s) => s.code),
    networks: o.networks.map((n) => n.code),
    languages: o.languages.map((l) => l.code),
    timeZones: o.timeZones,
  };
}

export type DirectoryProfile = {
  id: string;
  userId: string;
  name: string | null;
  hasPhoto: boolean;
  entity: Place | null;
  dutyStation: Place | null;
  timeZone: string;
  gender: string | null;
  languages: string[];
  coachingLanguages: string[];
  networks: Place[];
  expertiseAreas: ExpertiseAreaCode[];
  bioEn: string | null;
  bioFr: string | null;
  approachEn: string | null;
  approachFr: string | null;
  isFormerStaff: boolean;
  credentialKind: string | null;
  capacity: number;
  placesLeft: number;
};

const placeSelect = { select: { code: true, nameEn: true, nameFr: true } } as const;

/** A listed profile's page (one query), or null when it is not listed (or not of this kind). */
export async function findListedCoach(
  prisma: Db,
  id: string,
  kind: ProfileKind = "coach",
): Promise<DirectoryProfile | null> {
  const c = await prisma.matchingProfile.findFirst({
    where: { id, kind, ...LISTED_PROFILE },
    select: {
      id: true,
      userId: true,
      photoKey: true,
      expertiseAreas: true,
      coachingLanguages: true,
      bioEn: true,
      bioFr: true,
      approachEn: true,
      approachFr: true,
      isFormerStaff: true,
      credentialKind: true,
      capacity: true,
      _count: { select: { engagements: { where: { status: "active" } } } },
      user: {
        select: {
          name: true,
          timeZone: true,
          gender: true,
          languages: true,
          entity: placeSelect,
          dutyStation: placeSelect,
          networks: { ...placeSelect, orderBy: { code: "asc" } },
        },
      },
    },
  });
  if (!c) return null;
  return {
    id: c.id,
    userId: c.userId,
    name: c.user.name,
    hasPhoto: Boolean(c.photoKey),
    entity: c.user.entity,
    dutyStation: c.user.dutyStation,
    timeZone: c.user.timeZone,
    gender: c.user.gender,
    languages: c.user.languages,
    coachingLanguages: c.coachingLanguages,
    networks: c.user.networks,
    expertiseAreas: c.expertiseAreas,
    bioEn: c.bioEn,
    bioFr: c.bioFr,
    approachEn: c.approachEn,
    approachFr: c.approachFr,
    isFormerStaff: c.isFormerStaff,
    credentialKind: c.credentialKind,
    capacity: c.capacity,
    placesLeft: freePlaces(c, c._count.engagements),
  };
}

/**
 * With BINOME_COUNT_QUERIES=1, a client that counts the queries made through it (the benchmark
 * reads the count from the server's log); otherwise the client itself.
 */
export function countingQueries(prisma: Db): { prisma: Db; report: (label: string) => void } {
  if (process.env.BINOME_COUNT_QUERIES !== "1") return { prisma, report: () => {} };
  let count = 0;
  const counted = prisma.$extends({
    query: {
      $allOperations({ args, query }) {
        count++;
        return query(args);
      },
    },
  });
  return { prisma: counted as unknown as Db, report: (label) => console.info(`[binome:queries] ${label} ${count}`) };
}
