import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { GroupEvaluationForm } from "@/components/groups/group-evaluation-form";
import { JoinGroupButton } from "@/components/groups/join-group-button";
import { MarkHeldButton } from "@/components/groups/mark-held-button";
import { ScheduleGroupSessionForm } from "@/components/groups/schedule-group-session-form";
import { PageHeader } from "@/components/page-header";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { link } from "@/components/ui/styles";
import { groupStepName, markHeldRefusal, scheduleRefusal } from "@/lib/domain/group-coaching";
import { instantToLocalTime, isKnownTimeZone } from "@/lib/domain/session-schedule";
import { formatSessionTime } from "@/lib/email/session-emails";
import { knownKey } from "@/lib/i18n/keys";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { DomainError } from "@/lib/server/errors";
import { loadGroup, type GroupView } from "@/lib/server/groups/load-group";

const STATUS_TONE = { forming: "info", running: "success", completed: "neutral", cancelled: "warning" } as const;
const SESSION_TONE = { planned: "neutral", scheduled: "info", held: "success", cancelled: "warning" } as const;

/**
 * One group: its coach and its members see the plan, the sessions and the join link (the coach
 * schedules and marks sessions held, members evaluate them); a client of its cohort sees only its
 * public description and may join. Anyone else: not found.
 */
export default async function GroupPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission("view:coaching-group:own", `/groups/${id}`);
  let view: GroupView;
  try {
    view = await loadGroup(db(), user, id);
  } catch (error) {
    if (error instanceof DomainError) notFound();
    throw error;
  }
  const [t, te, locale] = await Promise.all([getTranslations("groups"), getTranslations("errors"), getLocale()]);
  const fr = locale === "fr";
  const now = new Date();
  const zone = isKnownTimeZone(user.timeZone) ? user.timeZone : "UTC";
  const stepTitle = (stepKey: string, position: number) => {
    const step = groupStepName(stepKey);
    const key = knownKey(t, `plan.${step}.title`);
    return t("sessionTitle", { position, name: key ? t(key) : stepKey });
  };
  const stepObjective = (stepKey: string) => {
    const key = knownKey(t, `plan.${groupStepName(stepKey)}.objective`);
    return key ? t(key) : null;
  };
  // A new session's time: a week from now at 10:00 in the coach's zone.
  const suggested = instantToLocalTime(new Date(now.getTime() + 7 * 86_400_000), zone).slice(0, 10) + "T10:00";

  return (
    <div className="space-y-6">
      <BackLink href="/groups">{t("title")}</BackLink>
      <PageHeader
        title={fr ? view.titleFr : view.titleEn}
        lead={t("page.programmeCohort", {
          programme: fr ? view.programme.nameFr : view.programme.nameEn,
          cohort: fr ? view.cohort.nameFr : view.cohort.nameEn,
        })}
      />
      <Card
        heading={t("page.about")}
        headingId="group-about"
        aside={<Badge tone={STATUS_TONE[view.status]}>{t(`status.${view.status}`)}</Badge>}
      >
        <p className="mt-2 text-sm text-slate-700">
          {view.part === "coach" ? t("youCoach") : view.coachName ? t("coachedBy", { name: view.coachName }) : null}
          {" · "}
          {t("seats", { members: view.members, capacity: view.capacity })}
        </p>
        <p className="mt-2 whitespace-pre-line text-slate-800">{fr ? view.descriptionFr : view.descriptionEn}</p>
        {(view.part === "visitor" || view.part === "member") && (
          <div className="mt-4 space-y-2 empty:hidden">
            {view.part === "visitor" && <p className="text-sm text-slate-700">{t("page.visitorNote")}</p>}
            {view.part === "visitor" && view.joinRefusal ? (
              <p className="text-sm text-slate-800">{t("page.cannotJoin", { reason: te(view.joinRefusal) })}</p>
            ) : (
              <JoinGroupButton groupId={view.id} joined={view.part === "member"} />
            )}
          </div>
        )}
        {view.part !== "visitor" &&
          (view.meetingUrl ? (
            <p className="mt-3">
              <a href={view.meetingUrl} className={link} target="_blank" rel="noreferrer">
                {t("page.meetingLink")}
              </a>
            </p>
          ) : (
            <p className="mt-3 text-sm text-slate-700">{t("page.noMeetingLink")}</p>
          ))}
      </Card>

      {view.memberNames && (
        <Card
          heading={t("page.members")}
          headingId="group-members"
          lead={t("page.membersCount", { count: view.members, capacity: view.capacity })}
        >
          {view.memberNames.length ? (
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {view.memberNames.map((name, i) => (
                <li key={i}>{name ?? "—"}</li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-slate-700">{t("page.noMembers")}</p>
          )}
        </Card>
      )}

      {view.sessions && (
        <Card heading={t("page.plan")} headingId="group-plan" lead={t("page.planLead")}>
          {view.status === "forming" && <p className="mt-2 text-sm text-slate-700">{t("page.formingNote")}</p>}
          <ol className="mt-3 space-y-3">
            {view.sessions.map((s) => {
              const title = stepTitle(s.stepKey, s.position);
              const objective = stepObjective(s.stepKey);
              const canSchedule = view.part === "coach" && scheduleRefusal(view.status, s.status) === null;
              const canMarkHeld = view.part === "coach" && markHeldRefusal(view.status, s, now) === null;
              return (
                <li key={s.id} className="rounded border border-slate-200 p-4">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <h3 id={`session-${s.id}`} className="font-semibold">
                      {title}
                    </h3>
                    <Badge tone={SESSION_TONE[s.status]}>{t(`sessionStatus.${s.status}`)}</Badge>
                  </div>
                  {objective && <p className="mt-1 text-sm text-slate-700">{objective}</p>}
                  <p className="mt-1 text-sm text-slate-800">
                    <span className="font-medium">{t("page.when")} </span>
                    {s.startsAt
                      ? formatSessionTime(s.startsAt, locale === "fr" ? "fr" : "en", zone)
                      : t("page.notScheduled")}
                    {" · "}
                    {t("page.duration", { minutes: s.durationMinutes })}
                  </p>
                  {s.summary && s.status === "held" && (
                    <p className="mt-1 text-sm text-slate-700">
                      {s.summary.answers === 0
                        ? t("summary.none")
                        : s.summary.visible
                          ? t("summary.shown", { count: s.summary.answers, average: s.summary.averageUsefulness ?? 0 })
                          : t("summary.hidden", { count: s.summary.answers })}
                    </p>
                  )}
                  {canSchedule && (
                    <ScheduleGroupSessionForm
                      groupId={view.id}
                      sessionId={s.id}
                      title={title}
                      startsAtLocal={s.startsAt && s.timeZone ? instantToLocalTime(s.startsAt, s.timeZone) : suggested}
                      timeZone={s.timeZone ?? zone}
                      reschedule={s.status === "scheduled"}
                    />
                  )}
                  {(canMarkHeld || (view.part === "coach" && s.status === "held")) && (
                    <MarkHeldButton groupId={view.id} sessionId={s.id} title={title} held={s.status === "held"} />
                  )}
                  {view.part === "member" && s.status === "held" && (
                    <div className="mt-3 rounded bg-slate-50 p-3">
                      {s.ownFeedback ? (
                        <>
                          <p className="text-sm text-slate-800">
                            {t("evaluation.yours", { value: s.ownFeedback.usefulness })}
                          </p>
                          {s.ownFeedback.comment && (
                            <p className="text-sm text-slate-700">
                              {t("evaluation.yourComment", { comment: s.ownFeedback.comment })}
                            </p>
                          )}
                        </>
                      ) : (
                        <h4 className="font-medium">{t("evaluation.title", { title })}</h4>
                      )}
                      <GroupEvaluationForm
                        groupId={view.id}
                        sessionId={s.id}
                        title={title}
                        given={s.ownFeedback !== null}
                      />
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
        </Card>
      )}
    </div>
  );
}
