import { describe, expect, it } from "vitest";
import { freePlaces } from "@/lib/domain/match-request";
import {
  DEFAULT_FILTERS,
  directoryHref,
  directoryQueryString,
  expertiseMatching,
  foldText,
  hasNarrowing,
  keepKnownValues,
  likePattern,
  parseDirectoryFilters,
  searchTerms,
} from "@/lib/domain/directory-filters";

describe("parseDirectoryFilters", () => {
  it("gives the defaults for an empty URL", () => {
    expect(parseDirectoryFilters({})).toEqual(DEFAULT_FILTERS);
    expect(parseDirectoryFilters(new URLSearchParams(""))).toEqual(DEFAULT_FILTERS);
  });

  it("reads every filter", () => {
    const f = parseDirectoryFilters(
      new URLSearchParams(
        "q=  conflict   resolution &entity=OCHA&station=GVA&gender=female&network=POLNET&expertise=leadership&language=fr&tz=America/New_York&free=1&sort=places&page=3",
      ),
    );
    expect(f).toEqual({
      q: "conflict resolution",
      entity: { kind: "code", code: "OCHA" },
      station: "GVA",
      gender: "female",
      network: "POLNET",
      expertise: "leadership",
      language: "fr",
      timeZone: "America/New_York",
      free: true,
      sort: "places",
      page: 3,
    });
  });

  it("reads inside and outside my entity", () => {
    expect(parseDirectoryFilters({ entity: "mine" }).entity).toEqual({ kind: "mine" });
    expect(parseDirectoryFilters({ entity: "others" }).entity).toEqual({ kind: "others" });
    expect(parseDirectoryFilters({ entity: "" }).entity).toEqual({ kind: "any" });
  });

  it("falls back to the default for each invalid value, keeping the valid ones", () => {
    const f = parseDirectoryFilters({
      entity: "O'Brien; drop",
      gender: "robot",
      expertise: "juggling",
      language: "french",
      tz: "../../etc/passwd",
      free: "maybe",
      sort: "random",
      page: "-2",
      station: "GVA",
    });
    expect(f).toEqual({ ...DEFAULT_FILTERS, station: "GVA" });
    expect(parseDirectoryFilters({ page: "abc" }).page).toBe(1);
    expect(parseDirectoryFilters({ page: "2.5" }).page).toBe(1);
    expect(parseDirectoryFilters({ page: "99999999" }).page).toBe(1);
  });

  it("takes the first of repeated parameters and caps the search text", () => {
    expect(parseDirectoryFilters({ expertise: ["career", "skills"] }).expertise).toBe("career");
    expect(parseDirectoryFilters({ q: "x".repeat(500) }).q).toHaveLength(100);
  });
});

describe("directory links", () => {
  it("writes only what differs from the defaults, and round-trips", () => {
    expect(directoryQueryString(DEFAULT_FILTERS)).toBe("");
    const f = parseDirectoryFilters(
      new URLSearchParams("q=Élodie&entity=mine&expertise=career&free=1&sort=places&page=2"),
    );
    expect(parseDirectoryFilters(new URLSearchParams(directoryQueryString(f)))).toEqual(f);
  });

  it("goes back to page 1 when a filter changes, unless a page is named", () => {
    const f = { ...DEFAULT_FILTERS, expertise: "career" as const, page: 4 };
    expect(directoryHref(f, { language: "fr" })).toBe("/coaches?expertise=career&language=fr");
    expect(directoryHref(f, { page: 5 })).toBe("/coaches?expertise=career&page=5");
    expect(directoryHref(DEFAULT_FILTERS)).toBe("/coaches");
  });

  it("says whether anything narrows the list", () => {
    expect(hasNarrowing(DEFAULT_FILTERS)).toBe(false);
    expect(hasNarrowing({ ...DEFAULT_FILTERS, sort: "places", page: 2 })).toBe(false);
    expect(hasNarrowing({ ...DEFAULT_FILTERS, free: true })).toBe(true);
    expect(hasNarrowing({ ...DEFAULT_FILTERS, entity: { kind: "others" } })).toBe(true);
  });

  it("drops well-formed values that name nothing known", () => {
    const options = {
      entities: ["OCHA"],
      stations: ["GVA"],
      networks: ["POLNET"],
      languages: ["fr"],
      timeZones: ["Europe/Zurich"],
    };
    const f = parseDirectoryFilters({
      entity: "XYZ",
      station: "GVA",
      network: "NONET",
      language: "zz",
      tz: "Europe/Zurich",
    });
    expect(keepKnownValues(f, options)).toEqual({ ...DEFAULT_FILTERS, station: "GVA", timeZone: "Europe/Zurich" });
    expect(keepKnownValues(parseDirectoryFilters({ entity: "mine" }), options).entity).toEqual({ kind: "mine" });
  });
});

describe("text search helpers", () => {
  it("folds case and accents", () => {
    expect(foldText("Élodie CHLOÉ Œuvre")).toBe("elodie chloe oeuvre");
    expect(foldText("Şahin Dvořák Ångström Łukasz Æsir")).toBe("sahin dvorak angstrom łukasz aesir");
  });

  it("splits the search into at most six words, without edge punctuation", () => {
    expect(searchTerms(" Médiation, (conflits) ")).toEqual(["mediation", "conflits"]);
    expect(searchTerms("a b c d e f g h")).toHaveLength(6);
    expect(searchTerms("%% ,")).toEqual([]);
  });

  it("makes LIKE patterns that take %, _ and \\ literally", () => {
    expect(likePattern("100%")).toBe("%100\\%%");
    expect(likePattern("a_b\\c")).toBe("%a\\_b\\\\c%");
  });

  it("finds expertise areas by label in either language", () => {
    const labels = {
      career: ["Career", "Carrière"],
      leadership: ["Leadership", "Leadership"],
      skills: ["Skills", "Compétences"],
      conflict_resolution: ["Conflict resolution", "Résolution de conflits"],
      pre_retirement: ["Pre-retirement", "Préparation à la retraite"],
      team_relationships: ["Team and relationships", "Équipe et relations"],
    };
    expect(expertiseMatching("leader", labels)).toEqual(["leadership"]);
    expect(expertiseMatching("competences", labels)).toEqual(["skills"]);
    expect(expertiseMatching("equipe", labels)).toEqual(["team_relationships"]);
    expect(expertiseMatching("retire", labels)).toEqual(["pre_retirement"]);
    expect(expertiseMatching("zzz", labels)).toEqual([]);
  });

  it("counts places left, never below zero", () => {
    expect(freePlaces({ capacity: 3 }, 1)).toBe(2);
    expect(freePlaces({ capacity: 1 }, 2)).toBe(0);
  });
});
