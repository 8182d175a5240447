import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ProgrammeForm } from "@/components/admin/programme-form";
import { PageHeader } from "@/components/page-header";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { localized } from "@/lib/i18n/localized";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { loadProgrammeSettings } from "@/lib/server/programmes/load-programme-settings";

export default async function EditProgrammePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requirePermission("manage:programme:any", `/admin/programmes/${slug}`);
  const [t, locale, programme] = await Promise.all([
    getTranslations("adminProgrammes"),
    getLocale(),
    loadProgrammeSettings(db(), user, slug),
  ]);
  if (!programme) notFound();
  return (
    <div className="space-y-6">
      <BackLink href="/admin/programmes">{t("back")}</BackLink>
      <PageHeader title={t("form.editTitle")} lead={localized(programme.values, "name", locale)} />
      <Card as="div">
        <ProgrammeForm programmeId={programme.id} values={programme.values} />
      </Card>
    </div>
  );
}
