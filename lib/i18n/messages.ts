import en from "../../messages/en.json";
import fr from "../../messages/fr.json";
import type { Locale } from "./config";

export const catalogues = { en, fr } as const;
export type Messages = typeof en;

export function messagesFor(locale: Locale): Messages {
  return catalogues[locale];
}
