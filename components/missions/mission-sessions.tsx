// The coaching itself: the sessions (on their engagement's page) and the coachee's check-ins between them.
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { BadgeTone } from "@/components/ui/styles";
import { link } from "@/components/ui/styles";
import { CALL_MINUTES, checkInDays } from "@/lib/domain/check-ins";
import type { MissionView } from "@/lib/server/missions/load-mission";
import { AnswerCheckInForm, CheckInForm } from "./check-in-forms";
import { EndMissionForm } from "./progress-actions";
import { missionDates, personName } from "./mission-parts";

const CHECK_IN_TONE: Record<string, BadgeTone> = { answered: "success", open: "info", overdue: "danger" };

/** How many sessions are held, and the way to the engagement's page where they are planned. */
export async function MissionSessions({ view }: { view: MissionView }) {
  const t = await getTranslations("missions.sessions");
  const sessions = view.sessions;
  if (!sessions) return null;
  const other = view.party === "coach" ? personName(view.people.coachee) : personName(view.people.coach);
  return (
    <Card heading={t("title")} headingId="sessions" lead={t("lead", { other })}>
      <p className="mt-2 font-medium">{t("progress", { done: sessions.completed, total: sessions.total })}</p>
      <p className="mt-2">
        <Link href={`/engagements/${sessions.engagementId}`} className={link}>
          {t("open")}
        </Link>
      </p>
    </Card>
  );
}

/** The coachee's messages and call requests between sessions, each with its answer or its deadline. */
export async function MissionCheckIns({ view, timeZone }: { view: MissionView; timeZone: string }) {
  const [t, { when }] = await Promise.all([getTranslations("checkIns"), missionDates(timeZone)]);
  const checkIns = view.checkIns;
  if (!checkIns || (!view.can.createCheckIn && checkIns.length === 0)) return null;
  const days = checkInDays(view.programme.checkInWorkingDays);
  return (
    <Card
      heading={t("title")}
      headingId="check-ins"
      lead={t("lead", { min: CALL_MINUTES.min, max: CALL_MINUTES.max, days })}
    >
      {view.can.createCheckIn && (
        <div className="mt-3">
          <CheckInForm missionId={view.id} coachName={personName(view.people.coach)} days={days} />
        </div>
      )}
      {checkIns.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {checkIns.map((c) => (
            <li
              key={c.id}
              className={`rounded border p-3 ${c.state === "overdue" ? "border-red-300 bg-red-50" : "border-slate-200"}`}
              data-testid={`check-in-${c.state}`}
            >
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <p className="text-sm font-medium">
                  {t(`kinds.${c.kind}`)} · {t("sentOn", { date: when(c.createdAt) })}
                </p>
                <Badge tone={CHECK_IN_TONE[c.state]}>{t(`states.${c.state}`, { date: when(c.dueAt) })}</Badge>
              </div>
              <p className="mt-1 whitespace-pre-line text-slate-800">{c.body}</p>
              {c.preferredTimes && (
                <p className="mt-1 text-sm text-slate-600">{t("preferredTimesShown", { times: c.preferredTimes })}</p>
              )}
              {c.answer ? (
                <div className="mt-2 border-l-4 border-emerald-500 pl-3">
                  <p className="text-xs text-slate-600">{t("answeredOn", { date: when(c.answeredAt) })}</p>
                  <p className="whitespace-pre-line text-slate-800">{c.answer}</p>
                </div>
              ) : (
                view.can.answerCheckIns && (
                  <div className="mt-2">
                    <AnswerCheckInForm checkInId={c.id} />
                  </div>
                )
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** The coach's way out: refuse the mission before the contract, or stop it under contract, with reasons. */
export async function CoachEnding({ view }: { view: MissionView }) {
  const t = await getTranslations("missions.ending");
  const { refuse, stop } = view.can;
  if (!refuse && !stop) return null;
  return (
    <Card aria-labelledby="coach-ending">
      <h2 id="coach-ending" className="text-base font-semibold">
        {t("coachTitle")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t(refuse ? "refuse.lead" : "stop.lead")}</p>
      <div className="mt-3">
        <EndMissionForm missionId={view.id} kind={refuse ? "refuse" : "stop"} />
      </div>
    </Card>
  );
}
