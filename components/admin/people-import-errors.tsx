import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Cell, Row, RowHeader, Table } from "@/components/ui/table";
import { buttonClass, link } from "@/components/ui/styles";
import type { ImportRowError } from "@/lib/domain/people-import";
import { columnText, reasonText } from "@/lib/server/people/import-messages";

export const ERRORS_PER_PAGE = 50;

/** One page of a file's row errors, with links to the other pages. */
export async function PeopleImportErrors({
  importId,
  errors,
  page,
  locale,
}: {
  importId: string;
  errors: ImportRowError[];
  page: number;
  locale: string;
}) {
  const t = await getTranslations("peopleImport");
  const pages = Math.max(1, Math.ceil(errors.length / ERRORS_PER_PAGE));
  const current = Math.min(Math.max(1, page), pages);
  const shown = errors.slice((current - 1) * ERRORS_PER_PAGE, current * ERRORS_PER_PAGE);
  const pageHref = (n: number) => `/admin/people/import/${importId}?page=${n}#people-import-errors`;
  return (
    <div className="space-y-3">
      <a href={`/admin/people/import/${importId}/errors`} className={buttonClass("secondary", "sm")} download>
        {t("downloadErrors")}
      </a>
      <Table
        caption={t("errorsTitle", { count: errors.length })}
        captionHidden
        columns={[t("errorRow"), t("errorColumn"), t("errorReason"), t("errorValue")]}
      >
        {shown.map((e, i) => (
          <Row key={`${e.row}-${e.column}-${i}`}>
            <RowHeader>{e.row === 1 ? t("headerRow") : e.row}</RowHeader>
            <Cell>
              <code>{columnText(e, locale)}</code>
            </Cell>
            <Cell>{reasonText(t, e)}</Cell>
            <Cell>
              <span className="break-all">{e.value ?? ""}</span>
            </Cell>
          </Row>
        ))}
      </Table>
      {pages > 1 && (
        <nav aria-label={t("pages")} className="flex flex-wrap items-center gap-4 text-sm">
          {current > 1 && (
            <Link href={pageHref(current - 1)} className={link}>
              {t("previousPage")}
            </Link>
          )}
          <span aria-current="page">{t("page", { page: current, pages })}</span>
          {current < pages && (
            <Link href={pageHref(current + 1)} className={link}>
              {t("nextPage")}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
