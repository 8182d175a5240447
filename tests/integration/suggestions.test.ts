// "Suggested for you" on real rows: saving what one seeks (validated, one's own only), a programme's
// weights (programme admins only, audited), and the suggestions themselves: never the supervisor,
// the supervisor's supervisor, a report, a coach one had an engagement with, a full, paused, lapsed
// or disabled profile. Runs on PGlite and, when TEST_DATABASE_URL is set, on a PostgreSQL server.
import { beforeAll, describe, expect, it } from "vitest";
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
