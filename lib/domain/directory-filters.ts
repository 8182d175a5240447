// The coach directory's filters, as they travel in the URL (GET form: shareable, bookmarkable).
// Pure: URL search params → typed filters, and back. A value that does not parse falls back to
// its default, so an edited or stale link still opens the directory.
import { z } from "zod";

export const EXPERTISE_AREAS = [
  "career",
  "leadership",
  "skills",
  "conflict_resolution",
  "pre_retirement",
  "team_relationships",
] as const;
export type ExpertiseAreaCode = (typeof EXPERTISE_AREAS)[number];
export const GENDERS = ["female", "male", "non_binary", "prefer_not_to_say"] as const;
export const DIRECTORY_SORTS = ["name", "places"] as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[number];

export const DIRECTORY_PAGE_SIZE = 12;
export const MAX_QUERY_LENGTH = 100;
const MAX_PAGE = 10_000;

/** Entity: anyone, inside or outside the reader's own entity, or one given entity (its code). */
export type EntityFilter = { kind: "any" } | { kind: "mine" } | { kind: "others" } | { kind: "code"; code: string };

export type DirectoryFilters = {
  q: string;
  entity: EntityFilter;
  station?: string;
  gender?: (typeof GENDERS)[number];
  network?: string;
  expertise?: ExpertiseAreaCode;
  language?: string;
  timeZone?: string;
  free: boolean;
  sort: DirectorySort;
  page: number;
};

export const DEFAULT_FILTERS: DirectoryFilters = { q: "", entity: { kind: "any" }, free: false, sort: "name", page: 1 };

/** A field that falls back to undefined (its default) when absent or malformed. */
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const code = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,32}$/);

export const directorySearchSchema = z.object({
  q: z
    .string()
    .transform((s) => s.replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH))
    .optional()
    .catch(undefined),
  entity: optional(z.union([z.enum(["mine", "others"]), code])),
  station: optional(code),
  gender: optional(z.enum(GENDERS)),
  network: optional(code),
  expertise: optional(z.enum(EXPERTISE_AREAS)),
  language: optional(
    z
      .string()
      .trim()
      .regex(/^[a-z]{2}$/),
  ),
  tz: optional(
    z
      .string()
      .trim()
      .regex(/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+){0,2}$/)
      .max(64),
  ),
  free: optional(z.enum(["1", "true", "on"])),
  sort: optional(z.enum(DIRECTORY_SORTS)),
  page: optional(z.coerce.number().int().min(1).max(MAX_PAGE)),
});

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

/** URL search params (Next's `searchParams` or a URLSearchParams) → filters; never throws. */
export function parseDirectoryFilters(raw: RawParams): DirectoryFilters {
  const get = (key: string): string | undefined => {
    const v = raw instanceof URLSearchParams ? (raw.get(key) ?? undefined) : raw[key];
    const first = Array.isArray(v) ? v[0] : v;
    return first === "" ? undefined : first;
  };
  const keys = ["q", "entity", "station", "gender", "network", "expertise", "language", "tz", "free", "sort", "page"];
  const p = directorySearchSchema.parse(Object.fromEntries(keys.map((k) => [k, get(k)])));
  const entity: EntityFilter =
    p.entity === "mine"
      ? { kind: "mine" }
      : p.entity === "others"
        ? { kind: "others" }
        : p.entity
          ? { kind: "code", code: p.entity }
          : { kind: "any" };
  return {
    q: p.q ?? "",
    entity,
    station: p.station,
    gender: p.gender,
    network: p.network,
    expertise: p.expertise,
    language: p.language,
    timeZone: p.tz,
    free: Boolean(p.free),
    sort: p.sort ?? "name",
    page: p.page ?? 1,
  };
}

/** Filters → the query string of their URL (defaults left out), for links: pages, chips, clear. */
export function directoryQueryString(f: DirectoryFilters): string {
  const params = new URLSearchParams();
  if (f.q) params.set("q", f.q);
  if (f.entity.kind === "mine" || f.entity.kind === "others") params.set("entity", f.entity.kind);
  if (f.entity.kind === "code") params.set("entity", f.entity.code);
  if (f.station) params.set("station", f.station);
  if (f.gender) params.set("gender", f.gender);
  if (f.network) params.set("network", f.network);
  if (f.expertise) params.set("expertise", f.expertise);
  if (f.language) params.set("language", f.language);
  if (f.timeZone) params.set("tz", f.timeZone);
  if (f.free) params.set("free", "1");
  if (f.sort !== "name") params.set("sort", f.sort);
  if (f.page > 1) params.set("page", String(f.page));
  return params.toString();
}

export function directoryHref(f: DirectoryFilters, change: Partial<DirectoryFilters> = {}): string {
  // Any change of filter goes back to page 1 unless it names a page.
  const next = { ...f, page: 1, ...change };
  const query = directoryQueryString(next);
  return query ? `/coaches?${query}` : "/coaches";
}

/** Whether any filter or search narrows the list (sort and page do not). */
export function hasNarrowing(f: DirectoryFilters): boolean {
  return Boolean(
    f.q ||
    f.entity.kind !== "any" ||
    f.station ||
    f.gender ||
    f.network ||
    f.expertise ||
    f.language ||
    f.timeZone ||
    f.free,
  );
}

export type DirectoryOptions = {
  entities: string[];
  stations: string[];
  networks: string[];
  languages: string[];
  timeZones: string[];
};

/** Drops a well-formed value that names nothing known (a stale entity code, a typo), back to its default. */
export function keepKnownValues(f: DirectoryFilters, o: DirectoryOptions): DirectoryFilters {
  const known = (list: string[], v: string | undefined) => (v && list.includes(v) ? v : undefined);
  return {
    ...f,
    entity: f.entity.kind === "code" && !o.entities.includes(f.entity.code) ? { kind: "any" } : f.entity,
    station: known(o.stations, f.station),
    network: known(o.networks, f.network),
    language: known(o.languages, f.language),
    timeZone: known(o.timeZones, f.timeZone),
  };
}

/**
 * Lower case without accents: "Médiation" → "mediation", "Œuvre" → "oeuvre". The database's
 * fold_text() (migration directory_search) folds the stored search text the same way for the
 * letters of Latin-1 and Latin Extended-A (checked letter by letter in the integration tests).
 */
export function foldText(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/œ/gi, "oe")
    .replace(/æ/gi, "ae")
    .toLowerCase();
}

/** The search's words (folded), at most six; each word must match somewhere. */
export function searchTerms(q: string): string[] {
  return foldText(q)
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((w) => w.length > 0)
    .slice(0, 6);
}

/** A term as a LIKE pattern, with %, _ and \ taken literally. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The expertise areas whose label (in either language) contains the term: "leader" → leadership. */
export function expertiseMatching(
  term: string,
  labels: Record<ExpertiseAreaCode, readonly string[]>,
): ExpertiseAreaCode[] {
  const t = foldText(term);
  return EXPERTISE_AREAS.filter((a) => [a.replace(/_/g, " "), ...labels[a]].some((l) => foldText(l).includes(t)));
}
