import "server-only";
// The workshops in a person's calendar feed: those they hold a seat at, with the UID of the event
// they were e-mailed (one event in a calendar holding both). A workshop cancelled, or a seat given
// up, stays in the feed marked cancelled, so calendars remove it.
import { workshopUid } from "../../calendar/workshop-invitation";
import type { Db } from "../../db/client";
import { workshopEndsAt } from "../../domain/workshops";
import { localized } from "../../i18n/localized";
import type { FeedContext, FeedEvent } from "./feed-sources";

/** How far back the feed keeps past workshops. */
const KEPT_DAYS = 400;

export async function workshopFeedEvents(prisma: Db, userId: string, context: FeedContext): Promise<FeedEvent[]> {
  const rows = await prisma.workshopRegistration.findMany({
    where: {
      userId,
      status: { in: ["registered", "cancelled"] },
      workshop: { startsAt: { gte: new Date(context.now.getTime() - KEPT_DAYS * 86_400_000) } },
    },
    orderBy: [{ workshop: { startsAt: "asc" } }, { id: "asc" }],
    select: {
      id: true,
      status: true,
      workshop: {
        select: {
          titleEn: true,
          titleFr: true,
          descriptionEn: true,
          descriptionFr: true,
          startsAt: true,
          durationMinutes: true,
          meetingUrl: true,
          cancelledAt: true,
        },
      },
    },
  });
  return rows.map(({ id, status, workshop: w }) => {
    const cancelled = status === "cancelled" || w.cancelledAt !== null;
    return {
      uid: workshopUid(id),
      sequence: cancelled ? 1 : 0,
      startsAt: w.startsAt,
      endsAt: workshopEndsAt(w),
      summary: localized(w, "title", context.locale),
      description: localized(w, "description", context.locale),
      location: w.meetingUrl,
      url: w.meetingUrl,
      cancelled,
    };
  });
}
