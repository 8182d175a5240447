import "server-only";
// "Suggested for you" for one client (coaches) or mentee (mentors): what is known of the person
// (their stated preferences for the programme, else the languages they speak from HR data), the
// programme's weights, their reporting line and earlier engagements, and the listed profiles with a
// free place, then the score of lib/domain/match-suggestions.ts in memory.
//
// What keeps it fast at 10,000 coaches (scripts/bench.ts prints it): two round trips. The programme
// first; then, side by side, the person's row with their preferences, the weights, the reporting
// line (a recursive walk of User."supervisorId", indexed, up and down), the profiles they had an
// engagement with (index Engagement(seekerId, programmeId, status)), and the candidates in one narrow
// query (ids, name, entity, gender, zone, areas, languages, places left), nothing joined beyond the
// person and the active engagements counted in one pass; no relations are loaded.
import type { Db } from "../../db/client";
import type { ExpertiseAreaCode } from "../../domain/directory-filters";
import {
  type Candidate,
  type GenderCode,
  hasPreferences,
  MAX_REPORTING_DEPTH,
  type MatchPreferences,
  type Reason,
  type ReportingEdge,
  reportingLine,
  suggestMatches,
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

/** The listed profiles of `kind` with a free place, narrow: what the score needs and the name. */
function loadCandidates(
  prisma: Db,
  kind: "coach" | "mentor",
  seekerId: string,
  programmeId: string,
  capacityLimit: number,
): Promise<CandidateRow[]> {
  const programme = kind === "coach" ? Prisma.empty : Prisma.sql`and cp."programmeId" = ${programmeId}`;
  return prisma.$queryRaw<CandidateRow[]>`
    select cp.id as "profileId", cp."userId", coalesce(u.name, '') as name, u."entityId", u.gender::text as gender,
           u."timeZone", coalesce(cp."expertiseAreas"::text[], '{}') as "expertiseAreas",
           coalesce(cp."coachingLanguages", '{}') as "coachingLanguages",
           (least(cp.capacity, ${capacityLimit}) - coalesce(a.active, 0))::int as "placesLeft"
      from "MatchingProfile" cp
      join "User" u on u.id = cp."userId"
      left join (select g."profileId", count(*) as active from "Engagement" g where g.status = 'active' group by g."profileId") a
        on a."profileId" = cp.id
     where cp.kind = ${kind}::"ProfileKind" and cp.status = 'approved' and cp.availability = 'open'
       and cp."credentialLapsedAt" is null and u."disabledAt" is null ${programme}
       and cp."userId" <> ${seekerId}
       and least(cp.capacity, ${capacityLimit}) > coalesce(a.active, 0)`;
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
  const programme = await findMatchingProgramme(prisma, actor.id, rules);
  if (!programme) return { state: "none" };
  const [person, weights, edges, engaged, candidates] = await Promise.all([
    prisma.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: {
        entityId: true,
        timeZone: true,
        languages: true,
        matchPreferences: {
          where: { programmeId: programme.programmeId },
          select: {
            expertiseAreas: true,
            languages: true,
            entityPreference: true,
            gender: true,
            timeZoneOverlap: true,
          },
        },
      },
    }),
    prisma.matchWeights.findUnique({ where: { programmeId: programme.programmeId } }),
    loadReportingEdges(prisma, actor.id),
    prisma.engagement.findMany({ where: { seekerId: actor.id }, select: { profileId: true }, distinct: ["profileId"] }),
    loadCandidates(prisma, kind, actor.id, programme.programmeId, programme.profileCapacityLimit),
  ]);
  const prefs: MatchPreferences | null = person.matchPreferences[0] ?? null;
  const seeker = {
    userId: actor.id,
    entityId: person.entityId,
    timeZone: person.timeZone,
    languages: person.languages,
  };
  const suggestions = suggestMatches({
    seeker,
    prefs,
    candidates,
    weights: weightsOf(weights),
    line: reportingLine(actor.id, edges),
    engagedBefore: new Set(engaged.map((e) => e.profileId)),
    now,
  });
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
