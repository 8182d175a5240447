import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { can } from "@/lib/domain/roles";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { listMissions } from "@/lib/server/missions/list-missions";

const STATUS_TONE: Record<string, string> = {
  completed: "bg-emerald-100 text-emerald-900",
  declined: "bg-slate-200 text-slate-700",
  refused: "bg-red-100 text-red-900",
  stopped: "bg-red-100 text-red-900",
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
          <Link
            href="/missions/new"
            className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
          >
            {t("newButton")}
          </Link>
        )}
      </div>
      {missions.length === 0 ? (
        <p className="rounded-lg bg-white p-5 text-slate-600 shadow-sm">
          {mayRequest ? t("emptySponsor") : t("empty")}
        </p>
      ) : (
        <ul className="space-y-3">
          {missions.map((m) => (
            <li key={m.id} className="rounded-lg bg-white p-5 shadow-sm" data-testid="mission-item">
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div>
                  <p className="text-xs font-semibold uppercase tracking-wide text-brand-600">
                    {t(`yourRole.${m.party}`)}
                  </p>
                  <h2 className="text-lg font-semibold">
                    <Link href={`/missions/${m.id}`} className="text-brand-700 underline hover:text-brand-800">
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
                  {m.myTurn && (
                    <span className="rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-semibold text-amber-900">
                      {t("yourTurn")}
                    </span>
                  )}
                  {m.overdueCheckIns > 0 && (
                    <span className="rounded-full bg-red-100 px-2.5 py-0.5 text-xs font-semibold text-red-900">
                      {t("overdueCheckIns", { count: m.overdueCheckIns })}
                    </span>
                  )}
                  <span
                    className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${STATUS_TONE[m.status] ?? "bg-sky-100 text-sky-900"}`}
                  >
                    {t(`status.${m.status}`)}
                  </span>
                </div>
              </div>
              <p className="mt-2 text-sm font-medium text-slate-800">
                {m.step.state === "done"
                  ? t("allStepsDone")
                  : t("stepOf", { index: m.step.index, step: t(`steps.${m.step.key}.title`) })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
