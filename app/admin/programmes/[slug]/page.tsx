import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ProgrammeForm } from "@/components/admin/programme-form";
import { MatchWeightsForm } from "@/components/suggestions/match-weights-form";
import { PageHeader } from "@/components/page-header";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { localized } from "@/lib/i18n/localized";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { loadProgrammeSettings } from "@/lib/server/programmes/load-programme-settings";
import { loadMatchWeights } from "@/lib/server/suggestions/load-match-weights";

export default async function EditProgrammePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requirePermission("manage:programme:any", `/admin/programmes/${slug}`);
  const [t, locale, programme] = await Promise.all([
    getTranslations("adminProgrammes"),
    getLocale(),
    loadProgrammeSettings(db(), user, slug),
  ]);
  if (!programme) notFound();
  const tw = await getTranslations("matchWeights");
  return (
    <div className="space-y-6">
      <BackLink href="/admin/programmes">{t("back")}</BackLink>
      <PageHeader title={t("form.editTitle")} lead={localized(programme.values, "name", locale)} />
      <Card as="div">
        <ProgrammeForm programmeId={programme.id} values={programme.values} />
      </Card>
      {(programme.values.type === "coaching" || programme.values.type === "mentoring") && (
        <Card
          heading={tw("title")}
          headingId="match-weights-title"
          lead={tw("lead", { kind: programme.values.type === "mentoring" ? "mentor" : "coach" })}
        >
          <div className="mt-4">
            <MatchWeightsForm programmeId={programme.id} weights={await loadMatchWeights(db(), user, programme.id)} />
          </div>
        </Card>
      )}
    </div>
  );
}
