import { perLocale } from "@/lib/i18n/per-locale";
import type { Place } from "@/lib/server/coaches/search-directory";

/** Intl's language names and list format, made once per language (each costs more to make than to use). */
const intl = perLocale((locale) => ({
  display: new Intl.DisplayNames([locale], { type: "language" }),
  list: new Intl.ListFormat(locale, { style: "long", type: "conjunction" }),
}));

/**
 * How a directory names things in the reader's language: places (entity, duty station, network),
 * languages (the directory's own names first, then the browser's), and lists ("English and French").
 */
export function directoryNames(locale: string, languages: readonly { code: string; nameEn: string; nameFr: string }[]) {
  const fr = locale === "fr";
  const known = new Map(languages.map((l) => [l.code, fr ? l.nameFr : l.nameEn]));
  const { display, list } = intl(locale);
  return {
    name: (p: Place | null) => (p ? (fr ? p.nameFr : p.nameEn) : null),
    languageName: (code: string) => known.get(code) ?? display.of(code) ?? code,
    list: (items: string[]) => list.format(items),
  };
}
