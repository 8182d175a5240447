import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PeopleImportUpload } from "@/components/admin/people-import-upload";
import { PageHeader } from "@/components/page-header";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { Cell, Row, RowHeader, Table } from "@/components/ui/table";
import { link } from "@/components/ui/styles";
import { COLUMN_HEADERS, IMPORT_COLUMNS, REQUIRED_COLUMNS } from "@/lib/domain/people-import";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { listPeopleImports } from "@/lib/server/people/import-load";

export default async function PeopleImportPage() {
  const user = await requirePermission("manage:roles:any", "/admin/people/import");
  const [t, format, imports] = await Promise.all([
    getTranslations("peopleImport"),
    getFormatter(),
    listPeopleImports(db(), user),
  ]);
  return (
    <div className="space-y-6">
      <BackLink href="/admin/people">{t("backToPeople")}</BackLink>
      <PageHeader title={t("title")} lead={t("lead")} />
      <Card heading={t("uploadTitle")} headingId="people-import-upload">
        <div className="mt-3">
          <PeopleImportUpload />
        </div>
      </Card>
      <Card heading={t("policyTitle")} headingId="people-import-policy">
        <p className="mt-2 text-sm text-slate-700">{t("policy")}</p>
      </Card>
      <Card heading={t("columnsTitle")} headingId="people-import-columns" lead={t("columnsLead")}>
        <Table
          caption={t("columnsTitle")}
          captionHidden
          columns={[t("columnEnglish"), t("columnFrench"), t("columnContent")]}
        >
          {IMPORT_COLUMNS.map((column) => (
            <Row key={column}>
              <RowHeader>
                <code>{COLUMN_HEADERS[column].en}</code>
              </RowHeader>
              <Cell>
                <code>{COLUMN_HEADERS[column].fr}</code>
              </Cell>
              <Cell>
                <span className="font-medium">
                  {REQUIRED_COLUMNS.includes(column) ? t("requiredColumn") : t("optionalColumn")}
                </span>
                {" · "}
                {t(`columns.${column}`)}
              </Cell>
            </Row>
          ))}
        </Table>
      </Card>
      <Card heading={t("recentTitle")} headingId="people-import-recent">
        {imports.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{t("noImports")}</p>
        ) : (
          <Table
            caption={t("recentTitle")}
            captionHidden
            columns={[t("file"), t("checkedOn"), t("by"), t("rows"), t("state")]}
          >
            {imports.map((i) => (
              <Row key={i.id}>
                <RowHeader>
                  <Link href={`/admin/people/import/${i.id}`} className={`break-all ${link}`}>
                    {i.fileName}
                  </Link>
                </RowHeader>
                <Cell>{format.dateTime(i.createdAt, { dateStyle: "medium", timeStyle: "short" })}</Cell>
                <Cell>{i.createdByName ?? "—"}</Cell>
                <Cell>
                  <span className="tabular-nums">{format.number(i.totalRows)}</span>
                </Cell>
                <Cell>{t(`status.${i.status}`)}</Cell>
              </Row>
            ))}
          </Table>
        )}
      </Card>
    </div>
  );
}
