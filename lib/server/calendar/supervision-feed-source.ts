import "server-only";
// The group supervision sessions in a person's calendar feed: those a coach holds a seat at and those
// a supervisor leads, with the UID of the invitation the coach was e-mailed (one event in a calendar
// holding both). A cancelled session stays, marked cancelled, so calendars remove it.
import { createTranslator } from "next-intl";
import { supervisionUid } from "../../calendar/supervision-invitation";
import type { Db } from "../../db/client";
import { messagesFor } from "../../i18n/messages";
import type { FeedContext, FeedEvent } from "./feed-sources";

/** How far back the feed keeps past sessions. */
const KEPT_DAYS = 400;

export async function supervisionFeedEvents(prisma: Db, userId: string, context: FeedContext): Promise<FeedEvent[]> {
  const sessions = await prisma.supervisionSession.findMany({
    where: {
      startsAt: { gte: new Date(context.now.getTime() - KEPT_DAYS * 86_400_000) },
      OR: [{ supervisorUserId: userId }, { registrations: { some: { cancelledAt: null, coachProfile: { userId } } } }],
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      startsAt: true,
      durationMinutes: true,
      meetingLink: true,
      status: true,
      icsSequence: true,
      supervisor: { select: { name: true, email: true } },
    },
  });
  const t = createTranslator({
    locale: context.locale,
    messages: messagesFor(context.locale),
    namespace: "supervisionGroups.email",
  });
  return sessions.map((s) => {
    const supervisor = s.supervisor.name ?? s.supervisor.email;
    return {
      uid: supervisionUid(s.id),
      sequence: s.icsSequence,
      startsAt: s.startsAt,
      endsAt: new Date(s.startsAt.getTime() + s.durationMinutes * 60_000),
      summary: t("summary", { supervisor }),
      description: t("description", { supervisor }),
      location: s.meetingLink,
      url: s.meetingLink,
      cancelled: s.status === "cancelled",
    };
  });
}
