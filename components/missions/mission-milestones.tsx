import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { instantToLocalTime } from "@/lib/domain/session-schedule";
import type { MissionView } from "@/lib/server/missions/load-mission";
import { HoldMilestoneButton, ScheduleMilestoneForm } from "./framing-actions";
import { missionDates, personName, personOf } from "./mission-parts";

/** The meetings of the mission with their dates and statuses; the coach schedules them and marks them held. */
export async function MissionMilestones({ view, timeZone }: { view: MissionView; timeZone: string }) {
  const [t, { day, when }] = await Promise.all([getTranslations("missions"), missionDates(timeZone)]);
  const { can } = view;
  return (
    <Card heading={t("milestones.title")} headingId="milestones" lead={t("milestones.lead")}>
      <ul className="mt-3 divide-y divide-slate-100">
        {view.milestones.map((m) => {
          const schedulable = can.schedule.includes(m.kind);
          const holdable = can.hold.some((kind) => kind === m.kind);
          return (
            <li key={m.kind} className="py-3" data-testid={`milestone-${m.kind}`}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <p className="font-medium">{t(`milestones.${m.kind}`)}</p>
                <Badge tone={m.status === "held" ? "success" : m.status === "scheduled" ? "info" : "neutral"}>
                  {m.status === "held"
                    ? t("milestones.heldOn", { date: day(m.heldAt) })
                    : m.status === "scheduled"
                      ? t("milestones.scheduledFor", { date: when(m.scheduledAt) })
                      : t("milestones.notScheduled")}
                </Badge>
              </div>
              <p className="text-xs text-slate-600">
                {t("milestones.with", { people: m.attendees.map((p) => personName(personOf(view, p))).join(", ") })}
              </p>
              {(schedulable || holdable) && (
                <div className="mt-2 flex flex-wrap items-end gap-4">
                  {schedulable && (
                    <ScheduleMilestoneForm
                      missionId={view.id}
                      kind={m.kind}
                      current={m.scheduledAt ? instantToLocalTime(m.scheduledAt, timeZone) : ""}
                      timeZone={timeZone}
                    />
                  )}
                  {holdable && m.kind !== "midpoint_review" && (
                    <HoldMilestoneButton missionId={view.id} kind={m.kind} label={t(`milestones.hold.${m.kind}`)} />
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
