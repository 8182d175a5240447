import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { WorkshopForm } from "@/components/workshops/workshop-form";
import { timeZoneChoices } from "@/lib/domain/session-schedule";
import { requirePermission } from "@/lib/server/auth/current-user";

export default async function NewWorkshopPage() {
  const user = await requirePermission("manage:programme:any", "/admin/workshops/new");
  const t = await getTranslations("workshops.admin");
  return (
    <div className="space-y-6">
      <BackLink href="/admin/workshops">{t("back")}</BackLink>
      <PageHeader title={t("newTitle")} lead={t("newLead")} />
      <Card as="div">
        <WorkshopForm
          zones={timeZoneChoices(user.timeZone)}
          values={{
            titleEn: "",
            titleFr: "",
            descriptionEn: "",
            descriptionFr: "",
            audiences: [],
            startsAtLocal: "",
            timeZone: user.timeZone,
            durationMinutes: 90,
            meetingUrl: "",
            seats: 20,
          }}
        />
      </Card>
    </div>
  );
}
