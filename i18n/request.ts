// next-intl without URL prefixes: the language comes from the remembered choice (cookie),
// then the signed-in person's preference, then the browser's Accept-Language. While the database
// cannot be reached the person is not known: the cookie and the browser decide, so that the
// "temporarily unavailable" message is still in the right language.
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "../lib/i18n/config";
import { messagesFor } from "../lib/i18n/messages";
import { getCurrentUserUnlessUnavailable } from "../lib/server/auth/current-user";

async function signedInPerson() {
  const user = await getCurrentUserUnlessUnavailable();
  return user === "unavailable" ? null : user;
}

async function resolveLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  const user = await signedInPerson();
  if (user) return user.preferredLanguage;
  return negotiateLocale((await headers()).get("accept-language")) ?? DEFAULT_LOCALE;
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  const user = await signedInPerson();
  return { locale, messages: messagesFor(locale), timeZone: user?.timeZone ?? "UTC" };
});
