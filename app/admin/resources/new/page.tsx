import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { ResourceForm } from "@/components/resources/resource-form";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { localized } from "@/lib/i18n/localized";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { loadResourceProgrammes } from "@/lib/server/resources/load-resources";
import { planSteps } from "../plan-steps";

export default async function NewResourcePage() {
  const user = await requirePermission("manage:resources:any", "/admin/resources/new");
  const [t, locale, programmes, plans] = await Promise.all([
    getTranslations("resources.admin"),
    getLocale(),
    loadResourceProgrammes(db(), user),
    planSteps(),
  ]);
  return (
    <div className="space-y-6">
      <BackLink href="/admin/resources">{t("back")}</BackLink>
      <PageHeader title={t("newTitle")} lead={t("newLead")} />
      <Card as="div">
        <ResourceForm
          programmes={programmes.map((p) => ({ id: p.id, name: localized(p, "name", locale), plan: p.sessionPlan }))}
          plans={plans}
          values={{
            programmeId: "",
            titleEn: "",
            titleFr: "",
            descriptionEn: "",
            descriptionFr: "",
            languages: [locale === "fr" ? "fr" : "en"],
            tags: "",
            kind: "article",
            url: "",
            stepKeys: [],
          }}
        />
      </Card>
    </div>
  );
}
