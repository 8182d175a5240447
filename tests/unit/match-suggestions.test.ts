// "Suggested for you": each reason, each weight, each exclusion (the person, their supervisor and
// the reporting line two levels up and below, engagements before, full profiles), the ties.
import { describe, expect, it } from "vitest";
import {
  type Candidate,
  compareCodePoints,
  DEFAULT_MATCH_WEIGHTS,
  exclusionOf,
  hasPreferences,
  type MatchPreferences,
  type MatchWeights,
  reportingLine,
  scoreCandidate,
  type Seeker,
  suggestMatches,
  workingHoursInCommon,
  zoneOffsetMinutes,
} from "@/lib/domain/match-suggestions";

const now = new Date("2026-12-04T10:00:00Z");
const seeker: Seeker = { userId: "me", entityId: "ent-a", timeZone: "Europe/Paris", languages: ["fr", "en"] };
const noPrefs: MatchPreferences = {
  expertiseAreas: [],
  languages: [],
  entityPreference: "any",
  gender: null,
  timeZoneOverlap: false,
};
const zero: MatchWeights = { expertise: 0, language: 0, entity: 0, gender: 0, timeZone: 0, freePlaces: 0 };
const only = (key: keyof MatchWeights, value = 10): MatchWeights => ({ ...zero, [key]: value });

let n = 0;
function candidate(over: Partial<Candidate> = {}): Candidate {
  n++;
  return {
    profileId: `p${n}`,
    userId: `u${n}`,
    name: `Coach ${n}`,
    entityId: "ent-b",
    gender: "female",
    timeZone: "Europe/Paris",
    expertiseAreas: ["career"],
    coachingLanguages: ["en"],
    placesLeft: 1,
    ...over,
  };
}
const kinds = (r: { reasons: { kind: string }[] }) => r.reasons.map((x) => x.kind);

describe("reasons and weights", () => {
  it("expertise: the share of the areas sought that the profile offers, times its weight", () => {
    const prefs = { ...noPrefs, expertiseAreas: ["leadership", "career"] as const };
    const c = candidate({ expertiseAreas: ["leadership", "skills"], coachingLanguages: [] });
    const r = scoreCandidate(
      seeker,
      { ...prefs, expertiseAreas: [...prefs.expertiseAreas] },
      c,
      only("expertise"),
      now,
    );
    expect(r.score).toBe(5);
    expect(r.reasons[0]).toEqual({ kind: "expertise", areas: ["leadership"] });
    const none = scoreCandidate(seeker, { ...noPrefs, expertiseAreas: ["pre_retirement"] }, c, only("expertise"), now);
    expect(kinds(none)).toEqual(["freePlaces"]);
    expect(none.score).toBe(0);
  });

  it("language: a stated language, else one the person speaks from HR data", () => {
    const c = candidate({ coachingLanguages: ["fr", "es"] });
    const stated = scoreCandidate(seeker, { ...noPrefs, languages: ["es"] }, c, only("language", 4), now);
    expect(stated.score).toBe(4);
    expect(stated.reasons[0]).toEqual({ kind: "language", languages: ["es"], stated: true });
    const fromHr = scoreCandidate(seeker, null, c, only("language", 4), now);
    expect(fromHr.reasons[0]).toEqual({ kind: "language", languages: ["fr"], stated: false });
    const english = scoreCandidate(seeker, { ...noPrefs, languages: ["ar"] }, c, only("language", 4), now);
    expect(english.score).toBe(0);
  });

  it("entity: inside or outside the person's entity, only as they asked", () => {
    const outside = candidate({ entityId: "ent-b" });
    const inside = candidate({ entityId: "ent-a" });
    const wantOutside = { ...noPrefs, entityPreference: "outside" as const };
    expect(scoreCandidate(seeker, wantOutside, outside, only("entity", 3), now)).toMatchObject({
      score: 3,
      reasons: [{ kind: "entity", inside: false }, { kind: "freePlaces" }],
    });
    expect(scoreCandidate(seeker, wantOutside, inside, only("entity", 3), now).score).toBe(0);
    const wantInside = { ...noPrefs, entityPreference: "inside" as const };
    expect(scoreCandidate(seeker, wantInside, inside, only("entity", 3), now).reasons[0]).toEqual({
      kind: "entity",
      inside: true,
    });
    expect(scoreCandidate(seeker, noPrefs, inside, only("entity", 3), now).score).toBe(0);
  });

  it("gender: only when the person states one", () => {
    const c = candidate({ gender: "male" });
    expect(scoreCandidate(seeker, { ...noPrefs, gender: "male" }, c, only("gender", 2), now)).toMatchObject({
      score: 2,
      reasons: [{ kind: "gender", gender: "male" }, { kind: "freePlaces" }],
    });
    expect(scoreCandidate(seeker, { ...noPrefs, gender: "female" }, c, only("gender", 2), now).score).toBe(0);
  });

  it("time zone: working hours in common, when asked for", () => {
    const ny = candidate({ timeZone: "America/New_York" });
    const wanted = { ...noPrefs, timeZoneOverlap: true };
    // Paris 09–17 = New York 03–11 in December: 15:00–17:00 Paris = 09:00–11:00 New York.
    const r = scoreCandidate(seeker, wanted, ny, only("timeZone", 8), now);
    expect(r.reasons[0]).toEqual({ kind: "timeZone", hours: 2 });
    expect(r.score).toBe(2);
    expect(scoreCandidate(seeker, noPrefs, ny, only("timeZone", 8), now).score).toBe(0);
    const tokyo = candidate({ timeZone: "America/Los_Angeles" });
    expect(kinds(scoreCandidate(seeker, wanted, tokyo, only("timeZone", 8), now))).toEqual(["freePlaces"]);
  });

  it("free places: said always, weighed up to three places", () => {
    expect(scoreCandidate(seeker, null, candidate({ placesLeft: 2 }), only("freePlaces", 3), now)).toMatchObject({
      score: 2,
      reasons: [{ kind: "freePlaces", places: 2 }],
    });
    expect(scoreCandidate(seeker, null, candidate({ placesLeft: 5 }), only("freePlaces", 3), now).score).toBe(3);
  });

  it("a weight of zero gives no points and no reason; weights out of range are clamped", () => {
    const c = candidate({ coachingLanguages: ["fr"] });
    expect(kinds(scoreCandidate(seeker, null, c, zero, now))).toEqual(["freePlaces"]);
    expect(scoreCandidate(seeker, null, c, { ...zero, language: 99 }, now).score).toBe(10);
    expect(scoreCandidate(seeker, null, c, { ...zero, language: -4 }, now).score).toBe(0);
  });

  it("the default weights add up every reason", () => {
    const prefs: MatchPreferences = {
      expertiseAreas: ["leadership"],
      languages: ["fr"],
      entityPreference: "outside",
      gender: "female",
      timeZoneOverlap: true,
    };
    const c = candidate({ expertiseAreas: ["leadership"], coachingLanguages: ["fr"], placesLeft: 3 });
    const r = scoreCandidate(seeker, prefs, c, DEFAULT_MATCH_WEIGHTS, now);
    expect(kinds(r)).toEqual(["expertise", "language", "entity", "gender", "timeZone", "freePlaces"]);
    expect(r.score).toBe(5 + 4 + 3 + 2 + 2 + 1);
  });
});

describe("working hours in common", () => {
  it("reads each zone's offset on the day (summer time included)", () => {
    expect(zoneOffsetMinutes("Europe/Paris", now)).toBe(60);
    expect(zoneOffsetMinutes("Europe/Paris", new Date("2026-07-01T10:00:00Z"))).toBe(120);
    expect(zoneOffsetMinutes("Not/AZone", now)).toBe(0);
  });
  it("counts whole hours, across midnight too", () => {
    expect(workingHoursInCommon("Europe/Paris", "Europe/Paris", now)).toBe(8);
    expect(workingHoursInCommon("Europe/Paris", "Africa/Nairobi", now)).toBe(6);
    expect(workingHoursInCommon("Asia/Tokyo", "Pacific/Auckland", now)).toBe(4);
    expect(workingHoursInCommon("Pacific/Auckland", "Asia/Tokyo", now)).toBe(4);
    expect(workingHoursInCommon("Europe/Paris", "America/Los_Angeles", now)).toBe(0);
  });
});

describe("exclusions", () => {
  // HR data: me → boss → boss's boss → top; report → me; report's report → report; a peer under boss.
  const edges = [
    { userId: "me", supervisorId: "boss" },
    { userId: "boss", supervisorId: "grand" },
    { userId: "grand", supervisorId: "top" },
    { userId: "report", supervisorId: "me" },
    { userId: "subreport", supervisorId: "report" },
    { userId: "peer", supervisorId: "boss" },
  ];

  it("the reporting line: supervisors up the chain and the people below, not peers", () => {
    const line = reportingLine("me", edges);
    expect([...line].sort()).toEqual(["boss", "grand", "report", "subreport", "top"]);
    expect(line.has("peer")).toBe(false);
  });

  it("a loop in HR data ends the walk", () => {
    const loop = [
      { userId: "me", supervisorId: "a" },
      { userId: "a", supervisorId: "b" },
      { userId: "b", supervisorId: "me" },
    ];
    expect([...reportingLine("me", loop)].sort()).toEqual(["a", "b"]);
  });

  it("never suggests oneself, the supervisor, two levels up, a report, an engagement before, a full profile", () => {
    const line = reportingLine("me", edges);
    const fit = { coachingLanguages: ["fr"], expertiseAreas: ["leadership"] as const };
    const own = candidate({ ...fit, userId: "me", expertiseAreas: ["leadership"] });
    const boss = candidate({ ...fit, userId: "boss", expertiseAreas: ["leadership"] });
    const grand = candidate({ ...fit, userId: "grand", expertiseAreas: ["leadership"] });
    const report = candidate({ ...fit, userId: "report", expertiseAreas: ["leadership"] });
    const before = candidate({ ...fit, profileId: "p-before", expertiseAreas: ["leadership"] });
    const full = candidate({ ...fit, placesLeft: 0, expertiseAreas: ["leadership"] });
    const peer = candidate({ userId: "peer", coachingLanguages: ["ar"] });
    const engaged = new Set(["p-before"]);
    expect(exclusionOf(seeker, own, line, engaged)).toBe("self");
    expect(exclusionOf(seeker, boss, line, engaged)).toBe("reportingLine");
    expect(exclusionOf(seeker, grand, line, engaged)).toBe("reportingLine");
    expect(exclusionOf(seeker, report, line, engaged)).toBe("reportingLine");
    expect(exclusionOf(seeker, before, line, engaged)).toBe("engagedBefore");
    expect(exclusionOf(seeker, full, line, engaged)).toBe("full");
    expect(exclusionOf(seeker, peer, line, engaged)).toBeNull();
    const shown = suggestMatches({
      seeker,
      prefs: { ...noPrefs, expertiseAreas: ["leadership"] },
      candidates: [own, boss, grand, report, before, full, peer],
      weights: DEFAULT_MATCH_WEIGHTS,
      line,
      engagedBefore: engaged,
      now,
    });
    expect(shown.map((s) => s.candidate.userId)).toEqual(["peer"]);
  });
});

describe("ranking", () => {
  it("best score first, at most six", () => {
    const cs = Array.from({ length: 9 }, (_, i) =>
      candidate({ name: `C${i}`, coachingLanguages: i % 2 ? ["fr"] : ["de"], placesLeft: 1 }),
    );
    const shown = suggestMatches({
      seeker,
      prefs: null,
      candidates: cs,
      weights: DEFAULT_MATCH_WEIGHTS,
      line: new Set(),
      engagedBefore: new Set(),
      now,
    });
    expect(shown).toHaveLength(6);
    expect(shown.slice(0, 4).every((s) => s.reasons[0].kind === "language")).toBe(true);
    expect(shown[4].reasons[0].kind).toBe("freePlaces");
  });

  it("ties: more places left first, then the name, then the profile id, whatever the input order", () => {
    const a = candidate({ name: "Bea", profileId: "z1", coachingLanguages: [], placesLeft: 1 });
    const b = candidate({ name: "Ana", profileId: "z2", coachingLanguages: [], placesLeft: 1 });
    const c = candidate({ name: "Ana", profileId: "z0", coachingLanguages: [], placesLeft: 1 });
    const d = candidate({ name: "Zoe", profileId: "z3", coachingLanguages: [], placesLeft: 2 });
    const weights = { ...DEFAULT_MATCH_WEIGHTS, freePlaces: 0 };
    const run = (cs: Candidate[]) =>
      suggestMatches({
        seeker,
        prefs: null,
        candidates: cs,
        weights,
        line: new Set(),
        engagedBefore: new Set(),
        now,
      }).map((s) => s.candidate.profileId);
    expect(run([a, b, c, d])).toEqual(["z3", "z0", "z2", "z1"]);
    expect(run([d, c, b, a])).toEqual(["z3", "z0", "z2", "z1"]);
  });

  it("names compare in code-point order, as the database's C collation sorts them", () => {
    // U+1D49C (two UTF-16 units starting 0xD835) comes after U+FB00, though `<` puts it before.
    expect("\u{1D49C}mina" < "\uFB00ion").toBe(true);
    expect(compareCodePoints("\u{1D49C}mina", "\uFB00ion")).toBeGreaterThan(0);
    expect(compareCodePoints("Ana", "Anaïs")).toBeLessThan(0);
    expect(compareCodePoints("Zoé", "Zoe")).toBeGreaterThan(0);
    expect(compareCodePoints("ana", "Ana")).toBeGreaterThan(0);
    expect(compareCodePoints("Ana", "Ana")).toBe(0);
    const sorted = ["\u{1D49C}", "\uFB00", "é", "z", "Z", ""].sort(compareCodePoints);
    expect(sorted).toEqual(["", "Z", "z", "é", "\uFB00", "\u{1D49C}"]);
    const a = candidate({ name: "\u{1D49C}mina", profileId: "y1", coachingLanguages: [], placesLeft: 1 });
    const b = candidate({ name: "\uFB00ion", profileId: "y2", coachingLanguages: [], placesLeft: 1 });
    const shown = suggestMatches({
      seeker,
      prefs: null,
      candidates: [a, b],
      weights: zero,
      line: new Set(),
      engagedBefore: new Set(),
      now,
    });
    expect(shown.map((x) => x.candidate.profileId)).toEqual(["y2", "y1"]);
  });

  it("says whether the person stated anything", () => {
    expect(hasPreferences(null)).toBe(false);
    expect(hasPreferences(noPrefs)).toBe(false);
    expect(hasPreferences({ ...noPrefs, gender: "female" })).toBe(true);
    expect(hasPreferences({ ...noPrefs, languages: ["fr"] })).toBe(true);
  });
});
