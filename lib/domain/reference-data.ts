// Reference data: the organisation's entities, duty stations (with their IANA time zones) and
// professional networks. HR imports and single sign-on claims name them by code, so a code never
// changes once created (a rename changes the names only): a file or an identity provider that
// sent "DPPA" yesterday still means the same entity today. Pure.
export const REFERENCE_KINDS = ["entity", "dutyStation", "network"] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

/** Whether `zone` is an IANA time zone this runtime knows ("Africa/Nairobi", "UTC"). */
export function isIanaTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
  } catch {
    return false;
  }
  // Intl accepts offsets such as "+01:00" too; an IANA name is a word, or Area/Location.
  return zone === "UTC" || /^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+$/.test(zone);
}

/** Codes are compared without regard to case: "dppa" and "DPPA" are one entity. Stored in upper case. */
export function normaliseCode(code: string): string {
  return code.trim().toUpperCase();
}
