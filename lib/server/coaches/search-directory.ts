import "server-only";
// The coach directory's search: filtering, text search, sorting and paging all happen in the
// database, in one query that also returns the total (count(*) over ()), plus one query for the
// filter options. Plain SQL that PGlite and PostgreSQL run alike (no unaccent, no collation-
// dependent ordering); every value reaches the database as a bind parameter (Prisma.sql).
import type { Db } from "../../db/client";
import {
  DIRECTORY_PAGE_SIZE,
  type DirectoryFilters,
  type DirectoryOptions,
  EXPERTISE_AREAS,
  type ExpertiseAreaCode,
  expertiseMatching,
  FOLD_FROM,
  FOLD_TO,
  likePattern,
  placesLeft,
  searchTerms,
} from "../../domain/directory-filters";
import { Prisma } from "../../generated/prisma/client";
import en from "../../../messages/en.json";
import fr from "../../../messages/fr.json";
import { LISTED_COACH } from "./list-directory-coaches";

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

const EXPERTISE_LABELS = Object.fromEntries(EXPERTISE_AREAS.map((a) => [a, [en.expertise[a], fr.expertise[a]]])) as Record<
  ExpertiseAreaCode,
  string[]
>;

/** The listed rule of isListed() (approved and open) and not disabled, as SQL over cp and u. */
const LISTED_SQL = Prisma.sql`cp.status = 'approved' and cp.availability = 'open' and u."disabledAt" is null`;

/** Name and bios, folded (no accents, lower case) like foldText() does in JavaScript. */
const SEARCHABLE = Prisma.sql`lower(translate(coalesce(u.name, '') || ' ' || coalesce(cp."bioEn", '') || ' ' || coalesce(cp."bioFr", ''), ${FOLD_FROM}, ${FOLD_TO}))`;

function conditions(f: DirectoryFilters, viewerId: string): Prisma.Sql[] {
  const where: Prisma.Sql[] = [LISTED_SQL];
  const viewerEntity = Prisma.sql`(select v."entityId" from "User" v where v.id = ${viewerId})`;
  if (f.entity.kind === "mine") where.push(Prisma.sql`u."entityId" = ${viewerEntity}`);
  if (f.entity.kind === "others") where.push(Prisma.sql`u."entityId" is distinct from ${viewerEntity}`);
  if (f.entity.kind === "code") where.push(Prisma.sql`e.code = ${f.entity.code}`);
  if (f.station) where.push(Prisma.sql`d.code = ${f.station}`);
  if (f.gender) where.push(Prisma.sql`u.gender = ${f.gender}::"Gender"`);
  if (f.expertise) where.push(Prisma.sql`cp."expertiseAreas" @> array[${f.expertise}]::"ExpertiseArea"[]`);
  if (f.language) where.push(Prisma.sql`cp."coachingLanguages" @> array[${f.language}]::text[]`);
  if (f.timeZone) where.push(Prisma.sql`u."timeZone" = ${f.timeZone}`);
  if (f.network) {
    where.push(Prisma.sql`exists (select 1 from "_ProfessionalNetworkToUser" pn join "ProfessionalNetwork" n on n.id = pn."A" where pn."B" = u.id and n.code = ${f.network})`);
  }
  if (f.free) where.push(Prisma.sql`coalesce(a.active, 0) < cp.capacity`);
  for (const term of searchTerms(f.q)) {
    const areas = expertiseMatching(term, EXPERTISE_LABELS);
    const text = Prisma.sql`${SEARCHABLE} like ${likePattern(term)}`;
    where.push(areas.length ? Prisma.sql`(${text} or cp."expertiseAreas" && array[${Prisma.join(areas)}]::"ExpertiseArea"[])` : text);
  }
  return where;
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

async function fetchPage(prisma: Db, f: DirectoryFilters, viewerId: string, page: number): Promise<Row[]> {
  const order =
    f.sort === "places"
      ? Prisma.sql`greatest(cp.capacity - coalesce(a.active, 0), 0) desc, sort_name, cp.id`
      : Prisma.sql`sort_name, cp.id`;
  return prisma.$queryRaw<Row[]>`
    select cp.id, cp."userId", u.name, (cp."photoKey" is not null) as "hasPhoto",
           e.code as "entityCode", e."nameEn" as "entityNameEn", e."nameFr" as "entityNameFr",
           d.code as "stationCode", d."nameEn" as "stationNameEn", d."nameFr" as "stationNameFr",
           cp."expertiseAreas"::text[] as "expertiseAreas", cp."coachingLanguages", cp.capacity,
           coalesce(a.active, 0)::int as active,
           left(cp."bioEn", 320) as "bioEn", left(cp."bioFr", 320) as "bioFr",
           lower(translate(coalesce(u.name, ''), ${FOLD_FROM}, ${FOLD_TO})) collate "C" as sort_name,
           (count(*) over ())::int as total
      from "CoachProfile" cp
      join "User" u on u.id = cp."userId"
      left join "Entity" e on e.id = u."entityId"
      left join "DutyStation" d on d.id = u."dutyStationId"
      left join lateral (
        select count(*)::int as active from "Engagement" g where g."coachProfileId" = cp.id and g.status = 'active'
      ) a on true
     where ${Prisma.join(conditions(f, viewerId), " and ")}
     order by ${order}
     limit ${DIRECTORY_PAGE_SIZE} offset ${(page - 1) * DIRECTORY_PAGE_SIZE}`;
}

async function countListed(prisma: Db, f: DirectoryFilters, viewerId: string): Promise<number> {
  const [{ total }] = await prisma.$queryRaw<{ total: number }[]>`
    select count(*)::int as total
      from "CoachProfile" cp
      join "User" u on u.id = cp."userId"
      left join "Entity" e on e.id = u."entityId"
      left join "DutyStation" d on d.id = u."dutyStationId"
      left join lateral (
        select count(*)::int as active from "Engagement" g where g."coachProfileId" = cp.id and g.status = 'active'
      ) a on true
     where ${Prisma.join(conditions(f, viewerId), " and ")}`;
  return total;
}

/**
 * One page of the directory for `viewerId` (whose entity "inside/outside my entity" refers to).
 * One query; a page past the end costs a second one (the count) and shows the last page.
 */
export async function searchDirectory(prisma: Db, f: DirectoryFilters, viewerId: string): Promise<DirectoryPage> {
  let page = f.page;
  let rows = await fetchPage(prisma, f, viewerId, page);
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && page > 1) {
    total = await countListed(prisma, f, viewerId);
    page = Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE));
    rows = total > 0 ? await fetchPage(prisma, f, viewerId, page) : [];
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
      placesLeft: placesLeft(r.capacity, r.active),
      bioEn: r.bioEn,
      bioFr: r.bioFr,
    })),
  };
}

/** Everything the filter form offers, in one query: reference lists and the listed coaches' time zones. */
export async function loadDirectoryOptions(prisma: Db): Promise<DirectoryOptionLists> {
  const rows = await prisma.$queryRaw<{ kind: string; code: string; nameEn: string; nameFr: string }[]>`
    select 'entity' as kind, code, "nameEn", "nameFr" from "Entity"
    union all select 'station', code, "nameEn", "nameFr" from "DutyStation"
    union all select 'network', code, "nameEn", "nameFr" from "ProfessionalNetwork"
    union all select 'language', code, "nameEn", "nameFr" from "Language"
    union all select * from (
      select distinct 'tz', u."timeZone", u."timeZone", u."timeZone"
        from "CoachProfile" cp join "User" u on u.id = cp."userId"
       where ${LISTED_SQL}
    ) tz`;
  const of = (kind: string) => rows.filter((r) => r.kind === kind).map(({ code, nameEn, nameFr }) => ({ code, nameEn, nameFr }));
  const byCode = (a: Place, b: Place) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  return {
    entities: of("entity").sort(byCode),
    stations: of("station").sort((a, b) => a.nameEn.localeCompare(b.nameEn)),
    networks: of("network").sort(byCode),
    languages: of("language").sort((a, b) => a.nameEn.localeCompare(b.nameEn)),
    timeZones: of("tz").map((t) => t.code).sort(),
  };
}

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

/** A listed coach's profile page (one query), or null when the coach is not listed. */
export async function findListedCoach(prisma: Db, id: string): Promise<DirectoryProfile | null> {
  const c = await prisma.coachProfile.findFirst({
    where: { id, ...LISTED_COACH },
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
    placesLeft: placesLeft(c.capacity, c._count.engagements),
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
  return { prisma: counted as unknown as Db, report: (label) => console.log(`[binome:queries] ${label} ${count}`) };
}
