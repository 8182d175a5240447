import Link from "@/components/ui/link";
import { createTranslator } from "next-intl";
import { getLocale } from "next-intl/server";
import { PROGRAMME_EMAIL } from "@/lib/domain/programme-contact";
import { messagesFor } from "@/lib/i18n/messages";
import { perLocale } from "@/lib/i18n/per-locale";

// The footer's text, made once per language (lib/i18n/per-locale.ts): the contact line is a rich
// message, which getTranslations() would compile again on every request.
const text = perLocale((locale) => {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "footer", timeZone: "UTC" });
  return {
    label: t("label"),
    accessibility: t("accessibility"),
    contact: t.rich("contact", {
      email: PROGRAMME_EMAIL,
      mail: (chunks) => <a href={`mailto:${PROGRAMME_EMAIL}`}>{chunks}</a>,
    }),
  };
});

/** Every page's footer: the accessibility statement and the programme team's address (its look: .site-footer in app/globals.css). */
export async function SiteFooter() {
  const { label, accessibility, contact } = text(await getLocale());
  return (
    <footer className="site-footer">
      <nav aria-label={label} className="site-bar py-4 text-sm text-slate-700">
        <Link href="/accessibility">{accessibility}</Link>
        <p>{contact}</p>
      </nav>
    </footer>
  );
}
