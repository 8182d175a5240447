import "server-only";
import { icsFileName, sessionIcs } from "../../calendar/session-ics";
import type { Db } from "../../db/client";
import type { Actor } from "../../domain/roles";
import type { Locale } from "../../i18n/config";
import { DomainError } from "../errors";
import { loadSessionForParticipant, sessionFacts } from "./participation";

/**
 * The invitation of an agreed session as a file, for one of its two people, in their language: the
 * same event (UID, SEQUENCE, time zone) as the one e-mailed when the time was agreed.
 */
export async function loadSessionIcs(
  prisma: Db,
  actor: Actor,
  input: { engagementId: string; sessionId: string; locale: Locale },
): Promise<{ filename: string; content: string }> {
  const { session, engagement } = await loadSessionForParticipant(prisma, actor, input.sessionId);
  if (session.engagementId !== input.engagementId) throw new DomainError("sessionNotFound");
  if (session.status !== "scheduled" || !session.startsAt) throw new DomainError("sessionNotScheduled");
  const facts = sessionFacts(engagement, session, {
    startsAt: session.startsAt,
    timeZone: session.timeZone ?? "UTC",
    mode: session.mode ?? "video",
    location: session.location,
  });
  return { filename: icsFileName(session.position, "REQUEST"), content: sessionIcs(input.locale, facts, "REQUEST") };
}
