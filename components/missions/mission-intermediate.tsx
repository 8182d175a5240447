import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { OwnText } from "@/components/ui/written-in";
import { INTERMEDIATE_ATTENDEES, INTERMEDIATE_MEETING_STATUSES } from "@/lib/domain/mission-framing";
import { instantToLocalTime } from "@/lib/domain/session-schedule";
import type { MissionView } from "@/lib/server/missions/load-mission";
import { IntermediateMeetingControls, IntermediateMeetingForm } from "./intermediate-actions";
import { missionDates, personName, personOf } from "./mission-parts";

/** Extra tripartite meetings: who asked and why, their dates; the request form for every party. */
export async function MissionIntermediateMeetings({ view, timeZone }: { view: MissionView; timeZone: string }) {
  const [t, tm, tp, { day, when }] = await Promise.all([
    getTranslations("missions.intermediate"),
    getTranslations("missions.milestones"),
    getTranslations("missions.party"),
    missionDates(timeZone),
  ]);
  const meetings = view.intermediateMeetings;
  const open = INTERMEDIATE_MEETING_STATUSES.includes(view.status);
  if (meetings.length === 0 && !open) return null;
  const attendees = INTERMEDIATE_ATTENDEES.filter((p) => p !== "hr" || view.people.hr)
    .map((p) => personName(personOf(view, p)))
    .join(", ");
  return (
    <Card heading={t("title")} headingId="intermediate-meetings" lead={t("lead")}>
      {meetings.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-100">
          {meetings.map((m) => (
            <li key={m.id} className="py-3" data-testid="intermediate-meeting">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <p className="font-medium">
                  {t("askedBy", { name: m.requestedByName ?? "—", party: tp(m.requestedBy), date: day(m.createdAt) })}
                </p>
                <Badge tone={m.status === "held" ? "success" : m.status === "scheduled" ? "info" : "neutral"}>
                  {m.status === "held"
                    ? tm("heldOn", { date: day(m.heldAt) })
                    : m.status === "scheduled"
                      ? tm("scheduledFor", { date: when(m.scheduledAt) })
                      : tm("notScheduled")}
                </Badge>
              </div>
              <p className="mt-1 text-sm font-medium text-slate-700">{t("reason")}</p>
              <OwnText as="p" lang={m.reasonLanguage} className="whitespace-pre-line text-slate-800">
                {m.reason}
              </OwnText>
              <p className="mt-1 text-xs text-slate-600">{tm("with", { people: attendees })}</p>
              {view.can.manageIntermediateMeetings && m.status !== "held" && (
                <IntermediateMeetingControls
                  missionId={view.id}
                  meetingId={m.id}
                  current={m.scheduledAt ? instantToLocalTime(m.scheduledAt, timeZone) : ""}
                  timeZone={timeZone}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {open && (
        <div className="mt-4">
          {view.can.requestIntermediateMeeting ? (
            <IntermediateMeetingForm missionId={view.id} />
          ) : (
            <p className="text-sm text-slate-600">{t("waiting")}</p>
          )}
        </div>
      )}
    </Card>
  );
}
