import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ErasePersonButton } from "@/components/account/erase-person-button";
import { PageHeader } from "@/components/page-header";
import { Alert } from "@/components/ui/alert";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { link } from "@/components/ui/styles";
import { Cell, Row, RowHeader, Table } from "@/components/ui/table";
import { pageNumber } from "@/lib/domain/personal-data";
import { env } from "@/lib/env";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { listPeopleWhoLeft } from "@/lib/server/privacy/list-people-who-left";

// People who left the organisation, and the erasure of those whose retention period is over.
export default async function RetentionPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string; erased?: string }>;
}) {
  const user = await requirePermission("manage:roles:any", "/admin/people/retention");
  const { page: rawPage, erased } = await searchParams;
  const retentionDays = env().RETENTION_DAYS_AFTER_LEAVING;
  const [t, format, list] = await Promise.all([
    getTranslations("privacy.retention"),
    getFormatter(),
    listPeopleWhoLeft(db(), user, { page: pageNumber(rawPage), retentionDays }),
  ]);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  const pageHref = (n: number) => `/admin/people/retention?page=${n}`;
  return (
    <div className="space-y-6">
      <BackLink href="/admin/people">{t("back")}</BackLink>
      <PageHeader title={t("title")} lead={t("lead", { days: retentionDays })} />
      <div aria-live="polite">{erased === "1" && <Alert tone="success">{t("erased")}</Alert>}</div>
      <p className="text-sm text-slate-600">
        {t("count", { count: list.total })} · {t("erasedCount", { count: list.erased })}
      </p>
      {list.people.length === 0 ? (
        <p className="text-slate-600">{t("empty")}</p>
      ) : (
        <Card as="div" padding="compact">
          <Table
            caption={t("title")}
            captionHidden
            columns={[t("name"), t("email"), t("leftOn"), t("erasableFrom"), t("action")]}
          >
            {list.people.map((p) => {
              const name = p.name ?? t("unnamed");
              return (
                <Row key={p.id} data-testid="retention-row" data-email={p.email}>
                  <RowHeader className="py-3 pr-4 text-left font-medium">{name}</RowHeader>
                  <Cell className="py-3 pr-4 text-slate-600">{p.email}</Cell>
                  <Cell className="py-3 pr-4">{day(p.leftAt)}</Cell>
                  <Cell className="py-3 pr-4">{day(p.erasableFrom)}</Cell>
                  <Cell className="py-3">
                    {p.due ? (
                      <div className="flex flex-wrap items-center gap-2">
                        <Badge tone="danger">{t("due")}</Badge>
                        <ErasePersonButton
                          userId={p.id}
                          labels={{
                            erase: t("erase"),
                            eraseLabel: t("eraseLabel", { name }),
                            confirm: t("confirm", { name }),
                            yes: t("yes"),
                            cancel: t("cancel"),
                            erasing: t("erasing"),
                          }}
                        />
                      </div>
                    ) : (
                      <span className="text-slate-600">{t("retained", { date: day(p.erasableFrom) })}</span>
                    )}
                  </Cell>
                </Row>
              );
            })}
          </Table>
        </Card>
      )}
      {list.pages > 1 && (
        <nav aria-label={t("pages")} className="flex items-center gap-4 text-sm">
          {list.page > 1 && (
            <Link href={pageHref(list.page - 1)} className={link}>
              {t("previous")}
            </Link>
          )}
          <span aria-current="page">{t("page", { page: list.page, pages: list.pages })}</span>
          {list.page < list.pages && (
            <Link href={pageHref(list.page + 1)} className={link}>
              {t("next")}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
