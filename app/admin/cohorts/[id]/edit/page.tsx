import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CohortForm } from "@/components/admin/cohort-form";
import { PageHeader } from "@/components/page-header";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { localized } from "@/lib/i18n/localized";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { loadCohortSettings } from "@/lib/server/programmes/load-cohort-settings";

export default async function EditCohortPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission("manage:programme:any", `/admin/cohorts/${id}/edit`);
  const [t, locale, cohort] = await Promise.all([
    getTranslations("adminProgrammes"),
    getLocale(),
    loadCohortSettings(db(), user, id),
  ]);
  if (!cohort) notFound();
  return (
    <div className="space-y-6">
      <BackLink href="/admin/programmes">{t("back")}</BackLink>
      <PageHeader
        title={t("cohortForm.editTitle")}
        lead={`${localized(cohort.programme, "name", locale)} · ${localized(cohort.values, "name", locale)}`}
      />
      <Card as="div">
        <CohortForm cohortId={cohort.id} currentStatus={cohort.values.status} values={cohort.values} />
      </Card>
    </div>
  );
}
