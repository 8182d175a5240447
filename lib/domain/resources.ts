// The resource library: links and files programme admins publish for the participants of a
// programme (or of every programme), attached to steps of the programme's session plan. Pure rules:
// what a resource must hold, when participants see it, which language its texts are shown in, and
// which steps it may be attached to.
import { isMeetingUrl, MAX_MEETING_URL } from "./meeting-link";
import { SESSION_PLANS, type SessionPlanKey } from "./session-plans";

export const RESOURCE_KINDS = ["article", "video", "document", "other"] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const RESOURCE_LANGUAGES = ["en", "fr"] as const;
export type ResourceLanguage = (typeof RESOURCE_LANGUAGES)[number];

export const RESOURCE_TITLE_MAX = 200;
export const RESOURCE_DESCRIPTION_MAX = 2000;
export const RESOURCE_URL_MAX = MAX_MEETING_URL;
export const RESOURCE_TAG_MAX = 40;
export const RESOURCE_TAGS_MAX = 10;
/** An uploaded resource file (PDF, PNG or JPEG) is at most 10 MB, like a credential document. */
export const MAX_RESOURCE_FILE_BYTES = 10 * 1024 * 1024;

/**
 * A resource's link: an absolute https address, without a user name or password (the rule of
 * meeting links): http, javascript:, data: and the like are never turned into something to click.
 */
export function isResourceUrl(value: string): boolean {
  return isMeetingUrl(value);
}

/** Tags as typed ("Goals, leadership ,goals") → trimmed, lower-case, without duplicates or empties. */
export function parseTags(raw: string | readonly string[]): string[] {
  const parts = typeof raw === "string" ? raw.split(",") : raw;
  const seen = new Set<string>();
  for (const part of parts) {
    const tag = part.trim().replace(/\s+/g, " ").toLocaleLowerCase();
    if (tag) seen.add(tag);
  }
  return [...seen];
}

/** The tags are acceptable: at most RESOURCE_TAGS_MAX, each at most RESOURCE_TAG_MAX characters. */
export function tagsValid(tags: readonly string[]): boolean {
  return tags.length <= RESOURCE_TAGS_MAX && tags.every((t) => t.length > 0 && t.length <= RESOURCE_TAG_MAX);
}

type Texts = { titleEn: string; titleFr: string; descriptionEn: string; descriptionFr: string };

/** At least one title, in English or in French. */
export function hasTitle(r: Pick<Texts, "titleEn" | "titleFr">): boolean {
  return r.titleEn.trim().length > 0 || r.titleFr.trim().length > 0;
}

/** A resource is complete when it has something to open: a link or an uploaded file. */
export function resourceComplete(r: { url: string | null; storageKey: string | null }): boolean {
  return Boolean((r.url && isResourceUrl(r.url)) || r.storageKey);
}

export type ResourceStatus = "published" | "draft" | "unpublished";

/**
 * What the admin sees: unpublished (taken down by an admin), draft (published but without a link
 * or file yet: "link missing"), or published (participants see it).
 */
export function resourceStatus(r: {
  url: string | null;
  storageKey: string | null;
  unpublishedAt: Date | null;
}): ResourceStatus {
  if (r.unpublishedAt) return "unpublished";
  return resourceComplete(r) ? "published" : "draft";
}

/**
 * Whether a participant sees a resource: published and complete, and meant for every programme
 * or for one they take part in.
 */
export function resourceVisibleTo(
  r: { programmeId: string | null; url: string | null; storageKey: string | null; unpublishedAt: Date | null },
  viewerProgrammeIds: readonly string[],
): boolean {
  if (resourceStatus(r) !== "published") return false;
  return r.programmeId === null || viewerProgrammeIds.includes(r.programmeId);
}

/**
 * The texts to show a reader: those of their language when there is a title in it, otherwise the
 * other language's, with `lang` saying which (the page marks the text with it).
 */
export function resourceText(
  r: Texts,
  locale: ResourceLanguage,
): { title: string; description: string; lang: ResourceLanguage } {
  const other: ResourceLanguage = locale === "fr" ? "en" : "fr";
  const pick = (lang: ResourceLanguage) => ({
    title: (lang === "fr" ? r.titleFr : r.titleEn).trim(),
    description: (lang === "fr" ? r.descriptionFr : r.descriptionEn).trim(),
    lang,
  });
  const own = pick(locale);
  return own.title ? own : pick(other);
}

/**
 * The step keys a resource of a programme may be attached to: the steps of the programme's session
 * plan; a resource for every programme may go on any plan's steps.
 */
export function stepKeysFor(plan: SessionPlanKey | null): string[] {
  const plans = plan ? [SESSION_PLANS[plan]] : Object.values(SESSION_PLANS);
  return plans.flatMap((p) => p.steps.map((s) => s.key));
}

/** The keys among `keys` that are not steps of `plan` (none: all may be attached). */
export function unknownStepKeys(keys: readonly string[], plan: SessionPlanKey | null): string[] {
  const valid = new Set(stepKeysFor(plan));
  return keys.filter((k) => !valid.has(k));
}

export type ResourceFilter = { q?: string; tag?: string; language?: string; kind?: string };

/** A participant's search: words in either language's texts or tags, a tag, a language, a kind. */
export function matchesResourceFilter(
  r: Texts & { tags: readonly string[]; languages: readonly string[]; kind: string },
  filter: ResourceFilter,
): boolean {
  if (filter.tag && !r.tags.includes(filter.tag)) return false;
  if (filter.language && !r.languages.includes(filter.language)) return false;
  if (filter.kind && r.kind !== filter.kind) return false;
  const words = (filter.q ?? "").trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = [r.titleEn, r.titleFr, r.descriptionEn, r.descriptionFr, ...r.tags].join(" ").toLocaleLowerCase();
  return words.every((w) => text.includes(w));
}

/** Every tag of a list of resources, sorted, for the filter. */
export function allTags(resources: readonly { tags: readonly string[] }[]): string[] {
  return [...new Set(resources.flatMap((r) => r.tags))].sort((a, b) => a.localeCompare(b));
}
