// SCIM 2.0 (RFC 7643 resources, RFC 7644 protocol) ⇄ a person of Binôme: pure functions, no I/O.
//
// - A person is written out as a SCIM User (core schema, the enterprise extension and Binôme's own
//   staff extension): `toScimUser`.
// - What a SCIM client sends (POST, PUT, or a resource PATCHed with `applyScimPatch`) is read back
//   into the attributes SCIM manages (`readScimUser`): e-mail (userName), name, externalId,
//   preferred language, active, staff index number (employeeNumber), entity code (department),
//   supervisor (manager), duty station code, appointment type, languages. Codes are checked
//   against the database by the server verbs (lib/server/scim/), not here.
// - A list filter is read into the few comparisons the server answers (`readScimFilter`).
// Every refusal is a ScimError: its status, SCIM error type and a detail naming the attribute.
import { parse, type Filter } from "scim2-parse-filter";
import { APPOINTMENT_TYPES, type AppointmentType } from "./eligibility";

export const SCIM_SCHEMAS = {
  user: "urn:ietf:params:scim:schemas:core:2.0:User",
  enterprise: "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
  staff: "urn:binome:params:scim:schemas:extension:staff:2.0:User",
  listResponse: "urn:ietf:params:scim:api:messages:2.0:ListResponse",
  patchOp: "urn:ietf:params:scim:api:messages:2.0:PatchOp",
  error: "urn:ietf:params:scim:api:messages:2.0:Error",
} as const;

/** The appointment types of the staff extension: the database's, listed once in lib/domain/eligibility.ts. */
export const SCIM_APPOINTMENT_TYPES = APPOINTMENT_TYPES;
export type ScimAppointmentType = AppointmentType;

/** RFC 7644 §3.12 error types. */
export type ScimErrorType =
  | "invalidFilter"
  | "tooMany"
  | "uniqueness"
  | "mutability"
  | "invalidSyntax"
  | "invalidPath"
  | "noTarget"
  | "invalidValue"
  | "invalidVers"
  | "sensitive";

/** A refusal a SCIM client reads: the HTTP status, the error type (400 and 409) and what is wrong. */
export class ScimError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 412 | 413 | 429 | 500 | 501 | 503,
    readonly detail: string,
    readonly scimType?: ScimErrorType,
  ) {
    super(detail);
  }
}

/** RFC 7644 §3.12's error body: the status is a string. */
export function scimErrorBody(error: ScimError) {
  return {
    schemas: [SCIM_SCHEMAS.error],
    status: String(error.status),
    ...(error.scimType ? { scimType: error.scimType } : {}),
    detail: error.detail,
  };
}

/** A person as SCIM sees them (loaded by the server verbs). */
export type ScimPerson = {
  id: string;
  email: string;
  name: string | null;
  preferredLanguage: "en" | "fr";
  scimExternalId: string | null;
  staffIndexNumber: string | null;
  entityCode: string | null;
  dutyStationCode: string | null;
  appointmentType: ScimAppointmentType | null;
  languages: string[];
  supervisor: { id: string; name: string | null } | null;
  /** Neither disabled nor gone. */
  active: boolean;
  /** Recorded as gone (a departure), not only disabled. */
  left: boolean;
  createdAt: Date;
  updatedAt: Date;
};

/** The attributes a SCIM client manages, as read from what it sent. */
export type ScimPersonInput = {
  email: string;
  name: string | null;
  externalId: string | null;
  /** Undefined: not said (left as it is). */
  preferredLanguage: "en" | "fr" | undefined;
  active: boolean;
  staffIndexNumber: string | null;
  entityCode: string | null;
  supervisorId: string | null;
  dutyStationCode: string | null;
  appointmentType: ScimAppointmentType | null;
  languages: string[];
};

type Json = Record<string, unknown>;

/** The weak ETag of a version of a person (RFC 7644 §3.14). */
export function scimVersion(updatedAt: Date): string {
  return `W/"${updatedAt.getTime()}"`;
}

/** A person as a SCIM User resource; `baseUrl` is the SCIM root, e.g. https://binome.example.org/scim/v2. */
export function toScimUser(person: ScimPerson, baseUrl: string) {
  return {
    schemas: [SCIM_SCHEMAS.user, SCIM_SCHEMAS.enterprise, SCIM_SCHEMAS.staff],
    id: person.id,
    ...(person.scimExternalId !== null ? { externalId: person.scimExternalId } : {}),
    userName: person.email,
    ...(person.name ? { displayName: person.name, name: { formatted: person.name } } : {}),
    emails: [{ value: person.email, type: "work", primary: true }],
    preferredLanguage: person.preferredLanguage,
    active: person.active,
    [SCIM_SCHEMAS.enterprise]: {
      ...(person.staffIndexNumber !== null ? { employeeNumber: person.staffIndexNumber } : {}),
      ...(person.entityCode !== null ? { department: person.entityCode } : {}),
      ...(person.supervisor
        ? {
            manager: {
              value: person.supervisor.id,
              $ref: `${baseUrl}/Users/${person.supervisor.id}`,
              ...(person.supervisor.name ? { displayName: person.supervisor.name } : {}),
            },
          }
        : {}),
    },
    [SCIM_SCHEMAS.staff]: {
      ...(person.dutyStationCode !== null ? { dutyStation: person.dutyStationCode } : {}),
      ...(person.appointmentType !== null ? { appointmentType: person.appointmentType } : {}),
      languages: person.languages,
    },
    meta: {
      resourceType: "User",
      created: person.createdAt.toISOString(),
      lastModified: person.updatedAt.toISOString(),
      location: `${baseUrl}/Users/${person.id}`,
      version: scimVersion(person.updatedAt),
    },
  };
}

/** What `readScimUser` keeps of the person when an extension is absent from a PUT (or for a new person: nothing). */
export function inputOf(person: ScimPerson): ScimPersonInput {
  return {
    email: person.email,
    name: person.name,
    externalId: person.scimExternalId,
    preferredLanguage: person.preferredLanguage,
    active: person.active,
    staffIndexNumber: person.staffIndexNumber,
    entityCode: person.entityCode,
    supervisorId: person.supervisor?.id ?? null,
    dutyStationCode: person.dutyStationCode,
    appointmentType: person.appointmentType,
    languages: person.languages,
  };
}

// --- reading what a client sent ------------------------------------------------------------

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LANGUAGE = /^[a-z]{2,3}$/;
const LIMITS = { email: 254, name: 200, externalId: 255, code: 64 };

/** A key of `object` matched without regard to case (SCIM attribute names are case-insensitive). */
function keyOf(object: Json, name: string): string | undefined {
  const lower = name.toLowerCase();
  return Object.keys(object).find((key) => key.toLowerCase() === lower);
}

function get(object: unknown, name: string): unknown {
  if (!isObject(object)) return undefined;
  const key = keyOf(object, name);
  return key === undefined ? undefined : object[key];
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const invalid = (attribute: string, why: string) =>
  new ScimError(400, `Attribute '${attribute}' ${why}.`, "invalidValue");

/** A string attribute: trimmed, empty or null → null; anything but a string is refused. */
function text(value: unknown, attribute: string, max: number): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "number") value = String(value);
  if (typeof value !== "string") throw invalid(attribute, "must be a string");
  const trimmed = value.trim();
  if (trimmed.includes("\u0000")) throw invalid(attribute, "must not contain a NUL character");
  if (trimmed.length > max) throw invalid(attribute, `must be at most ${max} characters`);
  return trimmed || null;
}

/** `active` as a boolean, or as the strings "True" / "False" Microsoft Entra ID sends. */
export function readActive(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "boolean") return value;
  if (typeof value === "string" && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === "true";
  throw invalid("active", "must be true or false");
}

/** A preferred language (RFC 7231 language tag, e.g. "fr-FR"): French or English, else not said. */
function readPreferredLanguage(value: unknown): "en" | "fr" | undefined {
  if (typeof value !== "string") return undefined;
  const primary = value.trim().toLowerCase().split(/[-_]/)[0];
  return primary === "fr" ? "fr" : primary === "en" ? "en" : undefined;
}

/** The manager's SCIM id: `{ value }` (RFC 7643) or the bare id (what Entra ID's PATCH sends). */
function readManager(value: unknown): string | null {
  const attribute = `${SCIM_SCHEMAS.enterprise}:manager`;
  const id = isObject(value) ? get(value, "value") : value;
  return text(id, attribute, LIMITS.externalId);
}

/** Languages: a list of ISO 639 codes, or one string with commas or semicolons ("en, fr"). */
function readLanguages(value: unknown): string[] {
  const attribute = `${SCIM_SCHEMAS.staff}:languages`;
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value)
    ? value.map((item) => (isObject(item) ? get(item, "value") : item))
    : typeof value === "string"
      ? value.split(/[,;]/)
      : null;
  if (!items) throw invalid(attribute, "must be a list of language codes");
  const codes: string[] = [];
  for (const item of items) {
    if (typeof item !== "string") throw invalid(attribute, "must be a list of language codes");
    const code = item.trim().toLowerCase();
    if (!code) continue;
    if (!LANGUAGE.test(code)) throw invalid(attribute, `holds '${item}', which is not an ISO 639 language code`);
    if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}

function readAppointmentType(value: unknown): ScimAppointmentType | null {
  const attribute = `${SCIM_SCHEMAS.staff}:appointmentType`;
  const type = text(value, attribute, LIMITS.code);
  if (type === null) return null;
  const known = SCIM_APPOINTMENT_TYPES.find((t) => t === type.toLowerCase().replace(/[\s-]+/g, "_"));
  if (!known) throw invalid(attribute, `must be one of ${SCIM_APPOINTMENT_TYPES.join(", ")}`);
  return known;
}

/** The person's name: displayName, else name.formatted, else given and family names. */
function readName(resource: Json): string | null {
  const name = get(resource, "name");
  const given = text(get(name, "givenName"), "name.givenName", LIMITS.name);
  const family = text(get(name, "familyName"), "name.familyName", LIMITS.name);
  return (
    text(get(resource, "displayName"), "displayName", LIMITS.name) ??
    text(get(name, "formatted"), "name.formatted", LIMITS.name) ??
    ([given, family].filter(Boolean).join(" ") || null)
  );
}

/**
 * The attributes SCIM manages, read from a User resource a client sent (POST, PUT) or from a
 * resource after a PATCH. An extension absent from the resource keeps `current`'s values (a
 * client that does not know Binôme's extension does not erase it); present, it is taken whole.
 */
export function readScimUser(body: unknown, current: ScimPersonInput | null): ScimPersonInput {
  if (!isObject(body)) throw new ScimError(400, "The body must be a JSON object (a SCIM User).", "invalidSyntax");
  const schemas = get(body, "schemas");
  if (
    schemas !== undefined &&
    !(
      Array.isArray(schemas) &&
      schemas.some((s) => typeof s === "string" && s.toLowerCase() === SCIM_SCHEMAS.user.toLowerCase())
    )
  )
    throw new ScimError(400, `'schemas' must include ${SCIM_SCHEMAS.user}.`, "invalidSyntax");
  const email = text(get(body, "userName"), "userName", LIMITS.email)?.toLowerCase();
  if (!email)
    throw new ScimError(400, "Attribute 'userName' is required (the person's e-mail address).", "invalidValue");
  if (!EMAIL.test(email)) throw invalid("userName", "must be an e-mail address");
  const enterprise = get(body, SCIM_SCHEMAS.enterprise);
  const staff = get(body, SCIM_SCHEMAS.staff);
  if (enterprise !== undefined && enterprise !== null && !isObject(enterprise))
    throw new ScimError(400, `'${SCIM_SCHEMAS.enterprise}' must be an object.`, "invalidSyntax");
  if (staff !== undefined && staff !== null && !isObject(staff))
    throw new ScimError(400, `'${SCIM_SCHEMAS.staff}' must be an object.`, "invalidSyntax");
  const hasEnterprise = isObject(enterprise);
  const hasStaff = isObject(staff);
  return {
    email,
    name: readName(body),
    externalId: text(get(body, "externalId"), "externalId", LIMITS.externalId),
    preferredLanguage: readPreferredLanguage(get(body, "preferredLanguage")),
    active: readActive(get(body, "active")),
    staffIndexNumber: hasEnterprise
      ? text(get(enterprise, "employeeNumber"), `${SCIM_SCHEMAS.enterprise}:employeeNumber`, LIMITS.code)
      : (current?.staffIndexNumber ?? null),
    entityCode: hasEnterprise
      ? text(get(enterprise, "department"), `${SCIM_SCHEMAS.enterprise}:department`, LIMITS.code)
      : (current?.entityCode ?? null),
    supervisorId: hasEnterprise ? readManager(get(enterprise, "manager")) : (current?.supervisorId ?? null),
    dutyStationCode: hasStaff
      ? text(get(staff, "dutyStation"), `${SCIM_SCHEMAS.staff}:dutyStation`, LIMITS.code)
      : (current?.dutyStationCode ?? null),
    appointmentType: hasStaff ? readAppointmentType(get(staff, "appointmentType")) : (current?.appointmentType ?? null),
    languages: hasStaff ? readLanguages(get(staff, "languages")) : (current?.languages ?? []),
  };
}

// --- PATCH (RFC 7644 §3.5.2) ------------------------------------------------------------------

const EXTENSIONS = [SCIM_SCHEMAS.enterprise, SCIM_SCHEMAS.staff];

/** A PATCH path: the attribute (inside an extension or not), its sub-attribute, whether it had a value filter. */
type Path = { extension: string | null; attribute: string; sub: string | null; filtered: boolean };

function readPath(raw: string): Path {
  let rest = raw.trim();
  let extension: string | null = null;
  if (rest.toLowerCase().startsWith("urn:")) {
    const lower = rest.toLowerCase();
    const schema = [SCIM_SCHEMAS.user, ...EXTENSIONS].find((s) => lower.startsWith(`${s.toLowerCase()}:`));
    if (!schema) {
      // The whole extension at once ("urn:…:enterprise:2.0:User" with an object value).
      const whole = EXTENSIONS.find((s) => lower === s.toLowerCase());
      if (whole) return { extension: null, attribute: whole, sub: null, filtered: false };
      throw new ScimError(400, `Path '${raw}' names a schema this server does not support.`, "invalidPath");
    }
    rest = rest.slice(schema.length + 1);
    if (schema !== SCIM_SCHEMAS.user) extension = schema;
  }
  const match = /^([A-Za-z][\w$-]*)(\[[^\]]*\])?(?:\.([A-Za-z][\w$-]*))?$/.exec(rest);
  if (!match) throw new ScimError(400, `Path '${raw}' is not a valid attribute path.`, "invalidPath");
  return { extension, attribute: match[1], sub: match[3] ?? null, filtered: Boolean(match[2]) };
}

/** The object a path's attribute lives in (the resource, or its extension's object, made if missing). */
function containerOf(resource: Json, path: Path): Json {
  if (!path.extension) return resource;
  const key = keyOf(resource, path.extension) ?? path.extension;
  if (!isObject(resource[key])) resource[key] = {};
  return resource[key] as Json;
}

function setValue(target: Json, name: string, value: unknown, merge: boolean) {
  const key = keyOf(target, name) ?? name;
  if (merge && isObject(value) && isObject(target[key])) {
    for (const [subKey, subValue] of Object.entries(value)) setValue(target[key] as Json, subKey, subValue, true);
  } else target[key] = value;
}

function removeValue(target: Json, name: string) {
  const key = keyOf(target, name);
  if (key !== undefined) delete target[key];
}

/** Attributes Binôme keeps: a filtered path into any other (emails[type eq "work"].value…) changes nothing here. */
function applyAt(resource: Json, raw: string, op: "add" | "replace" | "remove", value: unknown) {
  const path = readPath(raw);
  if (path.filtered) return; // multi-valued complex attributes (emails, phoneNumbers, addresses) are not kept
  const container = containerOf(resource, path);
  if (!path.sub) {
    if (op === "remove") removeValue(container, path.attribute);
    else setValue(container, path.attribute, value, true);
    return;
  }
  const parentKey = keyOf(container, path.attribute) ?? path.attribute;
  if (!isObject(container[parentKey])) {
    if (op === "remove") return;
    container[parentKey] = {};
  }
  const parent = container[parentKey] as Json;
  if (op === "remove") removeValue(parent, path.sub);
  else setValue(parent, path.sub, value, true);
}

/**
 * A User resource after a PATCH's operations (op names in any case, as Entra ID capitalises
 * them: "Replace"), with and without a path. The resource is copied, never changed. Values for
 * attributes Binôme does not keep are accepted and have no effect.
 */
export function applyScimPatch(resource: Json, body: unknown): Json {
  if (!isObject(body)) throw new ScimError(400, "The body must be a JSON object (a SCIM PatchOp).", "invalidSyntax");
  const schemas = get(body, "schemas");
  if (!Array.isArray(schemas) || !schemas.some((s) => s === SCIM_SCHEMAS.patchOp))
    throw new ScimError(400, `'schemas' must be ["${SCIM_SCHEMAS.patchOp}"].`, "invalidSyntax");
  const operations = get(body, "Operations");
  if (!Array.isArray(operations) || operations.length === 0)
    throw new ScimError(400, "'Operations' must be a non-empty list.", "invalidSyntax");
  const patched = structuredClone(resource);
  const touched = new Set<string>();
  for (const operation of operations) {
    const op = get(operation, "op");
    const kind = typeof op === "string" ? op.toLowerCase() : "";
    if (kind !== "add" && kind !== "replace" && kind !== "remove")
      throw new ScimError(400, `Operation '${String(op)}' is not add, replace or remove.`, "invalidSyntax");
    const path = get(operation, "path");
    const value = get(operation, "value");
    if (path !== undefined && typeof path !== "string")
      throw new ScimError(400, "An operation's 'path' must be a string.", "invalidPath");
    if (kind === "remove" && !path) throw new ScimError(400, "A remove operation needs a path.", "noTarget");
    if (path) {
      if (kind !== "remove" && value === undefined)
        throw new ScimError(400, `Operation '${String(op)}' on '${path}' has no value.`, "invalidValue");
      applyAt(patched, path, kind, value);
      touched.add(path.toLowerCase());
    } else {
      if (!isObject(value))
        throw new ScimError(400, `Operation '${String(op)}' without a path needs an object value.`, "invalidValue");
      // Each key is an attribute, or a path as Entra ID sometimes sends ("name.givenName", "urn:…:department").
      for (const [key, item] of Object.entries(value)) {
        applyAt(patched, key, kind, item);
        touched.add(key.toLowerCase());
        if (isObject(item) && key.toLowerCase() === "name")
          for (const sub of Object.keys(item)) touched.add(`name.${sub.toLowerCase()}`);
      }
    }
  }
  // A new given or family name replaces the name unless a display name or a formatted one came too.
  const nameParts = ["name.givenname", "name.familyname"].some((p) => touched.has(p));
  const name = get(patched, "name");
  if (nameParts && !touched.has("name.formatted") && isObject(name)) removeValue(name, "formatted");
  if ((nameParts || touched.has("name.formatted") || touched.has("name")) && !touched.has("displayname"))
    removeValue(patched, "displayName");
  return patched;
}

// --- filters (RFC 7644 §3.4.2.2) ------------------------------------------------------------

/** The comparisons a list answers: all must hold. */
export type ScimUserQuery = {
  id?: string;
  userName?: string;
  externalId?: string;
  employeeNumber?: string;
  active?: boolean;
};

const FILTERABLE: Record<string, keyof ScimUserQuery> = {
  id: "id",
  username: "userName",
  "emails.value": "userName",
  emails: "userName",
  externalid: "externalId",
  [`${SCIM_SCHEMAS.enterprise}:employeenumber`.toLowerCase()]: "employeeNumber",
  active: "active",
};

/**
 * A list filter as comparisons: `eq` on userName, emails (work or any: the e-mail is the user
 * name), externalId, id, employeeNumber and active, joined by `and`. Anything else is a 400
 * invalidFilter saying what is supported.
 */
export function readScimFilter(filter: string | null): ScimUserQuery {
  if (filter === null || filter.trim() === "") return {};
  if (filter.includes("\u0000") || filter.length > 1000)
    throw new ScimError(400, "The filter cannot be read.", "invalidFilter");
  let ast: Filter;
  try {
    ast = parse(filter);
  } catch {
    throw new ScimError(400, `The filter '${filter}' cannot be read.`, "invalidFilter");
  }
  const query: ScimUserQuery = {};
  const unsupported = () =>
    new ScimError(
      400,
      "Only 'eq' comparisons of userName, emails.value, externalId, id, employeeNumber and active, joined by 'and', are supported.",
      "invalidFilter",
    );
  const visit = (node: Filter) => {
    if (node.op === "and") return node.filters.forEach(visit);
    // emails[type eq "work"]: the one e-mail is the work one.
    if (node.op === "[]") {
      const inner = node.valFilter;
      if (
        node.attrPath.toLowerCase() === "emails" &&
        inner.op === "eq" &&
        inner.attrPath.toLowerCase() === "type" &&
        typeof inner.compValue === "string" &&
        inner.compValue.toLowerCase() === "work"
      )
        return;
      if (node.attrPath.toLowerCase() === "emails" && inner.op === "eq" && inner.attrPath.toLowerCase() === "value")
        return visit({ op: "eq", attrPath: "emails.value", compValue: inner.compValue });
      throw unsupported();
    }
    if (node.op !== "eq") throw unsupported();
    const attribute = FILTERABLE[node.attrPath.toLowerCase()];
    if (!attribute) throw unsupported();
    const value = node.compValue;
    if (attribute === "active") {
      query.active = readActive(value);
      return;
    }
    if (typeof value !== "string")
      throw new ScimError(400, `'${node.attrPath}' is compared with a string.`, "invalidFilter");
    const wanted = attribute === "userName" ? value.trim().toLowerCase() : value;
    const already = query[attribute];
    // Two different values for one attribute: nobody matches (kept as an impossible value).
    query[attribute] = already !== undefined && already !== wanted ? "\u0001none" : wanted;
  };
  visit(ast);
  return query;
}

/** Paging (RFC 7644 §3.4.2.4): startIndex from 1, count from 0 up to `max`. */
export function readScimPaging(
  startIndex: string | null,
  count: string | null,
  defaults = { count: 100, max: 200 },
): { startIndex: number; count: number } {
  const start = Number.parseInt(startIndex ?? "", 10);
  const size = Number.parseInt(count ?? "", 10);
  return {
    startIndex: Number.isFinite(start) && start >= 1 ? start : 1,
    count: Number.isFinite(size) ? Math.min(Math.max(size, 0), defaults.max) : defaults.count,
  };
}
