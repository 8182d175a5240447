import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { pageWindow } from "@/lib/domain/people-search";

/** Page links of a long list (server-rendered links: keyboard and screen readers need nothing more). */
export async function PeoplePagination({
  page,
  pages,
  hrefOf,
}: {
  page: number;
  pages: number;
  hrefOf: (page: number) => string;
}) {
  if (pages <= 1) return null;
  const t = await getTranslations("people.list");
  const item = "inline-flex min-w-10 items-center justify-center rounded border px-3 py-1.5 text-sm";
  const idle = `${item} border-slate-300 text-brand-800 hover:bg-brand-50`;
  return (
    <nav aria-label={t("pagination")}>
      <ul className="flex flex-wrap items-center gap-1">
        {page > 1 && (
          <li>
            <Link href={hrefOf(page - 1)} className={idle} rel="prev">
              {t("previous")}
            </Link>
          </li>
        )}
        {pageWindow(page, pages).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-slate-500">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page ? (
                <span aria-current="page" className={`${item} border-brand-700 bg-brand-700 font-semibold text-white`}>
                  <span className="sr-only">{t("pageLabel", { page: n })}</span>
                  <span aria-hidden="true">{n}</span>
                </span>
              ) : (
                <Link href={hrefOf(n)} className={idle} aria-label={t("pageLabel", { page: n })}>
                  {n}
                </Link>
              )}
            </li>
          ),
        )}
        {page < pages && (
          <li>
            <Link href={hrefOf(page + 1)} className={idle} rel="next">
              {t("next")}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
