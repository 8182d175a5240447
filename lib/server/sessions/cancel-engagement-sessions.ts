import "server-only";
import { decideCancel, hasLiveInvitation, TIME_HOLDING_STATUSES } from "../../domain/session-lifecycle";
import { queueEmail } from "../../email/outbox";
import { sessionCancelledEmail } from "../../email/session-emails";
import { audit } from "../audit";
import type { Tx } from "../db/transaction";
import { recipient } from "../recipients";
import { engagementSelect, lastAgreedTime, participationOf, sessionFacts, sessionSelect } from "./participation";

/**
 * When an engagement ends early, its sessions still to come are cancelled: proposals lapse, and the
 * calendars of both people get METHOD:CANCEL for every agreed time still ahead, so nobody turns up
 * to a meeting that no longer exists. Runs inside the caller's transaction (after the engagement
 * is ended, with the coach profile locked).
 */
export async function cancelEngagementSessions(
  tx: Tx,
  engagementId: string,
  actorId: string,
  now: Date,
): Promise<number> {
  const engagement = await tx.engagement.findUniqueOrThrow({ where: { id: engagementId }, select: engagementSelect });
  const open = await tx.engagementSession.findMany({
    where: { engagementId, status: { in: [...TIME_HOLDING_STATUSES] } },
    orderBy: { position: "asc" },
    select: sessionSelect,
  });
  const part = participationOf(engagement, actorId);
  let cancelled = 0;
  for (const s of open) {
    const decision = decideCancel(s);
    if (!decision.ok) continue;
    const agreed =
      s.status === "scheduled"
        ? { startsAt: s.startsAt!, timeZone: s.timeZone ?? "UTC", mode: s.mode ?? "video", location: s.location }
        : hasLiveInvitation(s)
          ? await lastAgreedTime(tx, s.id)
          : null;
    await tx.engagementSession.update({
      where: { id: s.id },
      data: { status: "cancelled", icsSequence: decision.value.icsSequence, cancelledAt: now },
    });
    await audit(tx, {
      actorId,
      action: "session.cancel",
      targetType: "EngagementSession",
      targetId: s.id,
      data: { engagementId, from: s.status, reason: "engagement-ended", sequence: decision.value.icsSequence },
    });
    cancelled++;
    if (decision.value.sendCancel && agreed && agreed.startsAt > now) {
      const facts = sessionFacts(engagement, s, agreed, decision.value.icsSequence);
      for (const person of [engagement.profile.user, engagement.seeker]) {
        await queueEmail(
          tx,
          sessionCancelledEmail(recipient(person), {
            cancelledByName: part?.me.name ?? null,
            byRecipient: person.id === actorId,
            facts,
            stamp: now,
          }),
        );
      }
    }
  }
  return cancelled;
}
