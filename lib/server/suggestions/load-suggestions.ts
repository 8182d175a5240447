import "server-only";
// "Suggested for you" for one client (coaches) or mentee (mentors): what is known of the person
// (their stated preferences for the programme, else the languages they speak from HR data), the
// programme's weights, their reporting line and earlier engagements, and the listed profiles with a
// free place, then the score of lib/domain/match-suggestions.ts in memory.
//
// What keeps it fast at 10,000 coaches (scripts/bench.ts prints it): the database does not send
// every listed profile to be scored here. It orders them by a bound of the score (the same terms,
// weights and preferences, rounded the same way: the score itself, except that a zone other than
// the duty stations' counts as a whole working day in common), then by places left, name and id as
// the ranking does (names in code-point order, the "C" collation), and sends the first few; those
// are scored by lib/domain/match-suggestions.ts, the single source of the score and its reasons.
// A row left behind scores at most its bound and comes after the next row in that order: once that
// next row, at its bound, would rank after the sixth suggestion, no row left behind can take a
// place, and the six are those of the ranking of all candidates. Else four times as many rows.
// The reporting line and earlier engagements are left out in the query too (the domain function
// leaves them out again), so that they take no row.
//
// The bound needs each profile's places left and its person's entity, gender and zone; only the
// profiles that may reach the sixth place get them (loadRanked: a floor of the sixth score, from
// the 40 profiles whose own terms are best, leaves the others out), row by row through indexes.
// The listed profiles' few columns come from one index (MatchingProfile_suggestions_idx), not the
// wide rows with bios and search text.
//
// Two round trips, as before: side by side, the programme, the person's row with their preferences,
// the weights of their programmes, the duty stations' zones, the reporting line (a recursive walk
// of User."supervisorId", indexed, up and down) and the profiles they had an engagement with; then
// the ranked candidates (once, unless many bounds are above their scores). No relations are loaded.
import type { Db } from "../../db/client";
import type { ExpertiseAreaCode } from "../../domain/directory-filters";
import {
  type Candidate,
  compareSuggestions,
  effectiveWeights,
  FULL_PLACES,
  type GenderCode,
  hasPreferences,
  MAX_REPORTING_DEPTH,
  MAX_SUGGESTIONS,
  type MatchPreferences,
  type MatchWeights,
  type Reason,
  type ReportingEdge,
  reportingLine,
  type Seeker,
  type Suggestion,
  suggestMatches,
  workingHoursInCommon,
  WORKING_HOURS,
} from "../../domain/match-suggestions";
import { matchingRules } from "../../domain/matching-rules";
import { can, type Actor } from "../../domain/roles";
import { Prisma } from "../../generated/prisma/client";
import { DomainError } from "../errors";
import { findMatchingProgramme } from "../requests/coaching-enrolment";
import { weightsOf } from "./set-match-weights";

export type SuggestionView = { profileId: string; name: string; score: number; reasons: Reason[] };

export type Suggestions =
  /** Not enrolled in a programme of that kind: no block. */
  | { state: "none" }
  | {
      state: "ready";
      programmeSlug: string;
      /** Whether the person stated what they seek (else the block invites them to). */
      stated: boolean;
      suggestions: SuggestionView[];
    };

type CandidateRow = Omit<Candidate, "expertiseAreas" | "gender"> & {
  expertiseAreas: ExpertiseAreaCode[];
  gender: GenderCode | null;
};

type RankedRow = CandidateRow & { bound: number };

/** Rows fetched first: six, and room for bounds above their scores (zones counted as a whole day). */
const FIRST_ROWS = 16;

/**
 * scoreCandidate of lib/domain/match-suggestions.ts in SQL, term by term, for one person, their
 * weights and preferences: the terms of the profile (areas, languages, places left: over `c`) and
 * those of the person behind it (entity, gender, zone: over `u`), with the most the latter can add.
 * The hours in common come from `hoursByZone`; a zone not in it counts as `unknownZoneHours`
 * (a whole working day for a bound, none for a floor). The exactness tests in
 * tests/integration/suggestions.test.ts hold the loader to the domain's ranking.
 */
function scoreTerms(
  seeker: Seeker,
  prefs: MatchPreferences | null,
  w: MatchWeights,
  hoursByZone: Record<string, number>,
) {
  const profile: ((places: Prisma.Sql) => Prisma.Sql)[] = [];
  const person: ((unknownZoneHours: number) => Prisma.Sql)[] = [];
  let personMax = 0;
  const sought = prefs?.expertiseAreas ?? [];
  if (sought.length > 0 && w.expertise > 0) {
    const offered = sought.map(
      (a) => Prisma.sql`coalesce(${a}::"ExpertiseArea" = any(c."expertiseAreas"), false)::int`,
    );
    const term = Prisma.sql`${w.expertise}::float8 * (${Prisma.join(offered, " + ")}) / ${sought.length}`;
    profile.push(() => term);
  }
  const wanted = (prefs?.languages.length ?? 0) > 0 ? prefs!.languages : seeker.languages;
  if (wanted.length > 0 && w.language > 0)
    profile.push(
      () => Prisma.sql`case when c."coachingLanguages" && ${[...wanted]}::text[] then ${w.language}::float8 else 0 end`,
    );
  profile.push((places) => Prisma.sql`${w.freePlaces}::float8 * least(${places}, ${FULL_PLACES}) / ${FULL_PLACES}`);
  if (prefs && prefs.entityPreference !== "any" && seeker.entityId && w.entity > 0) {
    const inside = prefs.entityPreference === "inside";
    person.push(
      () =>
        Prisma.sql`case when coalesce(u."entityId" = ${seeker.entityId}, false) = ${inside} then ${w.entity}::float8 else 0 end`,
    );
    personMax += w.entity;
  }
  if (prefs?.gender && w.gender > 0) {
    person.push(() => Prisma.sql`case when u.gender::text = ${prefs.gender} then ${w.gender}::float8 else 0 end`);
    personMax += w.gender;
  }
  if (prefs?.timeZoneOverlap && w.timeZone > 0) {
    const hours = JSON.stringify(hoursByZone);
    person.push(
      (unknown) =>
        Prisma.sql`${w.timeZone}::float8 * coalesce((${hours}::jsonb ->> u."timeZone")::int, ${unknown}) / ${WORKING_HOURS}`,
    );
    personMax += w.timeZone;
  }
  const sum = (terms: Prisma.Sql[]) => (terms.length > 0 ? Prisma.join(terms, " + ") : Prisma.sql`0::float8`);
  return {
    profile: (places: Prisma.Sql) => sum(profile.map((t) => t(places))),
    person: (unknownZoneHours: number) => sum(person.map((t) => t(unknownZoneHours))),
    personMax,
  };
}

type RankQuery = {
  kind: "coach" | "mentor";
  seekerId: string;
  programmeId: string;
  capacityLimit: number;
  /** Left out by the domain function anyway: the reporting line (users) and earlier engagements. */
  excludedUsers: string[];
  excludedProfiles: string[];
  terms: ReturnType<typeof scoreTerms>;
};

/**
 * The first `limit` listed profiles of `kind` with a free place that may be suggested, narrow (what
 * the score needs and the name), in the ranking's order with a bound for the score: the score
 * rounded as the domain rounds it, a zone not given counted as a whole working day in common.
 *
 * Only the profiles that may reach the sixth place have their places counted and their person
 * read: a floor of the sixth score (the sixth best of the 40 profiles with the best terms of their
 * own, their person's terms counted at least, an unknown zone as no hour in common) leaves out the
 * profiles whose own terms (at full capacity) and the most their person's terms can add stay below it.
 */
function loadRanked(prisma: Db, q: RankQuery, limit: number): Promise<RankedRow[]> {
  const { terms } = q;
  const programme = q.kind === "coach" ? Prisma.empty : Prisma.sql`and cp."programmeId" = ${q.programmeId}`;
  // Row by row through the indexes (offset 0 keeps the planner from joining every row first).
  const placesAndPerson = (columns: Prisma.Sql) => Prisma.sql`
    cross join lateral (select c.cap - count(*)::int as places from "Engagement" g
                         where g."profileId" = c.id and g.status = 'active') e
    cross join lateral (select ${columns} from "User" u where u.id = c."userId" and u."disabledAt" is null offset 0) u`;
  return prisma.$queryRaw<RankedRow[]>`
    with c as materialized (
      select c.*, ${terms.profile(Prisma.sql`c.cap`)} as p
        from (select cp.id, cp."userId", cp."expertiseAreas", cp."coachingLanguages",
                     least(cp.capacity, ${q.capacityLimit}) as cap
                from "MatchingProfile" cp
               where cp.kind = ${q.kind}::"ProfileKind" and cp.status = 'approved' and cp.availability = 'open'
                 and cp."credentialLapsedAt" is null ${programme} and cp."userId" <> ${q.seekerId}
                 and cp."userId" <> all(${q.excludedUsers}::text[]) and cp.id <> all(${q.excludedProfiles}::text[])) c
       where c.cap > 0
    ), floor as (
      select min(f.s) as s from (
        select ${terms.profile(Prisma.sql`e.places`)} + ${terms.person(0)} as s
          from (select * from c order by c.p desc limit 40) c
               ${placesAndPerson(Prisma.sql`u."entityId", u.gender, u."timeZone"`)}
         where e.places > 0
         order by 1 desc limit ${MAX_SUGGESTIONS}) f
      having count(*) = ${MAX_SUGGESTIONS}
    )
    select c.id as "profileId", c."userId", u.name, u."entityId", u.gender::text as gender, u."timeZone",
           coalesce(c."expertiseAreas"::text[], '{}') as "expertiseAreas", coalesce(c."coachingLanguages", '{}') as "coachingLanguages",
           e.places as "placesLeft",
           round((${terms.profile(Prisma.sql`e.places`)} + ${terms.person(WORKING_HOURS)}) * 1000) / 1000 as bound
      from c ${placesAndPerson(Prisma.sql`coalesce(u.name, '') as name, u."entityId", u.gender, u."timeZone"`)}
     where c.p + ${terms.personMax} >= coalesce((select s from floor), '-infinity') - 0.001 and e.places > 0
     order by bound desc, e.places desc, u.name collate "C", c.id collate "C"
     limit ${limit}`;
}

/** The person's reporting line as edges: the supervisors above them and everyone below them. */
function loadReportingEdges(prisma: Db, userId: string): Promise<ReportingEdge[]> {
  return prisma.$queryRaw<ReportingEdge[]>`
    with recursive up as (
      select u.id as "userId", u."supervisorId", 0 as depth from "User" u where u.id = ${userId}
      union all
      select s.id, s."supervisorId", up.depth + 1 from "User" s join up on s.id = up."supervisorId"
       where up.depth < ${MAX_REPORTING_DEPTH}
    ), down as (
      select u.id as "userId", u."supervisorId", 0 as depth from "User" u where u."supervisorId" = ${userId}
      union all
      select r.id, r."supervisorId", down.depth + 1 from "User" r join down on r."supervisorId" = down."userId"
       where down.depth < ${MAX_REPORTING_DEPTH}
    )
    select distinct "userId", "supervisorId" from up
    union select distinct "userId", "supervisorId" from down`;
}

/** Up to six suggestions for the person, or { state: "none" } when they cannot ask for that kind now. */
export async function loadSuggestions(
  prisma: Db,
  actor: Actor,
  kind: "coach" | "mentor",
  now = new Date(),
): Promise<Suggestions> {
  const rules = matchingRules(kind);
  if (!can(actor.roles, rules.requestPermission)) throw new DomainError("forbidden");
  // Everything but the candidates at once: what is read per programme is read for each programme
  // the person is enrolled in (a few rows), then kept for the one found.
  const [programme, person, allWeights, edges, engaged, zones] = await Promise.all([
    findMatchingProgramme(prisma, actor.id, rules),
    prisma.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: {
        entityId: true,
        timeZone: true,
        languages: true,
        matchPreferences: {
          select: {
            programmeId: true,
            expertiseAreas: true,
            languages: true,
            entityPreference: true,
            gender: true,
            timeZoneOverlap: true,
          },
        },
      },
    }),
    prisma.matchWeights.findMany({
      where: { programme: { cohorts: { some: { enrolments: { some: { userId: actor.id } } } } } },
    }),
    loadReportingEdges(prisma, actor.id),
    prisma.engagement.findMany({ where: { seekerId: actor.id }, select: { profileId: true }, distinct: ["profileId"] }),
    prisma.dutyStation.findMany({ select: { timeZone: true }, distinct: ["timeZone"] }),
  ]);
  if (!programme) return { state: "none" };
  const weights = allWeights.find((w) => w.programmeId === programme.programmeId);
  const prefs: MatchPreferences | null =
    person.matchPreferences.find((p) => p.programmeId === programme.programmeId) ?? null;
  const seeker = {
    userId: actor.id,
    entityId: person.entityId,
    timeZone: person.timeZone,
    languages: person.languages,
  };
  const w = weightsOf(weights);
  const hoursByZone: Record<string, number> = {};
  if (prefs?.timeZoneOverlap)
    for (const { timeZone } of zones) hoursByZone[timeZone] = workingHoursInCommon(seeker.timeZone, timeZone, now);
  const line = reportingLine(actor.id, edges);
  const engagedBefore = new Set(engaged.map((e) => e.profileId));
  const query: RankQuery = {
    kind,
    seekerId: actor.id,
    programmeId: programme.programmeId,
    capacityLimit: programme.profileCapacityLimit,
    excludedUsers: [...line],
    excludedProfiles: [...engagedBefore],
    terms: scoreTerms(seeker, prefs, effectiveWeights(w), hoursByZone),
  };
  const rank = (candidates: readonly Candidate[]) =>
    suggestMatches({ seeker, prefs, candidates, weights: w, line, engagedBefore, now });

  // The first rows, then four times as many until the next row left behind, even at its bound,
  // ranks after the sixth suggestion (or none is left behind).
  let suggestions: Suggestion[];
  for (let limit = FIRST_ROWS; ; limit *= 4) {
    const rows = await loadRanked(prisma, query, limit + 1);
    suggestions = rank(rows.slice(0, limit));
    const next = rows[limit];
    if (!next) break;
    const sixth = suggestions[MAX_SUGGESTIONS - 1];
    if (sixth && compareSuggestions(sixth, { candidate: next, score: next.bound, reasons: [] }) < 0) break;
  }
  return {
    state: "ready",
    programmeSlug: programme.programmeSlug,
    stated: hasPreferences(prefs),
    suggestions: suggestions.map((s) => ({
      profileId: s.candidate.profileId,
      name: s.candidate.name,
      score: s.score,
      reasons: s.reasons,
    })),
  };
}
