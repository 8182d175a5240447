// People's own texts (bios, requests, objectives, syntheses) keep the language they were written
// in: the element holding the text carries it in `lang`, so that a screen reader pronounces it
// correctly, and a small note says which language it is when it is not the page's.
import { useLocale, useTranslations } from "next-intl";
import type { HTMLAttributes, ReactNode } from "react";
import { isLocale, type Locale } from "@/lib/i18n/config";

/** "Written in French" (in the page's language), or nothing when the text is in the page's language. */
export function WrittenIn({ lang, className }: { lang: Locale | null | undefined; className?: string }) {
  const page = useLocale();
  const t = useTranslations("writtenIn");
  if (!lang || !isLocale(page) || lang === page) return null;
  return (
    <p className={`text-xs italic text-slate-600 ${className ?? ""}`.trim()} data-written-in={lang}>
      {t(`hint.${lang}`)}
    </p>
  );
}

type OwnTextTag = "p" | "blockquote" | "div";

/**
 * A person's own text in the element `as` (a paragraph by default), marked with its language,
 * followed by the note when that language is not the page's.
 */
export function OwnText({
  lang,
  as: Tag = "p",
  children,
  ...rest
}: { lang: Locale | null | undefined; as?: OwnTextTag; children: ReactNode } & Omit<
  HTMLAttributes<HTMLElement>,
  "lang" | "children"
>) {
  return (
    <>
      <Tag lang={lang ?? undefined} {...rest}>
        {children}
      </Tag>
      <WrittenIn lang={lang} className="mt-1" />
    </>
  );
}
