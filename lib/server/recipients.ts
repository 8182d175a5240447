import "server-only";
// A person as an e-mail's recipient: their address, name, language and time zone.
import type { Recipient } from "../email/compose";
import type { Locale } from "../i18n/config";

/** What to select of a User to write to them. */
export const recipientSelect = { email: true, name: true, preferredLanguage: true, timeZone: true } as const;

export function recipient(user: {
  email: string;
  name: string | null;
  preferredLanguage: Locale;
  timeZone: string;
}): Recipient {
  return { to: user.email, name: user.name, locale: user.preferredLanguage, timeZone: user.timeZone };
}
