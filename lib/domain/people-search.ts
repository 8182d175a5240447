// The people administration's search: what the URL's search params may say, read safely (anything
// unknown is ignored, never an error), and how many people a page shows. Pure.
import { APPOINTMENT_TYPES, type AppointmentType } from "./eligibility";
import { PERSON_STATUSES, type PersonStatus } from "./people-departure";
import { ROLES, type Role } from "./roles";

export const PEOPLE_PAGE_SIZE = 50;
/** The longest search text taken (longer text is cut). */
export const MAX_PEOPLE_SEARCH = 100;

export type PeopleQuery = {
  q: string;
  entityId: string | null;
  dutyStationId: string | null;
  appointmentType: AppointmentType | null;
  role: Role | null;
  status: PersonStatus | null;
  page: number;
};

type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";
const oneOf = <T extends string>(list: readonly T[], v: string): T | null =>
  (list as readonly string[]).includes(v) ? (v as T) : null;
const anId = (v: string) => (/^[A-Za-z0-9_-]{1,64}$/.test(v) ? v : null);

export function parsePeopleQuery(params: Params): PeopleQuery {
  const page = Number.parseInt(first(params.page), 10);
  return {
    q: first(params.q).slice(0, MAX_PEOPLE_SEARCH),
    entityId: anId(first(params.entity)),
    dutyStationId: anId(first(params.station)),
    appointmentType: oneOf(APPOINTMENT_TYPES, first(params.appointment)),
    role: oneOf(ROLES, first(params.role)),
    status: oneOf(PERSON_STATUSES, first(params.status)),
    page: Number.isFinite(page) && page >= 1 ? Math.min(page, 100_000) : 1,
  };
}

/** The URL of the same search on another page (page 1 is left out). */
export function peopleQueryHref(query: PeopleQuery, page: number): string {
  const p = new URLSearchParams();
  if (query.q) p.set("q", query.q);
  if (query.entityId) p.set("entity", query.entityId);
  if (query.dutyStationId) p.set("station", query.dutyStationId);
  if (query.appointmentType) p.set("appointment", query.appointmentType);
  if (query.role) p.set("role", query.role);
  if (query.status) p.set("status", query.status);
  if (page > 1) p.set("page", String(page));
  const s = p.toString();
  return s ? `/admin/people?${s}` : "/admin/people";
}

export function pageCount(total: number, size = PEOPLE_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The page links to show: the first, the last, and two either side of the current one; null marks a gap. */
export function pageWindow(current: number, count: number): (number | null)[] {
  const pages = new Set([1, count, current - 2, current - 1, current, current + 1, current + 2]);
  const sorted = [...pages].filter((p) => p >= 1 && p <= count).sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const p of sorted) {
    if (out.length && p - (out[out.length - 1] as number) > 1) out.push(null);
    out.push(p);
  }
  return out;
}

/** ISO 639-1 codes typed as "en, fr": lower case, each once, in the order typed. Null if one is not two letters. */
export function parseLanguageCodes(text: string): string[] | null {
  const codes = text
    .split(/[\s,;]+/)
    .map((c) => c.trim().toLowerCase())
    .filter(Boolean);
  if (codes.some((c) => !/^[a-z]{2}$/.test(c))) return null;
  return [...new Set(codes)];
}
