"use server";
import { cookies } from "next/headers";
import { isLocale, LOCALE_COOKIE } from "../i18n/config";
import { getCurrentUser } from "../server/auth/current-user";
import { db } from "../server/db";

/** Remembers the chosen language: in a cookie, and on the person's profile when signed in. */
export async function setLanguage(locale: string): Promise<{ ok: boolean }> {
  if (!isLocale(locale)) return { ok: false };
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: 365 * 24 * 60 * 60,
    sameSite: "lax",
    httpOnly: false,
  });
  const user = await getCurrentUser();
  if (user && user.preferredLanguage !== locale) {
    await db().user.update({ where: { id: user.id }, data: { preferredLanguage: locale } });
  }
  return { ok: true };
}
