import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { FigureCard } from "@/components/admin/figure-card";
import { PeopleImportConfirm } from "@/components/admin/people-import-confirm";
import { PeopleImportErrors } from "@/components/admin/people-import-errors";
import { PeopleImportProgress } from "@/components/admin/people-import-progress";
import { PageHeader } from "@/components/page-header";
import { Alert } from "@/components/ui/alert";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/styles";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { loadPeopleImport } from "@/lib/server/people/import-load";
import { isRecordId } from "@/lib/validation/record-id";

export default async function PeopleImportPreviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const { id } = await params;
  const user = await requirePermission("manage:roles:any", `/admin/people/import/${id}`);
  if (!isRecordId(id)) notFound();
  const [{ page }, t, format, locale, found] = await Promise.all([
    searchParams,
    getTranslations("peopleImport"),
    getFormatter(),
    getLocale(),
    loadPeopleImport(db(), user, id),
  ]);
  if (!found) notFound();
  const i = found;
  const n = (value: number) => format.number(value);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const figures = [
    { key: "total", value: i.totalRows },
    { key: "new", value: i.newCount },
    { key: "changed", value: i.changedCount },
    { key: "unchanged", value: i.unchangedCount },
    { key: "missing", value: i.missingCount },
    { key: "errors", value: i.errorCount },
  ] as const;
  return (
    <div className="space-y-6">
      <BackLink href="/admin/people/import">{t("backToImports")}</BackLink>
      <PageHeader
        title={t("previewTitle", { file: i.fileName })}
        lead={i.status === "previewed" ? t("previewLead", { date: date(i.createdAt) }) : t(`status.${i.status}`)}
      />

      {i.status === "applying" && (
        <Card heading={t("progressTitle")} headingId="people-import-progress" lead={t("progressLead")}>
          <div className="mt-3">
            <PeopleImportProgress done={i.processedRows} total={i.work} />
          </div>
        </Card>
      )}
      {i.status === "applied" && (
        <Alert tone="success" size="md" role="status">
          <p className="font-semibold">{t("appliedTitle")}</p>
          <p>
            {t("applied", {
              date: date(i.appliedAt ?? i.createdAt),
              new: n(i.newCount),
              changed: n(i.changedCount),
              unchanged: n(i.unchangedCount),
            })}{" "}
            {t("appliedLeft", { count: i.fullList ? i.missingCount : 0 })}
          </p>
          <p className="mt-2">
            <Link href="/admin/people" className={buttonClass("secondary", "sm")}>
              {t("seePeople")}
            </Link>
          </p>
        </Alert>
      )}
      {i.status === "failed" && (
        <Alert tone="error" size="md">
          <p className="font-semibold">{t("failedTitle")}</p>
          <p>{t("failed")}</p>
        </Alert>
      )}
      {i.status === "discarded" && (
        <Alert tone="info" size="md">
          {t("discarded")}
        </Alert>
      )}

      <Card heading={t("countsTitle")} headingId="people-import-counts" lead={t("countsHelp")}>
        <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {figures.map((f) => (
            <FigureCard key={f.key} label={t(`counts.${f.key}`)} value={n(f.value)} testId={`import-${f.key}`} />
          ))}
        </dl>
      </Card>

      {i.errors.length > 0 && (
        <Card
          heading={t("errorsTitle", { count: i.errors.length })}
          headingId="people-import-errors"
          lead={t("errorsLead")}
        >
          <div className="mt-3">
            <PeopleImportErrors importId={i.id} errors={i.errors} page={Number(page) || 1} locale={locale} />
          </div>
        </Card>
      )}

      {i.status === "previewed" && i.errorCount === 0 && (
        <Card heading={t("applyTitle")} headingId="people-import-apply" lead={t("applyLead")}>
          {i.newCount + i.changedCount === 0 && (
            <p className="mt-2 text-sm text-slate-700">
              {t(i.missingCount > 0 ? "nothingToDoButMissing" : "nothingToDo")}
            </p>
          )}
          <div className="mt-3">
            <PeopleImportConfirm importId={i.id} missing={i.missingCount} />
          </div>
        </Card>
      )}
    </div>
  );
}
