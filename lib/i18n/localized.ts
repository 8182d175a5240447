import type { Locale } from "./config";

/** Picks `nameEn` or `nameFr` (etc.) of a bilingual record for the reader's language. */
export function localized<F extends string>(
  record: Record<`${F}En` | `${F}Fr`, string>,
  field: F,
  locale: string,
): string {
  const key = (locale === "fr" ? `${field}Fr` : `${field}En`) as `${F}En` | `${F}Fr`;
  return record[key];
}

export type { Locale };
