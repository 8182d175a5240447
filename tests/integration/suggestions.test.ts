// "Suggested for you" on real rows: saving what one seeks (validated, one's own only), a programme's
// weights (programme admins only, audited), and the suggestions themselves: never the supervisor,
// the supervisor's supervisor, a report, a coach one had an engagement with, a full, paused, lapsed
// or disabled profile. Runs on PGlite and, when TEST_DATABASE_URL is set, on a PostgreSQL server.
import { beforeAll, describe, expect, it } from "vitest";
import { EXPERTISE_AREAS } from "@/lib/domain/directory-filters";
import type { Role } from "@/lib/domain/roles";
import { setUpApp } from "../support/app";
import { refusal } from "../support/refusal";

const { prisma, make, signIn, inParallel } = await setUpApp({ requests: true });
const { saveMatchPreferences } = await import("@/lib/server/suggestions/save-match-preferences");
const { setMatchWeights } = await import("@/lib/server/suggestions/set-match-weights");
const { loadSuggestions } = await import("@/lib/server/suggestions/load-suggestions");
const { loadMatchPreferences } = await import("@/lib/server/suggestions/load-match-preferences");
const { saveMatchPreferencesAction } = await import("@/lib/actions/save-match-preferences");
const { setMatchWeightsAction } = await import("@/lib/actions/set-match-weights");

const actor = (p: { id: string; roles: Role[] }) => ({ id: p.id, roles: p.roles });
const prefs = (programmeId: string, more: Record<string, unknown> = {}) => ({
  programmeId,
  expertiseAreas: ["leadership"],
  languages: ["sw"],
  entityPreference: "any",
  gender: "",
  timeZoneOverlap: false,
  goal: "Lead my new team with confidence.",
  ...more,
});

let programmeId: string;
let cohortId: string;
beforeAll(async () => {
  await make.languages(["en", "fr", "sw", "pt"]);
  const programme = await make.programme();
  programmeId = programme.id;
  cohortId = (await make.cohort({ programmeId })).id;
});

describe("saving what one seeks", () => {
  it("saves one's own preferences, replaces them on the next save, with an audit row", async () => {
    const client = await make.person({ roles: ["client"], enrolIn: cohortId });
    await saveMatchPreferences(prisma, actor(client), prefs(programmeId) as never);
    await saveMatchPreferences(
      prisma,
      actor(client),
      prefs(programmeId, { languages: ["fr", "fr"], entityPreference: "outside", gender: "female" }) as never,
    );
    const rows = await prisma.matchPreference.findMany({ where: { userId: client.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ languages: ["fr"], entityPreference: "outside", gender: "female" });
    expect(await prisma.auditLog.count({ where: { actorId: client.id, action: "match-preference.save" } })).toBe(2);
  });

  it("through the action: a goal too long and an unknown language come back beside their fields", async () => {
    const client = await make.person({ roles: ["client"] });
    await signIn(client);
    const long = await saveMatchPreferencesAction(prefs(programmeId, { goal: "x".repeat(301) }));
    expect(long).toMatchObject({ ok: false, field: "goal" });
    const unknown = await saveMatchPreferencesAction(prefs(programmeId, { languages: ["xx"] }));
    expect(unknown).toMatchObject({ ok: false, field: "languages" });
    expect(await prisma.matchPreference.count({ where: { userId: client.id } })).toBe(0);
  });

  it("one cannot save another's: a userId in the input is ignored, the caller's own row is written", async () => {
    const client = await make.person({ roles: ["client"] });
    const other = await make.person({ roles: ["client"] });
    await signIn(client);
    expect(await saveMatchPreferencesAction({ ...prefs(programmeId), userId: other.id })).toEqual({ ok: true });
    expect(await prisma.matchPreference.count({ where: { userId: other.id } })).toBe(0);
    expect(await prisma.matchPreference.count({ where: { userId: client.id } })).toBe(1);
  });

  it("refuses someone who may not ask for a coach, and an unknown or archived programme", async () => {
    const coach = await make.coach();
    expect(await refusal(saveMatchPreferences(prisma, actor(coach), prefs(programmeId) as never))).toBe("forbidden");
    const client = await make.person({ roles: ["client"] });
    expect(await refusal(saveMatchPreferences(prisma, actor(client), prefs("nope") as never))).toBe("notFound");
    const archived = await make.programme({ archivedAt: new Date() });
    expect(await refusal(saveMatchPreferences(prisma, actor(client), prefs(archived.id) as never))).toBe("notFound");
    expect(await loadMatchPreferences(prisma, actor(coach), "nope", "en")).toBeNull();
  });

  it("two saves at once keep one row", async () => {
    const client = await make.person({ roles: ["client"] });
    const results = await inParallel(
      ["en", "fr"].map(
        (l) => (db) => saveMatchPreferences(db, actor(client), prefs(programmeId, { languages: [l] }) as never),
      ),
    );
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    expect(await prisma.matchPreference.count({ where: { userId: client.id } })).toBe(1);
  });

  it("the page's values: the saved ones, else the languages the person speaks", async () => {
    const client = await make.person({ roles: ["client"], languages: ["pt"] });
    const programme = await prisma.programme.findUniqueOrThrow({ where: { id: programmeId } });
    const before = await loadMatchPreferences(prisma, actor(client), programme.slug, "fr");
    expect(before).toMatchObject({ saved: false, values: { languages: ["pt"], expertiseAreas: [] } });
    await saveMatchPreferences(prisma, actor(client), prefs(programmeId) as never);
    const after = await loadMatchPreferences(prisma, actor(client), programme.slug, "fr");
    expect(after).toMatchObject({
      saved: true,
      values: { languages: ["sw"], goal: "Lead my new team with confidence." },
    });
  });
});

describe("a programme's weights", () => {
  const weights = { expertise: 9, language: 0, entity: 2, gender: 1, timeZone: 4, freePlaces: 10 };

  it("a programme admin sets them, with the weights before and after in the audit log", async () => {
    const admin = await make.person({ roles: ["programme_admin"] });
    const programme = await make.programme();
    await setMatchWeights(prisma, actor(admin), { programmeId: programme.id, ...weights });
    expect(await prisma.matchWeights.findUnique({ where: { programmeId: programme.id } })).toMatchObject(weights);
    const entry = await prisma.auditLog.findFirstOrThrow({
      where: { targetId: programme.id, action: "programme.match-weights" },
    });
    expect(entry.data).toMatchObject({ after: weights, before: { expertise: 5 } });
  });

  it("refuses anyone else, and a weight outside 0 to 10 beside its field", async () => {
    const client = await make.person({ roles: ["client"] });
    const programme = await make.programme();
    expect(await refusal(setMatchWeights(prisma, actor(client), { programmeId: programme.id, ...weights }))).toBe(
      "forbidden",
    );
    await signIn(client);
    expect(await setMatchWeightsAction({ programmeId: programme.id, ...weights })).toMatchObject({ ok: false });
    const admin = await make.person({ roles: ["programme_admin"] });
    await signIn(admin);
    expect(await setMatchWeightsAction({ programmeId: programme.id, ...weights, gender: 11 })).toMatchObject({
      ok: false,
      field: "gender",
    });
    expect(await setMatchWeightsAction({ programmeId: programme.id, ...weights, entity: "2.5" })).toMatchObject({
      ok: false,
      field: "entity",
    });
    expect(await prisma.matchWeights.count({ where: { programmeId: programme.id } })).toBe(0);
    expect(await setMatchWeightsAction({ programmeId: programme.id, ...weights, entity: "3" })).toEqual({ ok: true });
  });
});

describe("suggestions", () => {
  // Swahili and leadership: only this block's coaches offer both, so they rank first.
  const fit = { expertiseAreas: ["leadership" as const], coachingLanguages: ["sw"] };

  it("ranks by the score with reasons, and leaves out the reporting line, earlier engagements and unlisted profiles", async () => {
    const grand = await make.coach({ ...fit, name: "Grand Boss" });
    const boss = await make.coach({ ...fit, name: "Boss" });
    const report = await make.coach({ ...fit, name: "Report" });
    const ended = await make.coach({ ...fit, name: "Ended Before" });
    const full = await make.coach({ ...fit, name: "Full", capacity: 1 });
    const paused = await make.coach({ ...fit, name: "Paused", availability: "paused" });
    const lapsed = await make.coach({ ...fit, name: "Lapsed", credentialLapsedAt: new Date() });
    const disabled = await make.coach({ ...fit, name: "Disabled", disabled: true });
    const good = await make.coach({ ...fit, name: "Good Fit" });
    const client = await make.person({ roles: ["client"], enrolIn: cohortId, languages: ["en"] });
    await prisma.user.update({ where: { id: boss.id }, data: { supervisorId: grand.id } });
    await prisma.user.update({ where: { id: client.id }, data: { supervisorId: boss.id } });
    await prisma.user.update({ where: { id: report.id }, data: { supervisorId: client.id } });
    const other = await make.person({ roles: ["client"] });
    await make.engagement({ programmeId, profileId: full.profileId, seekerId: other.id });
    await make.engagement({
      programmeId,
      profileId: ended.profileId,
      seekerId: client.id,
      status: "ended",
      endedAt: new Date(),
      endReason: "Not the right fit for me.",
    });
    await saveMatchPreferences(prisma, actor(client), prefs(programmeId) as never);

    const result = await loadSuggestions(prisma, actor(client), "coach");
    if (result.state !== "ready") throw new Error("expected suggestions");
    expect(result.stated).toBe(true);
    const names = result.suggestions.map((s) => s.name);
    expect(names[0]).toBe("Good Fit");
    for (const left of [grand, boss, report, ended, full, paused, lapsed, disabled])
      expect(names).not.toContain(left.name);
    expect(result.suggestions[0].reasons).toEqual([
      { kind: "expertise", areas: ["leadership"] },
      { kind: "language", languages: ["sw"], stated: true },
      { kind: "freePlaces", places: 3 },
    ]);
    expect(result.suggestions.length).toBeLessThanOrEqual(6);
    expect(result.suggestions[0].profileId).toBe(good.profileId);
  });

  it("the programme's weights change the order", async () => {
    const programme = await make.programme({ profileCapacityLimit: 3 });
    const cohort = await make.cohort({ programmeId: programme.id });
    const admin = await make.person({ roles: ["programme_admin"] });
    const speaker = await make.coach({
      coachingLanguages: ["pt"],
      expertiseAreas: ["skills"],
      name: "Speaks Portuguese",
    });
    const expert = await make.coach({
      coachingLanguages: ["de"],
      expertiseAreas: ["pre_retirement"],
      name: "Retirement",
    });
    const client = await make.person({ roles: ["client"], enrolIn: cohort.id });
    await saveMatchPreferences(
      prisma,
      actor(client),
      prefs(programme.id, { languages: ["pt"], expertiseAreas: ["pre_retirement"] }) as never,
    );
    const order = async () => {
      const r = await loadSuggestions(prisma, actor(client), "coach");
      if (r.state !== "ready") throw new Error("expected suggestions");
      return r.suggestions.map((s) => s.name).filter((n) => n === speaker.name || n === expert.name);
    };
    const zero = { freePlaces: 0, entity: 0, gender: 0, timeZone: 0 };
    await setMatchWeights(prisma, actor(admin), { programmeId: programme.id, expertise: 10, language: 1, ...zero });
    expect(await order()).toEqual(["Retirement", "Speaks Portuguese"]);
    await setMatchWeights(prisma, actor(admin), { programmeId: programme.id, expertise: 1, language: 10, ...zero });
    expect(await order()).toEqual(["Speaks Portuguese", "Retirement"]);
  });

  it("without preferences: the languages the person speaks; not enrolled: nothing; a coach: refused", async () => {
    const programme = await make.programme();
    const cohort = await make.cohort({ programmeId: programme.id });
    const client = await make.person({ roles: ["client"], enrolIn: cohort.id, languages: ["sw"] });
    const r = await loadSuggestions(prisma, actor(client), "coach");
    if (r.state !== "ready") throw new Error("expected suggestions");
    expect(r.stated).toBe(false);
    expect(r.suggestions[0].reasons[0]).toEqual({ kind: "language", languages: ["sw"], stated: false });
    const outsider = await make.person({ roles: ["client"] });
    expect(await loadSuggestions(prisma, actor(outsider), "coach")).toEqual({ state: "none" });
    const coach = await make.coach();
    expect(await refusal(loadSuggestions(prisma, actor(coach), "coach"))).toBe("forbidden");
  });

  it("mentors: only the mentee's programme's, never themselves", async () => {
    const programme = await make.programme({ type: "mentoring" });
    const elsewhere = await make.programme({ type: "mentoring" });
    const cohort = await make.cohort({ programmeId: programme.id });
    const mine = await make.mentor({ programmeId: programme.id, coachingLanguages: ["fr"], name: "Mentor Here" });
    const theirs = await make.mentor({ programmeId: elsewhere.id, coachingLanguages: ["fr"], name: "Mentor There" });
    const mentee = await make.person({ roles: ["mentee"], enrolIn: cohort.id, languages: ["fr"] });
    const r = await loadSuggestions(prisma, actor(mentee), "mentor");
    if (r.state !== "ready") throw new Error("expected suggestions");
    expect(r.suggestions.map((s) => s.name)).toEqual([mine.name]);
    expect(r.suggestions.map((s) => s.name)).not.toContain(theirs.name);
  });
});

// The loader ranks in the database by a bound of the score and scores only the first rows; here it
// must give exactly the six that the domain function gives when it scores every listed coach (read
// here by a plain query, the reporting line from every person's supervisor). Seeded random sets:
// languages, areas, entities, genders, zones (some not a duty station's, one unknown), places taken,
// the reporting line, earlier engagements, random weights, many ties (same names, same features).
describe("suggestions are the domain's ranking of every candidate", () => {
  const AREAS = EXPERTISE_AREAS;
  const LANGUAGES = ["en", "fr", "sw", "pt"];
  const ZONES = ["Europe/Zurich", "America/New_York", "Asia/Tokyo", "Pacific/Auckland", "Not/A_Zone", "UTC"];
  // Ties broken by name: accents, a letter above U+FFFF and one in U+E000–U+FFFF, which code-point
  // order and UTF-16 order sort differently.
  const NAMES = ["Ana Silva", "Ana Silva", "Élodie Roy", "Zoé Kim", "\u{1D49C}mina Sow", "\uFB00ion Hart", "ana silva"];

  /** A small seeded generator (mulberry32): the same sets on every run. */
  const generator = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  it.each([1, 2, 3, 4, 5, 6])("random set %i", async (seed) => {
    const random = generator(seed);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
    const some = <T>(list: readonly T[], most: number): T[] => [
      ...new Set(Array.from({ length: Math.floor(random() * (most + 1)) }, () => pick(list))),
    ];
    const entities = [(await make.entity()).id, (await make.entity()).id];
    await make.dutyStation({ timeZone: "Asia/Tokyo" });
    const programme = await make.programme({ profileCapacityLimit: 1 + Math.floor(random() * 3) });
    const cohort = await make.cohort({ programmeId: programme.id });
    const client = await make.person({
      roles: ["client"],
      enrolIn: cohort.id,
      languages: some(LANGUAGES, 2),
      entityId: pick(entities),
      timeZone: pick(ZONES.slice(0, 4)),
    });
    const other = await make.person({ roles: ["client"] });
    const coaches = [];
    for (let i = 0; i < 40; i++) {
      // Few values each, so that many coaches tie on score, places and name.
      const coach = await make.coach({
        name: pick(NAMES),
        gender: pick(["female", "male", "non_binary", null] as const),
        entityId: random() < 0.2 ? null : pick(entities),
        timeZone: pick(ZONES),
        capacity: 1 + Math.floor(random() * 3),
        expertiseAreas: some(AREAS.slice(0, 3), 2),
        coachingLanguages: some(LANGUAGES, 2),
      });
      for (let taken = Math.floor(random() * 4) - 1; taken > 0; taken--)
        await make.engagement({ programmeId: programme.id, profileId: coach.profileId, seekerId: other.id });
      coaches.push(coach);
    }
    // The reporting line: a supervisor above the client, and reports below (one of them indirect).
    await prisma.user.update({ where: { id: client.id }, data: { supervisorId: coaches[0].id } });
    await prisma.user.update({ where: { id: coaches[1].id }, data: { supervisorId: client.id } });
    await prisma.user.update({ where: { id: coaches[2].id }, data: { supervisorId: coaches[1].id } });
    await make.engagement({
      programmeId: programme.id,
      profileId: coaches[3].profileId,
      seekerId: client.id,
      status: "ended",
      endedAt: new Date(),
      endReason: "Done.",
    });
    if (seed % 3 !== 0)
      await prisma.matchPreference.create({
        data: {
          userId: client.id,
          programmeId: programme.id,
          expertiseAreas: some(AREAS, 3),
          languages: some(LANGUAGES, 2),
          entityPreference: pick(["any", "inside", "outside"] as const),
          gender: pick(["female", "male", null] as const),
          timeZoneOverlap: random() < 0.7,
          goal: "",
        },
      });
    const weights = { expertise: 0, language: 0, entity: 0, gender: 0, timeZone: 0, freePlaces: 0 };
    for (const key of Object.keys(weights) as (keyof typeof weights)[]) weights[key] = Math.floor(random() * 11);
    if (seed % 2 === 0) await prisma.matchWeights.create({ data: { programmeId: programme.id, ...weights } });
    const now = new Date(
      Date.UTC(2026, Math.floor(random() * 12), 1 + Math.floor(random() * 28), Math.floor(random() * 24)),
    );

    const result = await loadSuggestions(prisma, actor(client), "coach", now);
    if (result.state !== "ready") throw new Error("expected suggestions");

    const expected = await domainRanking(client.id, programme.id, now);
    expect(expected).toHaveLength(6);
    expect(result.suggestions).toEqual(expected);
  });

  it("coaches in a zone only the domain can place (counted at a whole day) do not crowd out better ones", async () => {
    await make.dutyStation({ timeZone: "Europe/Zurich" });
    const programme = await make.programme();
    const cohort = await make.cohort({ programmeId: programme.id });
    const admin = await make.person({ roles: ["programme_admin"] });
    await setMatchWeights(prisma, actor(admin), {
      programmeId: programme.id,
      expertise: 5,
      language: 5,
      entity: 0,
      gender: 0,
      timeZone: 10,
      freePlaces: 0,
    });
    const client = await make.person({ roles: ["client"], enrolIn: cohort.id, timeZone: "Europe/Zurich" });
    await saveMatchPreferences(
      prisma,
      actor(client),
      prefs(programme.id, {
        languages: ["pt"],
        expertiseAreas: ["team_relationships"],
        timeZoneOverlap: true,
      }) as never,
    );
    const same = { coachingLanguages: ["pt"], expertiseAreas: ["team_relationships" as const] };
    // More than the loader's first rows: their bound (a whole day in common) is above the score of
    // the near ones, their score (an unknown zone counts as UTC: 7 hours at most) below it.
    for (let i = 0; i < 20; i++) await make.coach({ ...same, name: `Far ${i}`, timeZone: "Nowhere/Far" });
    for (let i = 0; i < 6; i++) await make.coach({ ...same, name: `Near ${i}`, timeZone: "Europe/Zurich" });
    const now = new Date("2026-01-15T12:00:00Z");
    const result = await loadSuggestions(prisma, actor(client), "coach", now);
    if (result.state !== "ready") throw new Error("expected suggestions");
    expect(result.suggestions.map((s) => s.name)).toEqual(["Near 0", "Near 1", "Near 2", "Near 3", "Near 4", "Near 5"]);
    expect(result.suggestions).toEqual(await domainRanking(client.id, programme.id, now));
  });
});

/** The six of the domain function over every listed coach, read by a plain query (the reference). */
async function domainRanking(clientId: string, programmeId: string, now: Date) {
  const { suggestMatches, reportingLine, DEFAULT_MATCH_WEIGHTS } = await import("@/lib/domain/match-suggestions");
  const [person, programme, prefs, weights, people, engaged, profiles] = await Promise.all([
    prisma.user.findUniqueOrThrow({ where: { id: clientId } }),
    prisma.programme.findUniqueOrThrow({ where: { id: programmeId } }),
    prisma.matchPreference.findUnique({ where: { userId_programmeId: { userId: clientId, programmeId } } }),
    prisma.matchWeights.findUnique({ where: { programmeId } }),
    prisma.user.findMany({ select: { id: true, supervisorId: true } }),
    prisma.engagement.findMany({ where: { seekerId: clientId }, select: { profileId: true } }),
    prisma.matchingProfile.findMany({
      where: {
        kind: "coach",
        status: "approved",
        availability: "open",
        credentialLapsedAt: null,
        user: { disabledAt: null },
      },
      include: { user: true, engagements: { where: { status: "active" }, select: { id: true } } },
    }),
  ]);
  return suggestMatches({
    seeker: { userId: clientId, entityId: person.entityId, timeZone: person.timeZone, languages: person.languages },
    prefs,
    candidates: profiles.map((p) => ({
      profileId: p.id,
      userId: p.userId,
      name: p.user.name ?? "",
      entityId: p.user.entityId,
      gender: p.user.gender,
      timeZone: p.user.timeZone,
      expertiseAreas: p.expertiseAreas,
      coachingLanguages: p.coachingLanguages,
      placesLeft: Math.min(p.capacity, programme.profileCapacityLimit) - p.engagements.length,
    })),
    weights: weights ?? DEFAULT_MATCH_WEIGHTS,
    line: reportingLine(
      clientId,
      people.map((p) => ({ userId: p.id, supervisorId: p.supervisorId })),
    ),
    engagedBefore: new Set(engaged.map((e) => e.profileId)),
    now,
  }).map((s) => ({ profileId: s.candidate.profileId, name: s.candidate.name, score: s.score, reasons: s.reasons }));
}
