import { getTranslations } from "next-intl/server";
import { AskSponsorForm } from "@/components/missions/sponsorship-forms";
import { PageHeader } from "@/components/page-header";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { loadSponsorshipForm } from "@/lib/server/missions/load-sponsorship";

/** A staff member starts a tripartite request: a coach, the sponsor it goes to, and their own request. */
export default async function AskMissionSponsorPage() {
  const user = await requirePermission("ask:mission-sponsor", "/missions/ask");
  const [t, tn] = await Promise.all([getTranslations("missions.sponsorship"), getTranslations("missions.new")]);
  const form = await loadSponsorshipForm(db(), user);
  return (
    <div className="space-y-6">
      <p>
        <BackLink href="/missions">{tn("back")}</BackLink>
      </p>
      <PageHeader title={t("askTitle")} lead={t("askLead")} />
      <Card>
        {form.sponsors.length === 0 ? (
          <p className="text-slate-700">{t("noSponsor")}</p>
        ) : form.coaches.length === 0 ? (
          <p className="text-slate-700">{t("noCoach")}</p>
        ) : (
          <AskSponsorForm sponsors={form.sponsors} coaches={form.coaches} />
        )}
      </Card>
    </div>
  );
}
