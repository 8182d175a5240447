import "server-only";
import { cookies } from "next/headers";
import { isSignUpDomain } from "../../domain/sso-claims";
import { env } from "../../env";
import { isLocale, LOCALE_COOKIE, type Locale } from "../../i18n/config";
import { signInEmail } from "../../email/templates";
import { queueEmail } from "../../email/outbox";
import { db } from "../db";
import { kickOutbox } from "../outbox-worker";
import { allowAfterCoolDown, forgetHits } from "../rate-limit";

/**
 * How often one address is e-mailed a link: at once, then after 30 s, 1, 2, 4 and 8 minutes, then
 * every 8 minutes at most; back to "at once" an hour after the last one, or when the person signs
 * in. The longest wait stays below a link's 10-minute lifetime, so whoever owns the address always
 * has a link mailed less than 8 minutes ago, still valid, however often anyone asks for theirs —
 * and nobody can fill their mailbox.
 */
export const LINK_MAIL_COOL_DOWN = { firstSeconds: 30, maxSeconds: 8 * 60, resetSeconds: 60 * 60 };

const linkKey = (address: string) => `sign-in:mail:${address.toLowerCase()}`;

/**
 * next-auth's sendVerificationRequest. Known, active people get a link, within the address's
 * cool-down, and so does an unknown address of a domain in SIGNUP_ALLOWED_DOMAINS (they register
 * at their first sign-in: provision-from-sign-in.ts); for anyone else nothing is sent, and the
 * page they see is the same (the cool-down is counted for every address alike), so the form
 * reveals no address.
 */
export async function sendSignInLink({ identifier, url }: { identifier: string; url: string }): Promise<void> {
  const [user, due] = await Promise.all([
    db().user.findUnique({
      where: { email: identifier.toLowerCase() },
      select: { id: true, disabledAt: true, leftAt: true, preferredLanguage: true, name: true },
    }),
    allowAfterCoolDown(db(), linkKey(identifier), LINK_MAIL_COOL_DOWN),
  ]);
  if (!due) return;
  if (user) {
    if (user.disabledAt || user.leftAt) return;
    await queueEmail(db(), signInEmail(user.preferredLanguage, { to: identifier, url, name: user.name }));
  } else {
    if (!isSignUpDomain(identifier, { allowedDomains: env().SIGNUP_ALLOWED_DOMAINS })) return;
    await queueEmail(db(), signInEmail(await requestLocale(), { to: identifier, url, name: null }));
  }
  void kickOutbox();
}

/** A newcomer's language: the one they chose on the site (its cookie), else English. */
async function requestLocale(): Promise<Locale> {
  try {
    const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
    return chosen && isLocale(chosen) ? chosen : "en";
  } catch {
    return "en"; // called outside a request (tests, scripts)
  }
}

/** The person signed in: their next link request is e-mailed at once. */
export async function resetSignInLinkCoolDown(address: string): Promise<void> {
  await forgetHits(db(), linkKey(address));
}

/** Sign-in links past their lifetime: next-auth never removes the ones nobody used. */
export async function deleteExpiredSignInLinks(now = new Date()): Promise<number> {
  const { count } = await db().verificationToken.deleteMany({ where: { expires: { lt: now } } });
  return count;
}
