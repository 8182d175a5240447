import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CohortForm } from "@/components/admin/cohort-form";
import { PageHeader } from "@/components/page-header";
import { Alert } from "@/components/ui/alert";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { newCohortDates } from "@/lib/domain/programme-settings";
import { localized } from "@/lib/i18n/localized";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { loadProgrammeSettings } from "@/lib/server/programmes/load-programme-settings";

export default async function NewCohortPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requirePermission("manage:programme:any", `/admin/programmes/${slug}/cohorts/new`);
  const [t, locale, programme] = await Promise.all([
    getTranslations("adminProgrammes"),
    getLocale(),
    loadProgrammeSettings(db(), user, slug),
  ]);
  if (!programme) notFound();
  const name = localized(programme.values, "name", locale);
  return (
    <div className="space-y-6">
      <BackLink href="/admin/programmes">{t("back")}</BackLink>
      <PageHeader title={t("cohortForm.newTitle")} lead={t("cohortForm.newLead", { programme: name })} />
      {programme.values.archived ? (
        <Alert tone="warning" role="alert" size="md">
          {t("cohortForm.archivedProgramme")}
        </Alert>
      ) : (
        <Card as="div">
          <CohortForm
            programmeId={programme.id}
            values={{
              slug: "",
              nameEn: "",
              nameFr: "",
              ...newCohortDates(new Date()),
              seats: programme.values.defaultSeats,
              status: "draft",
            }}
          />
        </Card>
      )}
    </div>
  );
}
