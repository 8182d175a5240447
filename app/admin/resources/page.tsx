import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { buttonClass, link } from "@/components/ui/styles";
import { Cell, Row, RowHeader, Table } from "@/components/ui/table";
import { resourceText } from "@/lib/domain/resources";
import { localized } from "@/lib/i18n/localized";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { loadAdminResources } from "@/lib/server/resources/load-resources";

const STATUS_TONE = { published: "success", draft: "warning", unpublished: "neutral" } as const;

export default async function AdminResourcesPage() {
  const user = await requirePermission("manage:resources:any", "/admin/resources");
  const [t, tr, localeRaw] = await Promise.all([
    getTranslations("resources.admin"),
    getTranslations("resources"),
    getLocale(),
  ]);
  const locale = localeRaw === "fr" ? "fr" : "en";
  const resources = await loadAdminResources(db(), user);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <p>
        <Link href="/admin/resources/new" className={buttonClass()}>
          {t("new")}
        </Link>
      </p>
      <Card as="div">
        {resources.length === 0 ? (
          <p className="text-slate-600">{t("none")}</p>
        ) : (
          <Table
            caption={t("tableLabel")}
            captionHidden
            columns={[t("colTitle"), t("colProgramme"), t("colKind"), t("colSessions"), t("colStatus")]}
          >
            {resources.map((r) => {
              const text = resourceText(r, locale);
              return (
                <Row key={r.id}>
                  <RowHeader>
                    <Link href={`/admin/resources/${r.id}`} className={link}>
                      <span lang={text.lang !== locale ? text.lang : undefined}>{text.title}</span>
                    </Link>
                  </RowHeader>
                  <Cell>{r.programme ? localized(r.programme, "name", locale) : t("allProgrammes")}</Cell>
                  <Cell>{tr(`kind.${r.kind}`)}</Cell>
                  <Cell>{t("sessionsCount", { count: r.stepKeys.length })}</Cell>
                  <Cell>
                    <Badge tone={STATUS_TONE[r.status]}>{t(`status.${r.status}`)}</Badge>
                  </Cell>
                </Row>
              );
            })}
          </Table>
        )}
      </Card>
    </div>
  );
}
