import "server-only";
// "Suggested for you" for one client (coaches) or mentee (mentors): what is known of the person
// (their stated preferences for the programme, else the languages they speak from HR data), the
// programme's weights, their reporting line and earlier engagements, and the listed profiles with a
// free place, then the score of lib/domain/match-suggestions.ts in memory.
//
// What keeps it fast at 10,000 coaches (scripts/bench.ts --only suggestions prints it): the database
// does not send every listed profile to be scored here. It orders them by a bound of the score (the
// same terms, weights and preferences, rounded the same way: the score itself, except that a zone
// other than the duty stations' counts as a whole working day in common), then by places left, name
// and id as the ranking does (names in code-point order, the "C" collation), and sends the first
// few; those are scored by lib/domain/match-suggestions.ts, the single source of the score and its
// reasons. A row left behind scores at most its bound and comes after the next row in that order:
// once that next row, at its bound, would rank after the sixth suggestion, no row left behind can
// take a place, and the six are those of the ranking of all candidates. Else four times as many rows.
// The reporting line and earlier engagements are left out in the query too (the domain function
// leaves them out again), so that they take no row.
//
// Everything the bound needs of a profile is in its SuggestionCandidate row: the profile's listed
// state, capacity, areas and languages, its person's name, entity, gender, zone and disabled state,
// and its active engagements, kept by triggers in the transaction that changes them (migration
// suggestion_candidates). So the ranking is one pass over narrow rows, without joins or counts.
//
// Two round trips: one statement for the programme, the person's row with their preferences and
// the programme's weights, the duty stations' zones, the reporting line (a recursive walk of
// User."supervisorId", indexed, up and down) and the profiles they had an engagement with; then the
// ranked candidates (once, unless many bounds are above their scores). No relations are loaded.
import type { Db } from "../../db/client";
import type { ExpertiseAreaCode } from "../../domain/directory-filters";
import { CURRENT_COHORT_STATUSES } from "../../domain/enrolment";
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
import { matchingRules, type MatchingRules } from "../../domain/matching-rules";
import { can, type Actor } from "../../domain/roles";
import { Prisma } from "../../generated/prisma/client";
import { DomainError } from "../errors";
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
 * The bound of scoreCandidate (lib/domain/match-suggestions.ts) in SQL, term by term, for one
 * person, their weights and preferences, over a SuggestionCandidate row `c` whose places left are
 * `c.places`. The hours in common come from `hoursByZone`; a zone not in it counts as a whole
 * working day. The exactness tests in tests/integration/suggestions.test.ts hold the loader to the
 * domain's ranking.
 */
function boundOf(seeker: Seeker, prefs: MatchPreferences | null, w: MatchWeights, hoursByZone: Record<string, number>) {
  const terms: Prisma.Sql[] = [];
  const sought = prefs?.expertiseAreas ?? [];
  if (sought.length > 0 && w.expertise > 0) {
    const offered = sought.map(
      (a) => Prisma.sql`coalesce(${a}::"ExpertiseArea" = any(c."expertiseAreas"), false)::int`,
    );
    terms.push(Prisma.sql`${w.expertise}::float8 * (${Prisma.join(offered, " + ")}) / ${sought.length}`);
  }
  const wanted = (prefs?.languages.length ?? 0) > 0 ? prefs!.languages : seeker.languages;
  if (wanted.length > 0 && w.language > 0)
    terms.push(
      Prisma.sql`case when c."coachingLanguages" && ${[...wanted]}::text[] then ${w.language}::float8 else 0 end`,
    );
  terms.push(Prisma.sql`${w.freePlaces}::float8 * least(c.places, ${FULL_PLACES}) / ${FULL_PLACES}`);
  if (prefs && prefs.entityPreference !== "any" && seeker.entityId && w.entity > 0) {
    const inside = prefs.entityPreference === "inside";
    terms.push(
      Prisma.sql`case when coalesce(c."entityId" = ${seeker.entityId}, false) = ${inside} then ${w.entity}::float8 else 0 end`,
    );
  }
  if (prefs?.gender && w.gender > 0)
    terms.push(Prisma.sql`case when c.gender::text = ${prefs.gender} then ${w.gender}::float8 else 0 end`);
  if (prefs?.timeZoneOverlap && w.timeZone > 0) {
    const hours = JSON.stringify(hoursByZone);
    terms.push(
      Prisma.sql`${w.timeZone}::float8 * coalesce((${hours}::jsonb ->> c."timeZone")::int, ${WORKING_HOURS}) / ${WORKING_HOURS}`,
    );
  }
  return Prisma.sql`round((${Prisma.join(terms, " + ")}) * 1000) / 1000`;
}

type RankQuery = {
  kind: "coach" | "mentor";
  seekerId: string;
  programmeId: string;
  capacityLimit: number;
  /** Left out by the domain function anyway: the reporting line (users) and earlier engagements. */
  excludedUsers: string[];
  excludedProfiles: string[];
  bound: Prisma.Sql;
};

/**
 * The first `limit` listed profiles of `kind` with a free place that may be suggested, narrow (what
 * the score needs and the name), in the ranking's order with a bound for the score: the score
 * rounded as the domain rounds it, a zone not given counted as a whole working day in common.
 * One pass over the SuggestionCandidate rows of that kind (and programme, for mentors).
 */
function loadRanked(prisma: Db, q: RankQuery, limit: number): Promise<RankedRow[]> {
  const programme = q.kind === "coach" ? Prisma.empty : Prisma.sql`and c."programmeId" = ${q.programmeId}`;
  // The text forms of the arrays and the gender are made for the rows sent only, not for every row sorted.
  return prisma.$queryRaw<RankedRow[]>`
    select r."profileId", r."userId", r.name, r."entityId", r.gender::text as gender, r."timeZone",
           coalesce(r."expertiseAreas"::text[], '{}') as "expertiseAreas", coalesce(r."coachingLanguages", '{}') as "coachingLanguages",
           r.places as "placesLeft", r.bound
      from (select c."profileId", c."userId", c.name, c."entityId", c.gender, c."timeZone", c."expertiseAreas",
                   c."coachingLanguages", c.places, ${q.bound} as bound
              from (select c.*, least(c.capacity, ${q.capacityLimit}) - c."activeEngagements" as places
                      from "SuggestionCandidate" c
                     where c.kind = ${q.kind}::"ProfileKind" and c."profileListed" and not c."personDisabled" ${programme}
                       and c."userId" <> ${q.seekerId} and c."userId" <> all(${q.excludedUsers}::text[])
                       and c."profileId" <> all(${q.excludedProfiles}::text[])) c
             where c.places > 0
             order by bound desc, c.places desc, c.name collate "C", c."profileId" collate "C"
             limit ${limit}) r
     order by r.bound desc, r.places desc, r.name collate "C", r."profileId" collate "C"`;
}

type SeekerRow = {
  programmeId: string | null;
  programmeSlug: string | null;
  capacityLimit: number | null;
  entityId: string | null;
  timeZone: string;
  languages: string[];
  prefs: MatchPreferences | null;
  weights: MatchWeights | null;
  edges: ReportingEdge[];
  engaged: string[];
  zones: string[];
};

/**
 * Everything but the candidates, in one statement: the programme the person may ask through (as
 * findMatchingProgramme finds it: their latest current cohort of that type, enrolled with the
 * seeker's role), their row, their preferences and the weights for that programme, their reporting
 * line as edges (the supervisors above them and everyone below them), the profiles they had an
 * engagement with, and the duty stations' zones.
 */
async function loadSeeker(
  prisma: Db,
  userId: string,
  rules: Pick<MatchingRules, "programmeType" | "seekerRole">,
): Promise<SeekerRow> {
  const [row] = await prisma.$queryRaw<SeekerRow[]>`
    with recursive programme as (
      select p.id, p.slug, p."profileCapacityLimit"
        from "CohortEnrolment" e join "Cohort" co on co.id = e."cohortId" join "Programme" p on p.id = co."programmeId"
       where e."userId" = ${userId} and e.role = ${rules.seekerRole}::"Role" and e.status = 'enrolled'
         and co.status = any(${[...CURRENT_COHORT_STATUSES]}::"CohortStatus"[]) and p.type = ${rules.programmeType}::"ProgrammeType"
       order by co."startsOn" desc, e.id
       limit 1
    ), up as (
      select u.id as "userId", u."supervisorId", 0 as depth from "User" u where u.id = ${userId}
      union all
      select s.id, s."supervisorId", up.depth + 1 from "User" s join up on s.id = up."supervisorId"
       where up.depth < ${MAX_REPORTING_DEPTH}
    ), down as (
      select u.id as "userId", u."supervisorId", 0 as depth from "User" u where u."supervisorId" = ${userId}
      union all
      select r.id, r."supervisorId", down.depth + 1 from "User" r join down on r."supervisorId" = down."userId"
       where down.depth < ${MAX_REPORTING_DEPTH}
    ), edges as (
      select "userId", "supervisorId" from up union select "userId", "supervisorId" from down
    )
    select pr.id as "programmeId", pr.slug as "programmeSlug", pr."profileCapacityLimit" as "capacityLimit",
           u."entityId", u."timeZone", coalesce(u.languages, '{}') as languages,
           (select json_build_object('expertiseAreas', coalesce(m."expertiseAreas"::text[], '{}'), 'languages', coalesce(m.languages, '{}'),
                                     'entityPreference', m."entityPreference", 'gender', m.gender, 'timeZoneOverlap', m."timeZoneOverlap")
              from "MatchPreference" m where m."userId" = u.id and m."programmeId" = pr.id) as prefs,
           (select json_build_object('expertise', w.expertise, 'language', w.language, 'entity', w.entity, 'gender', w.gender,
                                     'timeZone', w."timeZone", 'freePlaces', w."freePlaces")
              from "MatchWeights" w where w."programmeId" = pr.id) as weights,
           (select coalesce(json_agg(json_build_object('userId', "userId", 'supervisorId', "supervisorId")), '[]') from edges) as edges,
           array(select distinct g."profileId" from "Engagement" g where g."seekerId" = u.id) as engaged,
           array(select distinct d."timeZone" from "DutyStation" d) as zones
      from "User" u left join programme pr on true
     where u.id = ${userId}`;
  if (!row) throw new DomainError("notFound");
  return row;
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
  const person = await loadSeeker(prisma, actor.id, rules);
  if (!person.programmeId || !person.programmeSlug || person.capacityLimit === null) return { state: "none" };
  const prefs = person.prefs;
  const seeker = {
    userId: actor.id,
    entityId: person.entityId,
    timeZone: person.timeZone,
    languages: person.languages,
  };
  const w = weightsOf(person.weights);
  const hoursByZone: Record<string, number> = {};
  if (prefs?.timeZoneOverlap)
    for (const zone of person.zones) hoursByZone[zone] = workingHoursInCommon(seeker.timeZone, zone, now);
  const line = reportingLine(actor.id, person.edges);
  const engagedBefore = new Set(person.engaged);
  const query: RankQuery = {
    kind,
    seekerId: actor.id,
    programmeId: person.programmeId,
    capacityLimit: person.capacityLimit,
    excludedUsers: [...line],
    excludedProfiles: [...engagedBefore],
    bound: boundOf(seeker, prefs, effectiveWeights(w), hoursByZone),
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
    programmeSlug: person.programmeSlug,
    stated: hasPreferences(prefs),
    suggestions: suggestions.map((s) => ({
      profileId: s.candidate.profileId,
      name: s.candidate.name,
      score: s.score,
      reasons: s.reasons,
    })),
  };
}
