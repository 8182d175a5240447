import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { buttonClass, eyebrow, link, type BadgeTone } from "@/components/ui/styles";
import { can } from "@/lib/domain/roles";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { listMissions } from "@/lib/server/missions/list-missions";
import { loadMissionForm } from "@/lib/server/missions/load-mission-form";
import { loadOpenSponsorships } from "@/lib/server/missions/load-sponsorship";
import { TakeUpForm } from "@/components/missions/sponsorship-forms";
import { Alert } from "@/components/ui/alert";
import { OwnText } from "@/components/ui/written-in";

const STATUS_TONE: Record<string, BadgeTone> = {
  completed: "success",
  declined: "neutral",
  refused: "danger",
  stopped: "danger",
};

export default async function MissionsPage({ searchParams }: { searchParams: Promise<{ asked?: string }> }) {
  const user = await requirePermission("view:mission:own", "/missions");
  const { asked } = await searchParams;
  const [t, ts, format, locale] = await Promise.all([
    getTranslations("missions"),
    getTranslations("missions.sponsorship"),
    getFormatter(),
    getLocale(),
  ]);
  const [missions, sponsorships] = await Promise.all([listMissions(db(), user), loadOpenSponsorships(db(), user)]);
  const mayRequest = can(user.roles, "request:mission");
  const hrPeople = sponsorships.addressedToMe.length > 0 ? (await loadMissionForm(db(), user, locale)).hrPeople : [];
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: user.timeZone });
  const mayAsk =
    can(user.roles, "ask:mission-sponsor") &&
    sponsorships.mine.length === 0 &&
    !missions.some((m) => m.party === "coachee" && !["completed", "declined", "refused", "stopped"].includes(m.status));
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <PageHeader title={t("title")} lead={t("lead")} />
        <div className="flex flex-wrap gap-2">
          {mayRequest && (
            <Link href="/missions/new" className={buttonClass()}>
              {t("newButton")}
            </Link>
          )}
          {mayAsk && (
            <Link href="/missions/ask" className={buttonClass(mayRequest ? "secondary" : "primary")}>
              {ts("askButton")}
            </Link>
          )}
        </div>
      </div>
      {sponsorships.mine.map((r) => (
        <Card key={r.id} heading={ts("mineTitle")} headingId={`sponsorship-${r.id}`} data-testid="my-sponsorship">
          {asked && (
            <Alert tone="success" className="mt-3">
              ✓ {ts("sent", { sponsor: r.sponsorName ?? "—" })}
            </Alert>
          )}
          <p className="mt-2 text-sm text-slate-700">
            {ts("mineItem", { sponsor: r.sponsorName ?? "—", coach: r.coachName ?? "—", date: day(r.createdAt) })}
          </p>
          <OwnText
            as="blockquote"
            lang={r.language}
            className="mt-2 whitespace-pre-line border-l-4 border-emerald-600 pl-3"
          >
            {r.coacheeRequest}
          </OwnText>
        </Card>
      ))}
      {sponsorships.addressedToMe.length > 0 && (
        <Card heading={ts("addressedTitle")} headingId="sponsorships" lead={ts("addressedLead")}>
          <ul className="mt-3 divide-y divide-slate-100">
            {sponsorships.addressedToMe.map((r) => (
              <li key={r.id} className="py-4" data-testid="sponsorship-request">
                <h3 className="font-semibold">
                  {ts("from", { coachee: r.coacheeName ?? "—", coach: r.coachName ?? "—", date: day(r.createdAt) })}
                </h3>
                <OwnText
                  as="blockquote"
                  lang={r.language}
                  className="mt-2 whitespace-pre-line border-l-4 border-emerald-600 pl-3"
                >
                  {r.coacheeRequest}
                </OwnText>
                <details className="mt-3 rounded border border-slate-200 p-3">
                  <summary className="cursor-pointer font-medium text-slate-700">
                    {ts("takeUpTitle", { coachee: r.coacheeName ?? "—" })}
                  </summary>
                  <div className="mt-3">
                    <TakeUpForm requestId={r.id} hrPeople={hrPeople} coachee={r.coacheeName ?? "—"} />
                  </div>
                </details>
              </li>
            ))}
          </ul>
        </Card>
      )}
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
