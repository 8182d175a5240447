// "Suggested for you": listed coaches (or mentors) ranked for one client (or mentee) by a score
// anyone can read, each with its reasons in plain words. Pure: no I/O, the clock passed in.
//
// The score is a sum of the programme's weights (0 to 10 each, set by its admins):
//   expertise   × the share of the areas the person seeks that the profile offers (0 to 1)
//   language    × 1 when the profile coaches in a language the person asked for (without stated
//                 preferences: a language the person speaks, from HR data)
//   entity      × 1 when the profile is inside (or outside) the person's entity, as they asked
//   gender      × 1 when the profile's gender is the one the person prefers
//   timeZone    × the working hours in common (09:00–17:00 in each zone, on that day) / 8,
//                 when the person asked for time-zone overlap
//   freePlaces  × places left / 3 (at most 1)
// Ties: more places left first, then the name, then the profile id (in code-point order).
//
// Never suggested, whatever the score: the person themselves, anyone in their reporting line
// (their supervisor and the supervisors above, and the people who report to them, directly or
// not, from HR data), anyone they already had an engagement with, and a profile without a free place.
import { tzOffset } from "@date-fns/tz";
import type { ExpertiseAreaCode } from "./directory-filters";

export const MAX_SUGGESTIONS = 6;
export const MAX_WEIGHT = 10;
export const MAX_GOAL = 300;
/** How far up and down the reporting line is followed (HR data may hold a loop; this ends it). */
export const MAX_REPORTING_DEPTH = 12;
/** Working hours, in minutes of the local day, used for "hours in common". */
export const WORKING_DAY = { start: 9 * 60, end: 17 * 60 } as const;
export const WORKING_HOURS = (WORKING_DAY.end - WORKING_DAY.start) / 60;
/** Places left at which the free-places weight counts in full. */
export const FULL_PLACES = 3;

export const WEIGHT_KEYS = ["expertise", "language", "entity", "gender", "timeZone", "freePlaces"] as const;
export type WeightKey = (typeof WEIGHT_KEYS)[number];
export type MatchWeights = Record<WeightKey, number>;
export const DEFAULT_MATCH_WEIGHTS: MatchWeights = {
  expertise: 5,
  language: 4,
  entity: 3,
  gender: 2,
  timeZone: 2,
  freePlaces: 1,
};

export const ENTITY_PREFERENCES = ["any", "inside", "outside"] as const;
export type EntityPreference = (typeof ENTITY_PREFERENCES)[number];
export type GenderCode = "female" | "male" | "non_binary" | "prefer_not_to_say";

/** What the person said they seek (null fields: no preference). */
export type MatchPreferences = {
  expertiseAreas: readonly ExpertiseAreaCode[];
  languages: readonly string[];
  entityPreference: EntityPreference;
  gender: GenderCode | null;
  timeZoneOverlap: boolean;
};

export type Seeker = {
  userId: string;
  entityId: string | null;
  timeZone: string;
  /** Languages the person speaks, from HR data (used when they stated no language). */
  languages: readonly string[];
};

export type Candidate = {
  profileId: string;
  userId: string;
  name: string;
  entityId: string | null;
  gender: GenderCode | null;
  timeZone: string;
  expertiseAreas: readonly ExpertiseAreaCode[];
  coachingLanguages: readonly string[];
  placesLeft: number;
};

/** One reason, to be put in words by the page (each kind is a message; values fill it). */
export type Reason =
  | { kind: "expertise"; areas: ExpertiseAreaCode[] }
  | { kind: "language"; languages: string[]; stated: boolean }
  | { kind: "entity"; inside: boolean }
  | { kind: "gender"; gender: GenderCode }
  | { kind: "timeZone"; hours: number }
  | { kind: "freePlaces"; places: number };

export type Suggestion = { candidate: Candidate; score: number; reasons: Reason[] };

/** An edge of the HR hierarchy: `userId` reports to `supervisorId`. */
export type ReportingEdge = { userId: string; supervisorId: string | null };

/**
 * Everyone in the person's reporting line: the supervisors above them (the supervisor's supervisor
 * and so on) and the people below them (who report to them, or to someone who does), from the
 * edges given (the loader reads them from HR data). Depth is bounded; a loop ends the walk.
 */
export function reportingLine(personId: string, edges: readonly ReportingEdge[]): Set<string> {
  const supervisorOf = new Map<string, string | null>();
  const reportsOf = new Map<string, string[]>();
  for (const e of edges) {
    supervisorOf.set(e.userId, e.supervisorId);
    if (e.supervisorId) reportsOf.set(e.supervisorId, [...(reportsOf.get(e.supervisorId) ?? []), e.userId]);
  }
  const line = new Set<string>();
  let above = supervisorOf.get(personId) ?? null;
  for (let depth = 0; above && above !== personId && !line.has(above) && depth < MAX_REPORTING_DEPTH; depth++) {
    line.add(above);
    above = supervisorOf.get(above) ?? null;
  }
  let level = [personId];
  for (let depth = 0; level.length > 0 && depth < MAX_REPORTING_DEPTH; depth++) {
    const next: string[] = [];
    for (const id of level)
      for (const r of reportsOf.get(id) ?? [])
        if (r !== personId && !line.has(r)) {
          line.add(r);
          next.push(r);
        }
    level = next;
  }
  return line;
}

/** A zone's offset from UTC at `at`, in minutes (unknown zones count as UTC). */
export function zoneOffsetMinutes(zone: string, at: Date): number {
  const offset = tzOffset(zone, at);
  return Number.isFinite(offset) ? offset : 0;
}

/**
 * Whole working hours (09:00–17:00 local) two zones have in common on `at`'s day, 0 to 8.
 * Offsets are compared on a circle of 24 hours (Tokyo's evening is not New York's morning).
 */
export function workingHoursInCommon(zoneA: string, zoneB: string, at: Date): number {
  const shift = zoneOffsetMinutes(zoneA, at) - zoneOffsetMinutes(zoneB, at);
  let best = 0;
  for (const day of [-1440, 0, 1440]) {
    // B's working day, in A's local minutes.
    const start = WORKING_DAY.start + shift + day;
    const end = WORKING_DAY.end + shift + day;
    best = Math.max(best, Math.min(end, WORKING_DAY.end) - Math.max(start, WORKING_DAY.start));
  }
  return Math.floor(Math.max(0, best) / 60);
}

/** A weight clamped to the integers 0..MAX_WEIGHT. */
const clamp = (w: number) => (Number.isFinite(w) ? Math.min(MAX_WEIGHT, Math.max(0, Math.round(w))) : 0);

/** The weights as the score uses them: each clamped to the integers 0..MAX_WEIGHT. */
export function effectiveWeights(weights: MatchWeights): MatchWeights {
  return Object.fromEntries(WEIGHT_KEYS.map((k) => [k, clamp(weights[k])])) as MatchWeights;
}

/**
 * The score of one candidate and its reasons (in the order they weigh, the free places last).
 * A reason is given only when it adds to the score, except the free places, which are always said.
 */
export function scoreCandidate(
  seeker: Seeker,
  prefs: MatchPreferences | null,
  candidate: Candidate,
  weights: MatchWeights,
  now: Date,
  hoursInCommon: (a: string, b: string) => number = (a, b) => workingHoursInCommon(a, b, now),
): { score: number; reasons: Reason[] } {
  const w = effectiveWeights(weights);
  const reasons: Reason[] = [];
  let score = 0;

  const sought = prefs?.expertiseAreas ?? [];
  const areas = sought.filter((a) => candidate.expertiseAreas.includes(a));
  if (areas.length > 0 && w.expertise > 0) {
    score += (w.expertise * areas.length) / sought.length;
    reasons.push({ kind: "expertise", areas });
  }

  const stated = (prefs?.languages.length ?? 0) > 0;
  const wanted = stated ? prefs!.languages : seeker.languages;
  const languages = wanted.filter((l) => candidate.coachingLanguages.includes(l));
  if (languages.length > 0 && w.language > 0) {
    score += w.language;
    reasons.push({ kind: "language", languages, stated });
  }

  if (prefs && prefs.entityPreference !== "any" && seeker.entityId && w.entity > 0) {
    const inside = candidate.entityId === seeker.entityId;
    if (inside === (prefs.entityPreference === "inside")) {
      score += w.entity;
      reasons.push({ kind: "entity", inside });
    }
  }

  if (prefs?.gender && candidate.gender === prefs.gender && w.gender > 0) {
    score += w.gender;
    reasons.push({ kind: "gender", gender: prefs.gender });
  }

  if (prefs?.timeZoneOverlap && w.timeZone > 0) {
    const hours = hoursInCommon(seeker.timeZone, candidate.timeZone);
    if (hours > 0) {
      score += (w.timeZone * hours) / WORKING_HOURS;
      reasons.push({ kind: "timeZone", hours });
    }
  }

  const places = Math.max(0, candidate.placesLeft);
  score += (w.freePlaces * Math.min(places, FULL_PLACES)) / FULL_PLACES;
  reasons.push({ kind: "freePlaces", places });

  // Rounded so that equal sums compare equal whatever the order of the additions.
  return { score: Math.round(score * 1000) / 1000, reasons };
}

/** Why a candidate is never suggested, or null when they may be. */
export function exclusionOf(
  seeker: Seeker,
  candidate: Candidate,
  line: ReadonlySet<string>,
  engagedBefore: ReadonlySet<string>,
): "self" | "reportingLine" | "engagedBefore" | "full" | null {
  if (candidate.userId === seeker.userId) return "self";
  if (line.has(candidate.userId)) return "reportingLine";
  if (engagedBefore.has(candidate.profileId)) return "engagedBefore";
  if (candidate.placesLeft <= 0) return "full";
  return null;
}

/**
 * Two strings in Unicode code-point order (a database's "C" collation orders UTF-8 text the same
 * way; plain `<` compares UTF-16 units, which puts U+10000 and above before U+E000–U+FFFF).
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length - b.length;
  // The first unit that differs, moved so that surrogates (U+D800–U+DFFF) sort above U+FFFF.
  const fix = (u: number) => (u >= 0xe000 ? u - 0x800 : u >= 0xd800 ? u + 0x2000 : u);
  return fix(a.charCodeAt(i)) - fix(b.charCodeAt(i));
}

/**
 * The ranking's order (negative when `a` comes first): the higher score, then more places left,
 * then the name, then the profile id (both in code-point order).
 */
export function compareSuggestions(a: Suggestion, b: Suggestion): number {
  return (
    b.score - a.score ||
    b.candidate.placesLeft - a.candidate.placesLeft ||
    compareCodePoints(a.candidate.name, b.candidate.name) ||
    compareCodePoints(a.candidate.profileId, b.candidate.profileId)
  );
}

/**
 * The best `limit` candidates for the person, best first, with their reasons. `line` is the
 * person's reporting line (reportingLine), `engagedBefore` the profiles they already had an
 * engagement with. The time zones' hours in common are worked out once per pair of zones.
 */
export function suggestMatches(input: {
  seeker: Seeker;
  prefs: MatchPreferences | null;
  candidates: readonly Candidate[];
  weights: MatchWeights;
  line: ReadonlySet<string>;
  engagedBefore: ReadonlySet<string>;
  now: Date;
  limit?: number;
}): Suggestion[] {
  const { seeker, prefs, weights, line, engagedBefore, now, limit = MAX_SUGGESTIONS } = input;
  const hours = new Map<string, number>();
  const hoursInCommon = (a: string, b: string) => {
    let h = hours.get(b);
    if (h === undefined) hours.set(b, (h = workingHoursInCommon(a, b, now)));
    return h;
  };
  const scored: Suggestion[] = [];
  for (const c of input.candidates) {
    if (exclusionOf(seeker, c, line, engagedBefore)) continue;
    scored.push({ candidate: c, ...scoreCandidate(seeker, prefs, c, weights, now, hoursInCommon) });
  }
  return scored.sort(compareSuggestions).slice(0, limit);
}

/** Has the person said anything the score can use beyond HR data? */
export function hasPreferences(prefs: MatchPreferences | null): boolean {
  return Boolean(
    prefs &&
    (prefs.expertiseAreas.length > 0 ||
      prefs.languages.length > 0 ||
      prefs.entityPreference !== "any" ||
      prefs.gender ||
      prefs.timeZoneOverlap),
  );
}
