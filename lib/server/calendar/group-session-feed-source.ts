import "server-only";
// Group coaching sessions in a person's calendar feed: the scheduled and held sessions of the groups
// they belong to (and have not left) or lead, with the UID of the invitation they were e-mailed (one
// event in a calendar holding both) and its SEQUENCE.
import { groupSessionUid } from "../../calendar/group-session-invitation";
import type { Db } from "../../db/client";
import { groupSessionTitle } from "../../email/group-emails";
import { localized } from "../../i18n/localized";
import type { FeedContext, FeedEvent } from "./feed-sources";

/** How far back the feed keeps past sessions. */
const KEPT_DAYS = 400;

export async function groupSessionFeedEvents(prisma: Db, userId: string, context: FeedContext): Promise<FeedEvent[]> {
  const rows = await prisma.coachingGroupSession.findMany({
    where: {
      status: { in: ["scheduled", "held"] },
      startsAt: { gte: new Date(context.now.getTime() - KEPT_DAYS * 86_400_000) },
      group: {
        status: { not: "cancelled" },
        OR: [{ profile: { userId } }, { members: { some: { userId, leftAt: null } } }],
      },
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      position: true,
      stepKey: true,
      startsAt: true,
      durationMinutes: true,
      icsSequence: true,
      group: { select: { titleEn: true, titleFr: true, meetingUrl: true } },
    },
  });
  return rows.map((s) => {
    const group = localized(s.group, "title", context.locale);
    return {
      uid: groupSessionUid(s.id),
      sequence: s.icsSequence,
      startsAt: s.startsAt!,
      endsAt: new Date(s.startsAt!.getTime() + s.durationMinutes * 60_000),
      summary: `${group} — ${groupSessionTitle(context.locale, s.stepKey, s.position)}`,
      location: s.group.meetingUrl,
      url: s.group.meetingUrl,
    };
  });
}
