// The coach directory's query: listed coaches only (isListed(): approved, open, owner not disabled), by name.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";
import { isListed, LISTED_PROFILE } from "@/lib/domain/coach-lifecycle";
import { DEFAULT_FILTERS, type DirectoryFilters, foldText } from "@/lib/domain/directory-filters";
import type { Availability, ProfileStatus, EngagementStatus, ExpertiseArea } from "@/lib/generated/prisma/enums";
import { setUpApp } from "../support/app";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { factories, type Factories } from "../support/factories";

// Revocation kicks the outbox worker, which reads DATABASE_URL when first used.
const { prisma, make } = await setUpApp();
const { listDirectoryCoaches } = await import("@/lib/server/coaches/list-directory-coaches");
const { revokeCoachApproval } = await import("@/lib/server/credentials/revoke-coach-approval");
const search = await import("@/lib/server/coaches/search-directory");
const ids: Record<string, string> = {};
const ocha = await make.entity({ code: "OCHA", nameEn: "OCHA", nameFr: "BCAH" });
const geneva = await make.dutyStation({ code: "GVA", nameEn: "Geneva", nameFr: "Genève", timeZone: "Europe/Zurich" });

async function coach(name: string, status: ProfileStatus, availability: Availability = "open", disabled = false) {
  const c = await make.coach({
    name,
    languages: ["en", "fr"],
    disabled,
    entityId: ocha.id,
    dutyStationId: geneva.id,
    status,
    availability,
    capacity: 2,
    expertiseAreas: ["career", "leadership"],
    coachingLanguages: ["fr"],
    credentialKind: "icf_pcc",
    bioEn: `${name} in English`,
    bioFr: `${name} en français`,
    submittedAt: status === "draft" ? null : new Date(),
  });
  ids[name] = c.profileId;
}

const hr = await make.person({ email: "hr@example.org", roles: ["hr_reviewer"] });
// Created out of name order, so the test sees the ordering.
await coach("Zoe Open", "approved");
await coach("Ana Open", "approved");
await coach("Mia Open", "approved");
await coach("Paul Paused", "approved", "paused");
await coach("Sara Submitted", "submitted");
await coach("Carl Changes", "changes_requested");
await coach("Rita Rejected", "rejected");
await coach("Victor Revoked", "revoked");
await coach("Dora Draft", "draft");
await coach("Dan Disabled", "approved", "open", true);
await coach("Pia Paused Disabled", "approved", "paused", true);
await coach("Sue Submitted Paused", "submitted", "paused");

describe("the coach directory", () => {
  it("lists approved coaches who are taking clients, by name, with what the directory shows", async () => {
    const coaches = await listDirectoryCoaches(prisma);
    expect(coaches.map((c) => c.name)).toEqual(["Ana Open", "Mia Open", "Zoe Open"]);
    expect(coaches[0]).toEqual({
      id: ids["Ana Open"],
      name: "Ana Open",
      entity: { code: "OCHA", nameEn: "OCHA", nameFr: "BCAH" },
      dutyStation: { code: "GVA", nameEn: "Geneva", nameFr: "Genève" },
      languages: ["en", "fr"],
      coachingLanguages: ["fr"],
      expertiseAreas: ["career", "leadership"],
      capacity: 2,
      bioEn: "Ana Open in English",
      bioFr: "Ana Open en français",
      approachEn: null,
      approachFr: null,
    });
  });

  it("follows isListed(): paused, submitted, changes requested, rejected, revoked and draft coaches are not listed", async () => {
    const listed = new Set((await listDirectoryCoaches(prisma)).map((c) => c.id));
    const profiles = await prisma.matchingProfile.findMany({ include: { user: true } });
    for (const p of profiles) {
      const expected = isListed(p);
      expect(listed.has(p.id), p.user.name!).toBe(expected);
    }
    for (const name of [
      "Paul Paused",
      "Sara Submitted",
      "Carl Changes",
      "Rita Rejected",
      "Victor Revoked",
      "Dora Draft",
      "Dan Disabled",
    ]) {
      expect(listed.has(ids[name]), name).toBe(false);
    }
  });

  it("searches by the same rule in SQL as isListed() and LISTED_PROFILE, with or without a filter on the person", async () => {
    const { searchDirectory } = search;
    const profiles = await prisma.matchingProfile.findMany({ where: { kind: "coach" }, include: { user: true } });
    const expected = profiles
      .filter(isListed)
      .map((p) => p.id)
      .sort();
    const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
    // No filter on the person: disabled owners are left out by an anti-join; a station filter joins the person.
    const anyone = await searchDirectory(prisma, DEFAULT_FILTERS, hr.id);
    const inGeneva = await searchDirectory(prisma, { ...DEFAULT_FILTERS, station: "GVA" }, hr.id);
    const byWhere = await prisma.matchingProfile.findMany({ where: { kind: "coach", ...LISTED_PROFILE } });
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(profiles.length);
    expect(ids(anyone.coaches)).toEqual(expected);
    expect(anyone.total).toBe(expected.length);
    expect(ids(inGeneva.coaches)).toEqual(expected);
    expect(ids(byWhere)).toEqual(expected);
  });

  it("pages with take and skip", async () => {
    expect((await listDirectoryCoaches(prisma, { take: 2 })).map((c) => c.name)).toEqual(["Ana Open", "Mia Open"]);
    expect((await listDirectoryCoaches(prisma, { take: 2, skip: 2 })).map((c) => c.name)).toEqual(["Zoe Open"]);
  });

  it("drops a coach right after their approval is revoked", async () => {
    await revokeCoachApproval(prisma, hr, { profileId: ids["Mia Open"], reason: "Credential lapsed." });
    expect((await listDirectoryCoaches(prisma)).map((c) => c.name)).toEqual(["Ana Open", "Zoe Open"]);
  });
});

// --- the search behind /coaches (lib/server/coaches/search-directory.ts) -------------------------

describe("the directory search", () => {
  let sdb: TestDatabase;
  let p: Db;
  let f: Factories;
  let viewerId: string;
  let programmeId: string;
  const profile: Record<string, string> = {};
  const all = DEFAULT_FILTERS;
  const names = async (change: Partial<DirectoryFilters>) =>
    (await search.searchDirectory(p, { ...all, ...change }, viewerId)).coaches.map((c) => c.name);

  type Spec = {
    name: string;
    entity?: string;
    station?: [string, string];
    gender?: "female" | "male" | "non_binary";
    networks?: string[];
    expertise: ExpertiseArea[];
    coachingLanguages: string[];
    capacity: number;
    bioEn?: string;
    bioFr?: string;
    status?: ProfileStatus;
    availability?: Availability;
    disabled?: boolean;
    engagements?: EngagementStatus[];
  };

  /** The id of the entity, duty station or network of this code, made when first asked for. */
  const placeOf = async (kind: "entity" | "dutyStation" | "network", code: string, timeZone = "UTC") => {
    const found =
      kind === "entity"
        ? await p.entity.findUnique({ where: { code } })
        : kind === "dutyStation"
          ? await p.dutyStation.findUnique({ where: { code } })
          : await p.professionalNetwork.findUnique({ where: { code } });
    if (found) return found.id;
    if (kind === "entity") return (await f.entity({ code, nameEn: `${code} en`, nameFr: `${code} fr` })).id;
    if (kind === "dutyStation") return (await f.dutyStation({ code, nameEn: code, nameFr: code, timeZone })).id;
    return (await f.network({ code, nameEn: code, nameFr: code })).id;
  };

  async function listedCoach(s: Spec) {
    const c = await f.coach({
      name: s.name,
      gender: s.gender ?? null,
      timeZone: s.station?.[1] ?? "UTC",
      disabled: s.disabled,
      entityId: s.entity ? await placeOf("entity", s.entity) : undefined,
      dutyStationId: s.station ? await placeOf("dutyStation", s.station[0], s.station[1]) : undefined,
      networkIds: s.networks ? await Promise.all(s.networks.map((code) => placeOf("network", code))) : undefined,
      roles: [],
      status: s.status ?? "approved",
      availability: s.availability ?? "open",
      capacity: s.capacity,
      expertiseAreas: s.expertise,
      coachingLanguages: s.coachingLanguages,
      credentialKind: "icf_acc",
      bioEn: s.bioEn ?? null,
      bioFr: s.bioFr ?? null,
    });
    profile[s.name] = c.profileId;
    for (const status of s.engagements ?? []) {
      const client = await f.person();
      await f.engagement({ programmeId, profileId: c.profileId, seekerId: client.id, status });
    }
  }

  beforeAll(async () => {
    sdb = await createTestDatabase();
    p = sdb.prisma;
    f = factories(p);
    programmeId = (await f.programme({ slug: "peer-coaching", nameEn: "Peer", nameFr: "Pairs" })).id;
    const dppa = await f.entity({ code: "DPPA", nameEn: "Political Affairs", nameFr: "Affaires politiques" });
    viewerId = (await f.person({ email: "viewer@example.org", name: "Viewer", entityId: dppa.id })).id;
    await listedCoach({
      name: "Élodie Martin",
      entity: "DPPA",
      station: ["NYC", "America/New_York"],
      gender: "female",
      networks: ["POLNET"],
      expertise: ["leadership", "career"],
      coachingLanguages: ["fr", "en"],
      capacity: 3,
      bioEn: "Former field officer.",
      bioFr: "Spécialiste de la médiation.",
      engagements: ["active", "ended", "completed"],
    });
    await listedCoach({
      name: "Bruno Keller",
      entity: "OCHA",
      station: ["GVA", "Europe/Zurich"],
      gender: "male",
      networks: ["MAGNET"],
      expertise: ["conflict_resolution"],
      coachingLanguages: ["en", "de"],
      capacity: 1,
      bioEn: "Negotiation with 100% commitment; file_name matters.",
      engagements: ["active"],
    });
    await listedCoach({
      name: "Chloé Dubois",
      entity: "UNON",
      station: ["NBO", "Africa/Nairobi"],
      gender: "female",
      expertise: ["pre_retirement"],
      coachingLanguages: ["fr"],
      capacity: 2,
      bioFr: "Accompagner le passage à la retraite.",
    });
    await listedCoach({
      name: "Adam Smith",
      entity: "DPPA",
      station: ["GVA", "Europe/Zurich"],
      gender: "non_binary",
      expertise: ["skills", "team_relationships"],
      coachingLanguages: ["en"],
      capacity: 1,
      bioEn: "Teams that work well.",
    });
    await listedCoach({
      name: "Zara Null",
      expertise: ["career"],
      coachingLanguages: ["es"],
      capacity: 3,
      engagements: ["active", "active"],
    });
    for (let i = 1; i <= 10; i++) {
      await listedCoach({
        name: `Filler ${String(i).padStart(2, "0")}`,
        entity: "UNOV",
        station: ["VIE", "Europe/Vienna"],
        expertise: ["skills"],
        coachingLanguages: ["ru"],
        capacity: 1,
      });
    }
    // Never listed, though they match every search below.
    const hidden = {
      entity: "DPPA",
      gender: "female" as const,
      expertise: ["leadership"] as ExpertiseArea[],
      coachingLanguages: ["fr"],
      capacity: 3,
      bioEn: "Leader, médiation",
    };
    await listedCoach({ ...hidden, name: "Hidden Paused", availability: "paused", station: ["TYO", "Asia/Tokyo"] });
    await listedCoach({ ...hidden, name: "Hidden Submitted", status: "submitted" });
    await listedCoach({ ...hidden, name: "Hidden Rejected", status: "rejected" });
    await listedCoach({ ...hidden, name: "Hidden Revoked", status: "revoked" });
    await listedCoach({ ...hidden, name: "Hidden Disabled", disabled: true });
  });
  afterAll(async () => {
    await sdb?.drop();
  });

  it("lists every listed coach by name (accents ignored), twelve a page, with the total", async () => {
    const first = await search.searchDirectory(p, all, viewerId);
    expect(first.total).toBe(15);
    expect(first.pageCount).toBe(2);
    expect(first.coaches.map((c) => c.name)).toEqual([
      "Adam Smith",
      "Bruno Keller",
      "Chloé Dubois",
      "Élodie Martin",
      ...Array.from({ length: 8 }, (_, i) => `Filler 0${i + 1}`),
    ]);
    const second = await search.searchDirectory(p, { ...all, page: 2 }, viewerId);
    expect(second).toMatchObject({ total: 15, page: 2 });
    expect(second.coaches.map((c) => c.name)).toEqual(["Filler 09", "Filler 10", "Zara Null"]);
  });

  it("shows the last page for a page past the end", async () => {
    const past = await search.searchDirectory(p, { ...all, page: 99 }, viewerId);
    expect(past).toMatchObject({ total: 15, page: 2, pageCount: 2 });
    expect(past.coaches).toHaveLength(3);
  });

  it("returns what a card shows, places left counting active engagements only", async () => {
    const [elodie] = (await search.searchDirectory(p, { ...all, q: "Élodie" }, viewerId)).coaches;
    expect(elodie).toEqual({
      id: profile["Élodie Martin"],
      userId: expect.any(String),
      name: "Élodie Martin",
      hasPhoto: false,
      entity: { code: "DPPA", nameEn: "Political Affairs", nameFr: "Affaires politiques" },
      dutyStation: { code: "NYC", nameEn: "NYC", nameFr: "NYC" },
      expertiseAreas: ["leadership", "career"],
      coachingLanguages: ["fr", "en"],
      capacity: 3,
      placesLeft: 2,
      bioEn: "Former field officer.",
      bioFr: "Spécialiste de la médiation.",
    });
    const places = Object.fromEntries(
      (await search.searchDirectory(p, { ...all, entity: { kind: "others" }, q: "u" }, viewerId)).coaches.map((c) => [
        c.name,
        c.placesLeft,
      ]),
    );
    expect(places).toMatchObject({ "Bruno Keller": 0, "Zara Null": 1, "Chloé Dubois": 2 });
  });

  it("filters by entity: mine, others, a given one", async () => {
    expect(await names({ entity: { kind: "mine" } })).toEqual(["Adam Smith", "Élodie Martin"]);
    const others = await search.searchDirectory(p, { ...all, entity: { kind: "others" } }, viewerId);
    expect(others.total).toBe(13);
    expect(others.coaches.map((c) => c.name)).not.toContain("Adam Smith");
    expect(others.coaches.map((c) => c.name)).not.toContain("Élodie Martin");
    expect(await names({ entity: { kind: "code", code: "OCHA" } })).toEqual(["Bruno Keller"]);
    expect(await names({ entity: { kind: "code", code: "NOPE" } })).toEqual([]);
  });

  it("filters by duty station, gender, network, expertise, coaching language and time zone", async () => {
    expect(await names({ station: "GVA" })).toEqual(["Adam Smith", "Bruno Keller"]);
    expect(await names({ gender: "female" })).toEqual(["Chloé Dubois", "Élodie Martin"]);
    expect(await names({ network: "POLNET" })).toEqual(["Élodie Martin"]);
    expect(await names({ expertise: "leadership" })).toEqual(["Élodie Martin"]);
    expect(await names({ expertise: "career" })).toEqual(["Élodie Martin", "Zara Null"]);
    expect(await names({ language: "fr" })).toEqual(["Chloé Dubois", "Élodie Martin"]);
    expect(await names({ timeZone: "Africa/Nairobi" })).toEqual(["Chloé Dubois"]);
    expect(await names({ gender: "female", language: "fr", station: "NBO" })).toEqual(["Chloé Dubois"]);
  });

  it("keeps only coaches with a free place when asked", async () => {
    const free = await search.searchDirectory(p, { ...all, free: true }, viewerId);
    expect(free.total).toBe(14);
    expect(await names({ free: true, entity: { kind: "code", code: "OCHA" } })).toEqual([]);
    expect(await names({ free: true, expertise: "career" })).toEqual(["Élodie Martin", "Zara Null"]);
  });

  it("searches names and both bios, ignoring case and accents, and expertise by its label in either language", async () => {
    expect(await names({ q: "mediation" })).toEqual(["Élodie Martin"]);
    expect(await names({ q: "ELODIE" })).toEqual(["Élodie Martin"]);
    expect(await names({ q: "chloe" })).toEqual(["Chloé Dubois"]);
    expect(await names({ q: "retraite" })).toEqual(["Chloé Dubois"]);
    expect(await names({ q: "pre-retirement" })).toEqual(["Chloé Dubois"]);
    expect(await names({ q: "leader" })).toEqual(["Élodie Martin"]);
    expect(await names({ q: "conflits" })).toEqual(["Bruno Keller"]);
    expect(await names({ q: "bruno negotiation" })).toEqual(["Bruno Keller"]);
    expect(await names({ q: "bruno mediation" })).toEqual([]);
    expect(await names({ q: "100%" })).toEqual(["Bruno Keller"]);
    expect((await search.searchDirectory(p, { ...all, q: "%" }, viewerId)).total).toBe(15);
    expect(await names({ q: "e_n" })).toEqual(["Bruno Keller"]);
    expect(await names({ q: '\'; drop table "User"; --' })).toEqual([]);
    expect(await p.user.count()).toBeGreaterThan(0);
  });

  it("sorts by places left, then by name", async () => {
    const sorted = await names({ sort: "places", entity: { kind: "others" }, expertise: undefined, q: "" });
    expect(sorted.slice(0, 2)).toEqual(["Chloé Dubois", "Filler 01"]);
    expect(await names({ sort: "places", q: "a" })).toEqual([
      "Chloé Dubois",
      "Élodie Martin",
      "Adam Smith",
      "Zara Null",
      "Bruno Keller",
    ]);
  });

  it("never lists paused, unapproved or disabled coaches, whatever the filters", async () => {
    for (const change of [
      {},
      { q: "hidden" },
      { q: "leader" },
      { expertise: "leadership" as const },
      { entity: { kind: "mine" as const } },
      { gender: "female" as const },
    ]) {
      const found = await search.searchDirectory(p, { ...all, ...change, page: 1 }, viewerId);
      expect(found.coaches.map((c) => c.name).filter((n) => n?.startsWith("Hidden"))).toEqual([]);
    }
    for (const name of ["Hidden Paused", "Hidden Submitted", "Hidden Rejected", "Hidden Revoked", "Hidden Disabled"]) {
      expect(await search.findListedCoach(p, profile[name]), name).toBeNull();
    }
  });

  it("offers the reference lists and the listed coaches' time zones as options", async () => {
    const o = await search.loadDirectoryOptions(p);
    expect(o.entities.map((e) => e.code)).toEqual(["DPPA", "OCHA", "UNON", "UNOV"]);
    expect(o.stations.map((s) => s.code).sort()).toEqual(["GVA", "NBO", "NYC", "TYO", "VIE"]);
    expect(o.networks.map((n) => n.code)).toEqual(["MAGNET", "POLNET"]);
    expect(o.timeZones).toEqual(["Africa/Nairobi", "America/New_York", "Europe/Vienna", "Europe/Zurich", "UTC"]);
  });

  it("loads a listed coach's profile with places left", async () => {
    const c = await search.findListedCoach(p, profile["Élodie Martin"]);
    expect(c).toMatchObject({
      name: "Élodie Martin",
      networks: [{ code: "POLNET", nameEn: "POLNET", nameFr: "POLNET" }],
      timeZone: "America/New_York",
      gender: "female",
      credentialKind: "icf_acc",
      capacity: 3,
      placesLeft: 2,
      isFormerStaff: false,
    });
    expect((await search.findListedCoach(p, profile["Bruno Keller"]))?.placesLeft).toBe(0);
    expect(await search.findListedCoach(p, "no-such-id")).toBeNull();
  });

  it("runs the directory page in two queries, whatever the filters, and in one once the options are kept", async () => {
    process.env.BINOME_COUNT_QUERIES = "1";
    const log = vi.spyOn(console, "info").mockImplementation(() => {});
    try {
      const options = search.directoryOptionsCache();
      const filters = {
        ...all,
        q: "leader mediation",
        expertise: "leadership" as const,
        network: "POLNET",
        free: true,
        sort: "places" as const,
      };
      for (const expected of [2, 1]) {
        const counted = search.countingQueries(p);
        const resolved = await options.resolve(counted.prisma, filters);
        expect(resolved.filters).toEqual(filters);
        await search.searchDirectory(counted.prisma, resolved.filters, viewerId);
        counted.report("/coaches");
        expect(log).toHaveBeenLastCalledWith(`[binome:queries] /coaches ${expected}`);
      }
    } finally {
      log.mockRestore();
      delete process.env.BINOME_COUNT_QUERIES;
    }
  });
});

// --- what the database keeps for the search (migration directory_search) -------------------------

describe("the search fields the database keeps", () => {
  let kdb: TestDatabase;
  let p: Db;
  let f: Factories;
  let viewerId: string;
  const found = async (q: string) =>
    (await search.searchDirectory(p, { ...DEFAULT_FILTERS, q }, viewerId)).coaches.map((c) => c.name);
  const fields = (id: string) =>
    p.matchingProfile.findUniqueOrThrow({ where: { id }, select: { searchText: true, sortName: true } });

  async function listed(name: string, bios: { bioEn?: string; bioFr?: string } = {}, timeZone = "UTC") {
    const c = await f.coach({
      name,
      timeZone,
      roles: [],
      status: "approved",
      capacity: 1,
      expertiseAreas: ["skills"],
      coachingLanguages: ["en"],
      ...bios,
    });
    return { userId: c.id, profileId: c.profileId };
  }

  beforeAll(async () => {
    kdb = await createTestDatabase();
    p = kdb.prisma;
    f = factories(p);
    viewerId = (await f.person({ email: "reader@example.org" })).id;
  });
  afterAll(async () => {
    await kdb?.drop();
  });

  it("folds every Latin-1 and Latin Extended-A letter as foldText() does, and œ, æ and other accents", async () => {
    const letters = Array.from({ length: 0x17f - 0xc0 + 1 }, (_, i) => String.fromCodePoint(0xc0 + i)).concat([
      "A",
      "Z",
      "œ",
      "Œ",
      "æ",
      "Æ",
      "Nguyễn Thị Ánh",
      "ÇA VA, 100 % Über",
    ]);
    const rows = await p.$queryRaw<
      { folded: string[] }[]
    >`select array(select fold_text(l) from unnest(${letters}::text[]) with ordinality as x(l, i) order by i) as folded`;
    const mismatches = letters.flatMap((l, i) =>
      rows[0].folded[i] === foldText(l) ? [] : [`${l} → ${rows[0].folded[i]} (foldText: ${foldText(l)})`],
    );
    expect(mismatches).toEqual([]);
  });

  it("fills the fields when a profile is created, from the person's name and both bios", async () => {
    const { profileId } = await listed("Œdipe Ångström", {
      bioEn: "Conflict COACHING.",
      bioFr: "La médiation est au cœur de ma pratique.",
    });
    expect(await fields(profileId)).toEqual({
      sortName: "oedipe angstrom",
      searchText: "oedipe angstrom conflict coaching. la mediation est au coeur de ma pratique.",
    });
    expect(await found("cœur")).toEqual(["Œdipe Ångström"]);
    expect(await found("COEUR angstrom")).toEqual(["Œdipe Ångström"]);
  });

  it("follows a change of name: found by the new name, no longer by the old one, and sorted by it", async () => {
    const { userId, profileId } = await listed("Bernadette Zola", { bioEn: "Careers." });
    await listed("Carla Moreau");
    expect((await search.searchDirectory(p, DEFAULT_FILTERS, viewerId)).coaches.map((c) => c.name)).toEqual([
      "Bernadette Zola",
      "Carla Moreau",
      "Œdipe Ångström",
    ]);
    await p.user.update({ where: { id: userId }, data: { name: "Zélie Durand" } });
    expect(await fields(profileId)).toEqual({ sortName: "zelie durand", searchText: "zelie durand careers." });
    expect(await found("bernadette")).toEqual([]);
    expect(await found("zelie")).toEqual(["Zélie Durand"]);
    expect((await search.searchDirectory(p, DEFAULT_FILTERS, viewerId)).coaches.map((c) => c.name)).toEqual([
      "Carla Moreau",
      "Œdipe Ångström",
      "Zélie Durand",
    ]);
    await p.user.update({ where: { id: userId }, data: { name: null } });
    expect(await fields(profileId)).toEqual({ sortName: "", searchText: "careers." });
  });

  it("follows a change of either bio, and a bio removed", async () => {
    const { profileId } = await listed("Dana Pike", { bioEn: "Retirement planning.", bioFr: "Préparer la retraite." });
    await p.matchingProfile.update({ where: { id: profileId }, data: { bioEn: "Team dynamics." } });
    expect(await found("retirement")).toEqual([]);
    expect(await found("dynamics")).toEqual(["Dana Pike"]);
    await p.matchingProfile.update({ where: { id: profileId }, data: { bioFr: null } });
    expect(await fields(profileId)).toEqual({ sortName: "dana pike", searchText: "dana pike team dynamics." });
    expect(await found("preparer")).toEqual([]);
  });

  it("cannot be written wrong: whatever is written there is computed again", async () => {
    const { profileId } = await listed("Eli Strand", { bioEn: "Leadership." });
    await p.matchingProfile.update({
      where: { id: profileId },
      data: { searchText: "anything at all", sortName: "aaa" },
    });
    await p.$executeRaw`update "MatchingProfile" set "searchText" = 'forged' where id = ${profileId}`;
    expect(await fields(profileId)).toEqual({ sortName: "eli strand", searchText: "eli strand leadership." });
    expect(await found("forged")).toEqual([]);
  });

  it("keeps the filter options for a while, but reloads them at once for a value it does not know", async () => {
    let clock = 1_000_000;
    let queries = 0;
    const counted = p.$extends({
      query: {
        $allOperations({ args, query }) {
          queries++;
          return query(args);
        },
      },
    }) as unknown as Db;
    const options = search.directoryOptionsCache({ ttlMs: 60_000, now: () => clock });
    const resolve = (tz?: string) => options.resolve(counted, { ...DEFAULT_FILTERS, timeZone: tz });

    const [first, second] = await Promise.all([resolve(), resolve()]);
    expect(queries).toBe(1);
    expect(first.options.timeZones).toEqual(["UTC"]);
    expect(second.options).toBe(first.options);
    clock += 30_000;
    await resolve("UTC");
    expect(queries).toBe(1);

    // The first coach in Nairobi is approved: a link naming that time zone is not dropped.
    await listed("Faith Njeri", {}, "Africa/Nairobi");
    const nairobi = await resolve("Africa/Nairobi");
    expect(queries).toBe(2);
    expect(nairobi.filters.timeZone).toBe("Africa/Nairobi");
    expect(nairobi.options.timeZones).toEqual(["Africa/Nairobi", "UTC"]);
    expect((await search.searchDirectory(p, nairobi.filters, viewerId)).coaches.map((c) => c.name)).toEqual([
      "Faith Njeri",
    ]);

    // A made-up value is dropped, reloading at most once a second.
    expect((await resolve("Mars/Olympus")).filters.timeZone).toBeUndefined();
    expect(queries).toBe(2);
    clock += 1_000;
    expect((await resolve("Mars/Olympus")).filters.timeZone).toBeUndefined();
    expect((await resolve("Mars/Olympus")).filters.timeZone).toBeUndefined();
    expect(queries).toBe(3);

    // Past the time to live, the lists are read again.
    clock += 60_000;
    await resolve();
    expect(queries).toBe(4);
  });
});
