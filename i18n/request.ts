// next-intl without URL prefixes: the language comes from the remembered choice (cookie),
// then the signed-in person's preference, then the browser's Accept-Language.
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "../lib/i18n/config";
import { messagesFor } from "../lib/i18n/messages";
import { getCurrentUser } from "../lib/server/auth/current-user";

async function resolveLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  const user = await getCurrentUser();
  if (user) return user.preferredLanguage;
  return negotiateLocale((await headers()).get("accept-language")) ?? DEFAULT_LOCALE;
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  const user = await getCurrentUser();
  return { locale, messages: messagesFor(locale), timeZone: user?.timeZone ?? "UTC" };
});
