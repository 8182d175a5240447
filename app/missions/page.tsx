import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { buttonClass, eyebrow, link, type BadgeTone } from "@/components/ui/styles";
import { can } from "@/lib/domain/roles";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { listMissions } from "@/lib/server/missions/list-missions";

const STATUS_TONE: Record<string, BadgeTone> = {
  completed: "success",
  declined: "neutral",
  refused: "danger",
  stopped: "danger",
};

export default async function MissionsPage() {
  const user = await requirePermission("view:mission:own", "/missions");
  const [t, format] = await Promise.all([getTranslations("missions"), getFormatter()]);
  const missions = await listMissions(db(), user);
  const mayRequest = can(user.roles, "request:mission");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <PageHeader title={t("title")} lead={t("lead")} />
        {mayRequest && (
          <Link href="/missions/new" className={buttonClass()}>
            {t("newButton")}
          </Link>
        )}
      </div>
      {missions.length === 0 ? (
        <Card as="div" className="text-slate-600">
          {mayRequest ? t("emptySponsor") : t("empty")}
        </Card>
      ) : (
        <ul className="space-y-3">
          {missions.map((m) => (
            <Card as="li" key={m.id} data-testid="mission-item">
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div>
                  <p className={eyebrow.brand}>{t(`yourRole.${m.party}`)}</p>
                  <h2 className="text-lg font-semibold">
                    <Link href={`/missions/${m.id}`} className={link}>
                      {t("itemTitle", { coachee: m.coacheeName ?? "—" })}
                    </Link>
                  </h2>
                  <p className="text-sm text-slate-600">
                    {t("itemPeople", { coach: m.coachName ?? "—", sponsor: m.sponsorName ?? "—" })}
                  </p>
                  <p className="mt-1 text-sm text-slate-600">
                    {t("requestedOn", {
                      date: format.dateTime(m.createdAt, { dateStyle: "long", timeZone: user.timeZone }),
                    })}
                  </p>
                </div>
                <div className="flex flex-wrap items-center gap-2">
                  {m.myTurn && <Badge tone="warning">{t("yourTurn")}</Badge>}
                  {m.overdueCheckIns > 0 && (
                    <Badge tone="danger">{t("overdueCheckIns", { count: m.overdueCheckIns })}</Badge>
                  )}
                  <Badge tone={STATUS_TONE[m.status] ?? "info"}>{t(`status.${m.status}`)}</Badge>
                </div>
              </div>
              <p className="mt-2 text-sm font-medium text-slate-800">
                {m.step.state === "done"
                  ? t("allStepsDone")
                  : t("stepOf", { index: m.step.index, step: t(`steps.${m.step.key}.title`) })}
              </p>
            </Card>
          ))}
        </ul>
      )}
    </div>
  );
}
