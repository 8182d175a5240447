import { getLocale, getTranslations } from "next-intl/server";
import { RequestMissionForm } from "@/components/missions/request-mission-form";
import { PageHeader } from "@/components/page-header";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { loadMissionForm } from "@/lib/server/missions/load-mission-form";

export default async function NewMissionPage() {
  const user = await requirePermission("request:mission", "/missions/new");
  const [t, locale] = await Promise.all([getTranslations("missions.new"), getLocale()]);
  const form = await loadMissionForm(db(), user, locale);
  return (
    <div className="space-y-6">
      <p>
        <BackLink href="/missions">{t("back")}</BackLink>
      </p>
      <PageHeader title={t("title")} lead={t("lead")} />
      <Card>
        {!form.ready ? (
          <p className="text-slate-700">{t("notReady")}</p>
        ) : form.coaches.length === 0 ? (
          <p className="text-slate-700">{t("noCoach")}</p>
        ) : (
          <RequestMissionForm coachees={form.coachees} coaches={form.coaches} hrPeople={form.hrPeople} />
        )}
      </Card>
    </div>
  );
}
