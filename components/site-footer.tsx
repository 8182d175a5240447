import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PROGRAMME_EMAIL } from "@/lib/domain/programme-contact";
import { link } from "./ui/styles";

/** Every page's footer: the accessibility statement and the programme team's address. */
export async function SiteFooter() {
  const t = await getTranslations("footer");
  return (
    <footer className="border-t border-slate-200 bg-white">
      <nav
        aria-label={t("label")}
        className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-4 text-sm text-slate-700"
      >
        <Link href="/accessibility" className={link}>
          {t("accessibility")}
        </Link>
        <p>
          {t.rich("contact", {
            email: PROGRAMME_EMAIL,
            mail: (chunks) => (
              <a href={`mailto:${PROGRAMME_EMAIL}`} className={link}>
                {chunks}
              </a>
            ),
          })}
        </p>
      </nav>
    </footer>
  );
}
