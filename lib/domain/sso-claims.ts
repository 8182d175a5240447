// Single sign-on provisioning, the pure part: who may be created at their first sign-in, and which
// HR attributes an identity provider's claims (ID token or userinfo) carry. The claims' names are
// settings (OIDC_CLAIM_*), since every organisation's identity provider names them its own way.
import { APPOINTMENT_TYPES, type AppointmentType } from "./eligibility";

/** The names of the claims carrying each HR attribute (lib/env.ts, OIDC_CLAIM_*). */
export type ClaimNames = {
  staffIndex: string;
  entity: string;
  dutyStation: string;
  appointmentType: string;
  supervisor: string;
  languages: string;
};

export function claimNamesFrom(settings: {
  OIDC_CLAIM_STAFF_INDEX: string;
  OIDC_CLAIM_ENTITY: string;
  OIDC_CLAIM_DUTY_STATION: string;
  OIDC_CLAIM_APPOINTMENT_TYPE: string;
  OIDC_CLAIM_SUPERVISOR: string;
  OIDC_CLAIM_LANGUAGES: string;
}): ClaimNames {
  return {
    staffIndex: settings.OIDC_CLAIM_STAFF_INDEX,
    entity: settings.OIDC_CLAIM_ENTITY,
    dutyStation: settings.OIDC_CLAIM_DUTY_STATION,
    appointmentType: settings.OIDC_CLAIM_APPOINTMENT_TYPE,
    supervisor: settings.OIDC_CLAIM_SUPERVISOR,
    languages: settings.OIDC_CLAIM_LANGUAGES,
  };
}

/**
 * What the claims say about a person. An attribute the claims do not carry is absent (undefined):
 * the person's current value is then kept. Codes are not checked here (they live in the database).
 */
export type HrClaims = {
  staffIndexNumber?: string;
  entityCode?: string;
  dutyStationCode?: string;
  appointmentType?: AppointmentType;
  supervisorEmail?: string;
  languages?: string[];
};

/** A claim that was present but could not be used; it is ignored and logged, never blocks sign-in. */
export type ClaimProblem = { attribute: keyof HrClaims; reason: "invalid" };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LANGUAGE = /^[a-z]{2}$/;
const MAX_CODE_LENGTH = 64;

/** Common spellings of appointment types in HR systems, once lower-cased and joined with "_". */
const APPOINTMENT_SYNONYMS: Record<string, AppointmentType> = {
  fixedterm: "fixed_term",
  fta: "fixed_term",
  temporary_appointment: "temporary",
  tja: "temporary",
  pa: "permanent",
  ca: "continuing",
  contractor: "individual_contractor",
  ic: "individual_contractor",
  volunteer: "un_volunteer",
  unv: "un_volunteer",
  internship: "intern",
};

/** "Fixed-term", "FIXED_TERM", "fixed term appointment" → "fixed_term"; anything unknown → null. */
export function parseAppointmentType(value: string): AppointmentType | null {
  const key = value
    .trim()
    .toLowerCase()
    .replace(/[\s\-.]+/g, "_")
    .replace(/_appointment$/, "");
  if ((APPOINTMENT_TYPES as readonly string[]).includes(key)) return key as AppointmentType;
  return APPOINTMENT_SYNONYMS[key] ?? null;
}

/** A claim's text: strings and numbers, trimmed; empty or anything else is "not given". */
function text(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** Languages as ISO 639-1 codes: an array or a comma/space-separated list; "en-GB" counts as "en". */
function languagesOf(value: unknown): { codes: string[]; invalid: boolean } | undefined {
  const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(/[\s,;]+/) : undefined;
  if (!items) return undefined;
  const words = items.map((v) => (typeof v === "string" ? v.trim().toLowerCase() : "")).filter(Boolean);
  if (words.length === 0) return undefined;
  const codes = words.map((w) => w.split(/[-_]/)[0]).filter((c) => LANGUAGE.test(c));
  return { codes: [...new Set(codes)].sort(), invalid: codes.length < words.length };
}

/** Reads a person's HR attributes from an identity provider's claims. */
export function readHrClaims(
  claims: Record<string, unknown>,
  names: ClaimNames,
): { attributes: HrClaims; problems: ClaimProblem[] } {
  const attributes: HrClaims = {};
  const problems: ClaimProblem[] = [];
  const code = (attribute: "staffIndexNumber" | "entityCode" | "dutyStationCode", claim: string) => {
    const value = text(claims[claim]);
    if (value === undefined) return;
    if (value.length > MAX_CODE_LENGTH) problems.push({ attribute, reason: "invalid" });
    else attributes[attribute] = value;
  };
  code("staffIndexNumber", names.staffIndex);
  code("entityCode", names.entity);
  code("dutyStationCode", names.dutyStation);

  const appointment = text(claims[names.appointmentType]);
  if (appointment !== undefined) {
    const type = parseAppointmentType(appointment);
    if (type) attributes.appointmentType = type;
    else problems.push({ attribute: "appointmentType", reason: "invalid" });
  }

  const supervisor = text(claims[names.supervisor])?.toLowerCase();
  if (supervisor !== undefined) {
    if (EMAIL.test(supervisor)) attributes.supervisorEmail = supervisor;
    else problems.push({ attribute: "supervisorEmail", reason: "invalid" });
  }

  const languages = languagesOf(claims[names.languages]);
  if (languages) {
    if (languages.codes.length) attributes.languages = languages.codes;
    if (languages.invalid) problems.push({ attribute: "languages", reason: "invalid" });
  }
  return { attributes, problems };
}

/** The e-mail address a provider vouches for: `email`, else `preferred_username` when it is one. */
export function emailFromClaims(claims: Record<string, unknown>): string | null {
  for (const claim of ["email", "preferred_username", "upn"]) {
    const value = text(claims[claim])?.toLowerCase();
    if (value && EMAIL.test(value)) return value;
  }
  return null;
}

/** "Ana@UN.org" → "un.org". */
export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}

/** An issuer URL compared without case nor trailing slash (the settings' lists are lower-cased). */
export function normaliseIssuer(issuer: string): string {
  return issuer.trim().replace(/\/+$/, "").toLowerCase();
}

export type SignUpPolicy = {
  /** OIDC_ALLOWED_ISSUERS; when empty, the configured OIDC_ISSUER alone. */
  allowedIssuers: readonly string[];
  defaultIssuer?: string;
  /** SIGNUP_ALLOWED_DOMAINS. */
  allowedDomains: readonly string[];
};

/** Whether the address's domain lets an unknown person register (sub-domains do not count). */
export function isSignUpDomain(email: string, policy: Pick<SignUpPolicy, "allowedDomains">): boolean {
  return policy.allowedDomains.map((d) => d.toLowerCase()).includes(emailDomain(email));
}

/**
 * Whether an unknown person's first sign-in creates them: through single sign-on when their
 * issuer is allowed or their e-mail domain is; through a sign-in link only when the domain is.
 */
export function mayCreateAtSignIn(
  person: { via: "oidc"; issuer: string | undefined; email: string } | { via: "email"; email: string },
  policy: SignUpPolicy,
): boolean {
  if (isSignUpDomain(person.email, policy)) return true;
  if (person.via !== "oidc" || !person.issuer) return false;
  const allowed = policy.allowedIssuers.length
    ? policy.allowedIssuers
    : policy.defaultIssuer
      ? [policy.defaultIssuer]
      : [];
  return allowed.map(normaliseIssuer).includes(normaliseIssuer(person.issuer));
}
