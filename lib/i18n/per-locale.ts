import { DEFAULT_LOCALE, isLocale, type Locale } from "./config";

/**
 * What a server component computes from the catalogue alone (fixed text, formatted messages,
 * Intl formatters), made once per language and then the same for every request: the catalogues
 * do not change while the server runs. Next-intl's getTranslations() compiles an ICU message
 * (one with a plural, a select or a value) again on every request; a translator made here with
 * createTranslator() keeps what it compiled. An unknown language tag counts as the default one.
 */
export function perLocale<T>(make: (locale: Locale) => T): (locale: string) => T {
  const made = new Map<Locale, T>();
  return (tag) => {
    const locale = isLocale(tag) ? tag : DEFAULT_LOCALE;
    let value = made.get(locale);
    if (value === undefined) {
      value = make(locale);
      made.set(locale, value);
    }
    return value;
  };
}
