import "server-only";
import type { Db } from "../../db/client";
import type { Locale } from "../../i18n/config";

/**
 * The language a person wrote a mission text in: what their form says, or else the language they
 * use the app in (their preferred language).
 */
export async function writerLanguage(
  tx: Pick<Db, "user">,
  writerId: string,
  said: Locale | undefined,
): Promise<Locale> {
  if (said) return said;
  const writer = await tx.user.findUniqueOrThrow({ where: { id: writerId }, select: { preferredLanguage: true } });
  return writer.preferredLanguage;
}
