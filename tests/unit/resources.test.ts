import { describe, expect, it } from "vitest";
import {
  allTags,
  hasTitle,
  isResourceUrl,
  matchesResourceFilter,
  parseTags,
  resourceStatus,
  resourceText,
  resourceVisibleTo,
  stepKeysFor,
  tagsValid,
  unknownStepKeys,
} from "@/lib/domain/resources";

const base = { programmeId: "p1", url: "https://example.org/a", storageKey: null, unpublishedAt: null };
const texts = { titleEn: "Setting goals", titleFr: "Fixer des objectifs", descriptionEn: "A video", descriptionFr: "" };

describe("resource links", () => {
  it("accepts https addresses only, without credentials", () => {
    expect(isResourceUrl("https://example.org/handbook.pdf")).toBe(true);
    expect(isResourceUrl("http://example.org/")).toBe(false);
    expect(isResourceUrl("javascript:alert(1)")).toBe(false);
    expect(isResourceUrl("JAVASCRIPT:alert(1)")).toBe(false);
    expect(isResourceUrl("data:text/html,<script>alert(1)</script>")).toBe(false);
    expect(isResourceUrl("https://user:secret@example.org/")).toBe(false);
    expect(isResourceUrl("https://example.org/a b")).toBe(false);
    expect(isResourceUrl("//example.org/")).toBe(false);
    expect(isResourceUrl(`https://example.org/${"a".repeat(2100)}`)).toBe(false);
  });
});

describe("tags", () => {
  it("are trimmed, lower-cased and without duplicates", () => {
    expect(parseTags("Goals, leadership ,goals,, ")).toEqual(["goals", "leadership"]);
    expect(parseTags(["  Feed   back "])).toEqual(["feed back"]);
  });
  it("are bounded", () => {
    expect(tagsValid(["a"])).toBe(true);
    expect(tagsValid(Array.from({ length: 11 }, (_, i) => `t${i}`))).toBe(false);
    expect(tagsValid(["x".repeat(41)])).toBe(false);
  });
});

describe("status and visibility", () => {
  it("needs a title in at least one language", () => {
    expect(hasTitle({ titleEn: " ", titleFr: "" })).toBe(false);
    expect(hasTitle({ titleEn: "", titleFr: "Manuel" })).toBe(true);
  });
  it("is a draft without link or file, unpublished when taken down", () => {
    expect(resourceStatus(base)).toBe("published");
    expect(resourceStatus({ ...base, url: null })).toBe("draft");
    expect(resourceStatus({ ...base, url: null, storageKey: "resources/x" })).toBe("published");
    expect(resourceStatus({ ...base, unpublishedAt: new Date() })).toBe("unpublished");
    // A stored link that is not https never counts as complete.
    expect(resourceStatus({ ...base, url: "javascript:alert(1)" })).toBe("draft");
  });
  it("is seen by participants of its programme only, when published and complete", () => {
    expect(resourceVisibleTo(base, ["p1"])).toBe(true);
    expect(resourceVisibleTo(base, ["p2"])).toBe(false);
    expect(resourceVisibleTo(base, [])).toBe(false);
    expect(resourceVisibleTo({ ...base, programmeId: null }, [])).toBe(true);
    expect(resourceVisibleTo({ ...base, url: null }, ["p1"])).toBe(false);
    expect(resourceVisibleTo({ ...base, unpublishedAt: new Date() }, ["p1"])).toBe(false);
  });
});

describe("language shown", () => {
  it("is the reader's when there is a title in it, else the other one", () => {
    expect(resourceText(texts, "fr")).toEqual({ title: "Fixer des objectifs", description: "", lang: "fr" });
    expect(resourceText(texts, "en")).toEqual({ title: "Setting goals", description: "A video", lang: "en" });
    expect(resourceText({ ...texts, titleFr: "" }, "fr")).toEqual({
      title: "Setting goals",
      description: "A video",
      lang: "en",
    });
    expect(resourceText({ ...texts, titleEn: "" }, "en").lang).toBe("fr");
  });
});

describe("steps", () => {
  it("are those of the programme's plan", () => {
    expect(stepKeysFor("mentoring")).toContain("mentoring.setting-goals");
    expect(stepKeysFor("mentoring")).not.toContain("coaching.intro");
    expect(unknownStepKeys(["mentoring.leadership", "coaching.intro", "x"], "mentoring")).toEqual([
      "coaching.intro",
      "x",
    ]);
  });
  it("of any plan for a resource of every programme", () => {
    expect(unknownStepKeys(["mentoring.leadership", "coaching.intro"], null)).toEqual([]);
  });
});

describe("filter", () => {
  const r = { ...texts, tags: ["goals", "video"], languages: ["en"], kind: "video" };
  it("by tag, language, kind and words in either language", () => {
    expect(matchesResourceFilter(r, {})).toBe(true);
    expect(matchesResourceFilter(r, { tag: "goals" })).toBe(true);
    expect(matchesResourceFilter(r, { tag: "feedback" })).toBe(false);
    expect(matchesResourceFilter(r, { language: "fr" })).toBe(false);
    expect(matchesResourceFilter(r, { kind: "article" })).toBe(false);
    expect(matchesResourceFilter(r, { q: "objectifs" })).toBe(true);
    expect(matchesResourceFilter(r, { q: "SETTING goals" })).toBe(true);
    expect(matchesResourceFilter(r, { q: "network" })).toBe(false);
  });
  it("lists every tag once, sorted", () => {
    expect(allTags([{ tags: ["b", "a"] }, { tags: ["a"] }])).toEqual(["a", "b"]);
  });
});
