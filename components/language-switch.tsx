"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { setLanguage } from "@/lib/actions/set-language";
import { LOCALES, type Locale } from "@/lib/i18n/config";

export function LanguageSwitch({ current }: { current: Locale }) {
  const t = useTranslations("language");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div role="group" aria-label={t("label")} className="flex overflow-hidden rounded border border-slate-300">
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
          className={`px-2 py-1 ${locale === current ? "bg-brand-600 text-white" : "bg-white text-slate-700 hover:bg-slate-100"}`}
        >
          {t(locale)}
        </button>
      ))}
    </div>
  );
}
