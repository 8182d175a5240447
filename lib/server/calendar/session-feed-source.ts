import "server-only";
// A person's sessions in their feed, as client or as coach or mentor, across all their
// engagements: every session whose time was agreed (scheduled, completed or missed), and the
// cancelled ones whose time had been agreed, marked cancelled. Each is the very event of its
// invitation: same UID, same SEQUENCE, same texts.
import { sessionEventText } from "../../calendar/session-ics";
import { sessionUid } from "../../calendar/session-invitation";
import type { Db } from "../../db/client";
import { eventLocation } from "../../domain/meeting-link";
import { AGREED_TIME_ACTION, agreedTimeOf, engagementSelect, sessionFacts } from "../sessions/participation";
import type { FeedContext, FeedEvent } from "./feed-sources";

export async function sessionFeedEvents(prisma: Db, userId: string, context: FeedContext): Promise<FeedEvent[]> {
  const engagements = await prisma.engagement.findMany({
    where: { OR: [{ seekerId: userId }, { profile: { userId } }] },
    select: {
      ...engagementSelect,
      sessions: {
        where: { status: { in: ["scheduled", "completed", "missed", "cancelled"] } },
        select: {
          id: true,
          position: true,
          stepKey: true,
          status: true,
          durationMinutes: true,
          startsAt: true,
          timeZone: true,
          mode: true,
          location: true,
          icsSequence: true,
        },
        orderBy: { position: "asc" },
      },
    },
  });
  const cancelledIds = engagements.flatMap((e) => e.sessions.filter((s) => s.status === "cancelled").map((s) => s.id));
  // The time a cancelled session had (its row keeps none once cancelled): the last one agreed.
  const agreedRows = cancelledIds.length
    ? await prisma.auditLog.findMany({
        where: { targetType: "EngagementSession", targetId: { in: cancelledIds }, action: AGREED_TIME_ACTION },
        orderBy: { at: "desc" },
        select: { targetId: true, data: true },
      })
    : [];
  const agreedOf = new Map<string, ReturnType<typeof agreedTimeOf>>();
  for (const row of agreedRows)
    if (row.targetId && !agreedOf.has(row.targetId)) agreedOf.set(row.targetId, agreedTimeOf(row.data));

  const events: FeedEvent[] = [];
  for (const { sessions, ...engagement } of engagements) {
    for (const s of sessions) {
      const cancelled = s.status === "cancelled";
      const time = cancelled
        ? agreedOf.get(s.id)
        : s.startsAt && {
            startsAt: s.startsAt,
            timeZone: s.timeZone ?? "UTC",
            mode: s.mode ?? "video",
            location: s.location,
          };
      if (!time) continue;
      const facts = sessionFacts(engagement, s, time);
      const text = sessionEventText(context.locale, facts);
      events.push({
        uid: sessionUid(s.id),
        sequence: s.icsSequence,
        startsAt: time.startsAt,
        endsAt: new Date(time.startsAt.getTime() + s.durationMinutes * 60_000),
        summary: text.summary,
        description: text.description,
        location: eventLocation(facts.meetingUrl ?? null, time.location),
        url: facts.meetingUrl ?? null,
        cancelled,
      });
    }
  }
  return events;
}
