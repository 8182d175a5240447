import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CreateGroupForm } from "@/components/groups/create-group-form";
import { JoinGroupButton } from "@/components/groups/join-group-button";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { link } from "@/components/ui/styles";
import { can } from "@/lib/domain/roles";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { loadGroups, type GroupListItem } from "@/lib/server/groups/load-groups";

const STATUS_TONE = { forming: "info", running: "success", completed: "neutral", cancelled: "warning" } as const;

/** Group coaching: a coach's own groups (and opening one), a client's groups of their cohort (and joining one). */
export default async function GroupsPage() {
  const user = await requirePermission("view:coaching-group:own", "/groups");
  const [t, te, locale, view] = await Promise.all([
    getTranslations("groups"),
    getTranslations("errors"),
    getLocale(),
    loadGroups(db(), user),
  ]);
  const fr = locale === "fr";
  const isCoach = can(user.roles, "manage:coach-profile:own");
  const isClient = can(user.roles, "enrol:cohort:self");

  const groupItem = (g: GroupListItem) => {
    const title = fr ? g.titleFr : g.titleEn;
    return (
      <li key={g.id} className="rounded border border-slate-200 p-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 className="text-lg font-semibold">
            <Link href={`/groups/${g.id}`} className={link}>
              {title}
            </Link>
          </h3>
          <div className="flex flex-wrap gap-2">
            {g.mine === "member" && <Badge tone="brand">{t("youAreMember")}</Badge>}
            <Badge tone={STATUS_TONE[g.status]}>{t(`status.${g.status}`)}</Badge>
          </div>
        </div>
        <p className="mt-1 text-sm text-slate-700">
          {g.coachName && g.mine !== "coach" ? `${t("coachedBy", { name: g.coachName })} · ` : ""}
          {t("cohort", { name: fr ? g.cohort.nameFr : g.cohort.nameEn })} ·{" "}
          {t("seats", { members: g.members, capacity: g.capacity })}
        </p>
        {g.mine !== "coach" && (
          <p className="mt-2 whitespace-pre-line text-slate-800">{fr ? g.descriptionFr : g.descriptionEn}</p>
        )}
        {(g.mine === null || g.mine === "member") && (
          <div className="mt-3 empty:hidden">
            {g.mine === null && g.joinRefusal ? (
              <p className="text-sm text-slate-700">{te(g.joinRefusal)}</p>
            ) : (
              <>
                {g.mine === null && (
                  <p className="mb-2 text-sm text-slate-700">{t("seatsLeft", { count: g.seatsLeft })}</p>
                )}
                <JoinGroupButton groupId={g.id} joined={g.mine === "member"} />
              </>
            )}
          </div>
        )}
      </li>
    );
  };

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      {isCoach && (
        <Card heading={t("leadingTitle")} headingId="groups-leading">
          {view.leading.length ? (
            <ul className="mt-3 space-y-3">{view.leading.map(groupItem)}</ul>
          ) : (
            <p className="mt-2 text-slate-700">{t("leadingEmpty")}</p>
          )}
        </Card>
      )}
      {isCoach && view.cohortsForNewGroup.length > 0 && (
        <Card heading={t("newTitle")} headingId="groups-new" lead={t("newLead")}>
          <div className="mt-3">
            <CreateGroupForm
              cohorts={view.cohortsForNewGroup.map((c) => ({
                id: c.id,
                label: t("form.cohortOption", {
                  programme: fr ? c.programmeFr : c.programmeEn,
                  cohort: fr ? c.nameFr : c.nameEn,
                }),
              }))}
            />
          </div>
        </Card>
      )}
      {(isClient || !isCoach) && (
        <Card heading={t("offeredTitle")} headingId="groups-offered" lead={t("offeredLead")}>
          {view.offered.length ? (
            <ul className="mt-3 space-y-3">{view.offered.map(groupItem)}</ul>
          ) : (
            <p className="mt-2 text-slate-700">{isClient ? t("offeredEmpty") : t("notEnrolled")}</p>
          )}
        </Card>
      )}
    </div>
  );
}
