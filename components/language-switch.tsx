"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { setLanguage } from "@/lib/actions/set-language";
import { LOCALES, type Locale } from "@/lib/i18n/config";

/** English / Français, the current one pressed (its look: .lang-switch in app/globals.css). */
export function LanguageSwitch({ current }: { current: Locale }) {
  const t = useTranslations("language");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div role="group" aria-label={t("label")} className="lang-switch">
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={locale === current}
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              await setLanguage(locale);
              router.refresh();
            })
          }
        >
          {t(locale)}
        </button>
      ))}
    </div>
  );
}
