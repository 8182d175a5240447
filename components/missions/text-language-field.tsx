"use client";
import { useLocale, useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { SelectField } from "@/components/ui/select";
import { isLocale, LOCALES, type Locale } from "@/lib/i18n/config";

/** The language a form offers first: the text's own when it is being rewritten, else the interface's. */
export function useWritingLanguage(current?: Locale | null): Locale {
  const locale = useLocale();
  return current ?? (isLocale(locale) ? locale : "en");
}

/** Which language the person writes their text in (their interface's by default): pages mark the text with it. */
export function TextLanguageField({
  id,
  registration,
}: {
  id: string;
  registration: UseFormRegisterReturn<"language">;
}) {
  const t = useTranslations("writtenIn.field");
  const names = useTranslations("language");
  return (
    <SelectField
      id={id}
      label={t("label")}
      hint={t("hint")}
      compact
      className="sm:max-w-sm"
      options={[]}
      {...registration}
    >
      {LOCALES.map((l) => (
        <option key={l} value={l} lang={l}>
          {names(l)}
        </option>
      ))}
    </SelectField>
  );
}
