import "server-only";
// The meetings of the tripartite missions a person takes part in (the preliminary meeting, the
// mid-point review, the closing session, …), once the coach has set their date, for the parties
// who attend each one (MILESTONE_ATTENDEES).
import { createTranslator } from "next-intl";
import type { Db } from "../../db/client";
import { MILESTONE_ATTENDEES } from "../../domain/mission-lifecycle";
import { messagesFor } from "../../i18n/messages";
import { missionUrl, partyOf } from "../missions/mission-access";
import type { FeedContext, FeedEvent } from "./feed-sources";

/** A milestone has no length of its own: its event lasts an hour. */
export const MILESTONE_MINUTES = 60;

/** The stable UID of a mission milestone's event. */
export const milestoneUid = (milestoneId: string) => `milestone-${milestoneId}@binome`;

export async function milestoneFeedEvents(prisma: Db, userId: string, context: FeedContext): Promise<FeedEvent[]> {
  const missions = await prisma.mission.findMany({
    where: { OR: [{ coacheeId: userId }, { sponsorId: userId }, { hrId: userId }, { coachProfile: { userId } }] },
    select: {
      id: true,
      sponsorId: true,
      hrId: true,
      coacheeId: true,
      coachProfile: { select: { userId: true } },
      programme: { select: { nameEn: true, nameFr: true } },
      milestones: {
        where: { scheduledAt: { not: null } },
        select: { id: true, kind: true, scheduledAt: true, heldAt: true },
      },
    },
  });
  // SEQUENCE: how many times the date was set before (each scheduling is audited with its kind).
  const schedulings = missions.length
    ? await prisma.auditLog.findMany({
        where: {
          targetType: "Mission",
          targetId: { in: missions.map((m) => m.id) },
          action: "mission.milestone.schedule",
        },
        select: { targetId: true, data: true },
      })
    : [];
  const timesSet = new Map<string, number>();
  for (const row of schedulings) {
    const key = `${row.targetId}:${(row.data as { kind?: string } | null)?.kind}`;
    timesSet.set(key, (timesSet.get(key) ?? 0) + 1);
  }
  const t = createTranslator({
    locale: context.locale,
    messages: messagesFor(context.locale),
    namespace: "calendarFeed",
  });
  const kinds = createTranslator({
    locale: context.locale,
    messages: messagesFor(context.locale),
    namespace: "missions.milestones",
  });
  const events: FeedEvent[] = [];
  for (const m of missions) {
    const party = partyOf(m, userId);
    if (!party) continue;
    const programme = context.locale === "fr" ? m.programme.nameFr : m.programme.nameEn;
    for (const milestone of m.milestones) {
      if (!MILESTONE_ATTENDEES[milestone.kind].includes(party)) continue;
      const startsAt = milestone.heldAt ?? milestone.scheduledAt!;
      events.push({
        uid: milestoneUid(milestone.id),
        sequence: Math.max(0, (timesSet.get(`${m.id}:${milestone.kind}`) ?? 1) - 1),
        startsAt,
        endsAt: new Date(startsAt.getTime() + MILESTONE_MINUTES * 60_000),
        summary: t("milestoneSummary", { milestone: kinds(milestone.kind), programme }),
        description: t("milestoneDescription", { url: missionUrl(m.id) }),
        location: null,
        url: null,
      });
    }
  }
  return events;
}
