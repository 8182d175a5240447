// next-intl's keys and locales, typed from the English catalogue: every t("…") in the app is checked
// against messages/en.json (the French catalogue has the same keys: tests/unit/catalogues.test.ts).
import type { Locale } from "./lib/i18n/config";
import type { Messages } from "./lib/i18n/messages";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
