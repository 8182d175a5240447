import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PROGRAMME_EMAIL } from "@/lib/domain/programme-contact";

/** Every page's footer: the accessibility statement and the programme team's address (its look: .site-footer in app/globals.css). */
export async function SiteFooter() {
  const t = await getTranslations("footer");
  return (
    <footer className="site-footer">
      <nav aria-label={t("label")} className="site-bar py-4 text-sm text-slate-700">
        <Link href="/accessibility">{t("accessibility")}</Link>
        <p>
          {t.rich("contact", {
            email: PROGRAMME_EMAIL,
            mail: (chunks) => <a href={`mailto:${PROGRAMME_EMAIL}`}>{chunks}</a>,
          })}
        </p>
      </nav>
    </footer>
  );
}
