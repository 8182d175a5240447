"use client";
import { Suspense, use, useSyncExternalStore } from "react";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/db/errors";
import { isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "@/lib/i18n/config";

type ErrorTexts = (typeof import("@/messages/en.json"))["errors"];

// The catalogues load only when this page shows (a separate chunk), not with every page.
const catalogues: Record<Locale, () => Promise<{ default: { errors: ErrorTexts } }>> = {
  en: () => import("@/messages/en.json"),
  fr: () => import("@/messages/fr.json"),
};
const loading = new Map<Locale, Promise<ErrorTexts>>();
function errorTexts(locale: Locale): Promise<ErrorTexts> {
  if (!loading.has(locale))
    loading.set(
      locale,
      catalogues[locale]().then((m) => m.default.errors),
    );
  return loading.get(locale)!;
}

/** The language this browser chose (the switch's cookie), else the one it prefers. */
function browserLocale(): Locale {
  const chosen = document.cookie
    .split(";")
    .map((c) => c.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  if (isLocale(chosen)) return chosen;
  return negotiateLocale(navigator.languages.join(",")) ?? "en";
}
const noChanges = () => () => {};

/**
 * The last resort, when even the root layout could not be rendered: it replaces the whole page,
 * so it has no catalogue provider and picks the language itself. Same words as app/error.tsx.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  // The server cannot know the browser's language here: English there, the browser's once hydrated.
  const locale = useSyncExternalStore(noChanges, browserLocale, () => "en" as Locale);
  return (
    <html lang={locale}>
      <body style={{ fontFamily: "system-ui, sans-serif", background: "#f8fafc", color: "#0f172a", margin: 0 }}>
        <main role="alert" style={{ maxWidth: "36rem", margin: "4rem auto", padding: "2rem", background: "#fff" }}>
          <Suspense>
            <Texts locale={locale} unavailable={error.digest === DATABASE_UNAVAILABLE_DIGEST} reset={reset} />
          </Suspense>
        </main>
      </body>
    </html>
  );
}

function Texts({ locale, unavailable, reset }: { locale: Locale; unavailable: boolean; reset: () => void }) {
  const t = use(errorTexts(locale));
  return (
    <>
      <h1 style={{ fontSize: "1.5rem" }}>{unavailable ? t.serviceUnavailableTitle : t.pageErrorTitle}</h1>
      <p style={{ color: "#475569" }}>{unavailable ? t.serviceUnavailableLead : t.pageErrorLead}</p>
      <button
        type="button"
        onClick={reset}
        style={{ background: "#0a6ab3", color: "#fff", border: 0, borderRadius: 4, padding: "0.5rem 1rem" }}
      >
        {t.retry}
      </button>
    </>
  );
}
