import { getTranslations } from "next-intl/server";
import { ProgrammeForm } from "@/components/admin/programme-form";
import { PageHeader } from "@/components/page-header";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { defaultProgrammeSettings } from "@/lib/domain/programme-settings";
import { requirePermission } from "@/lib/server/auth/current-user";

export default async function NewProgrammePage() {
  await requirePermission("manage:programme:any", "/admin/programmes/new");
  const t = await getTranslations("adminProgrammes");
  return (
    <div className="space-y-6">
      <BackLink href="/admin/programmes">{t("back")}</BackLink>
      <PageHeader title={t("form.newTitle")} lead={t("form.newLead")} />
      <Card as="div">
        <ProgrammeForm
          values={{
            slug: "",
            type: "coaching",
            nameEn: "",
            nameFr: "",
            descriptionEn: "",
            descriptionFr: "",
            ...defaultProgrammeSettings("coaching"),
            archived: false,
          }}
        />
      </Card>
    </div>
  );
}
