import "server-only";
import { icsFileName, sessionIcs } from "../../calendar/session-ics";
import type { InvitationMethod } from "../../calendar/session-invitation";
import type { Db } from "../../db/client";
import type { Actor } from "../../domain/roles";
import type { Locale } from "../../i18n/config";
import { DomainError } from "../errors";
import { lastAgreedTime, loadSessionForParticipant, sessionFacts } from "./participation";

/**
 * A session's calendar file, for one of its two people, in their language: for an agreed session,
 * the invitation (METHOD:REQUEST) — the same event (UID, SEQUENCE, time zone) as the one e-mailed
 * when the time was agreed; for a cancelled session whose time had been agreed, its cancellation
 * (METHOD:CANCEL, same UID, its latest SEQUENCE), so that a calendar that imports it drops the
 * event. A session never agreed has nothing in anyone's calendar: "not scheduled".
 */
export async function loadSessionIcs(
  prisma: Db,
  actor: Actor,
  input: { engagementId: string; sessionId: string; locale: Locale },
): Promise<{ filename: string; content: string; method: InvitationMethod }> {
  const { session, engagement } = await loadSessionForParticipant(prisma, actor, input.sessionId);
  if (session.engagementId !== input.engagementId) throw new DomainError("sessionNotFound");
  if (session.status === "cancelled") {
    const agreed = await lastAgreedTime(prisma, session.id);
    if (!agreed) throw new DomainError("sessionNotScheduled");
    const facts = sessionFacts(engagement, session, agreed);
    return {
      filename: icsFileName(session.position, "CANCEL"),
      content: sessionIcs(input.locale, facts, "CANCEL"),
      method: "CANCEL",
    };
  }
  if (session.status !== "scheduled" || !session.startsAt) throw new DomainError("sessionNotScheduled");
  const facts = sessionFacts(engagement, session, {
    startsAt: session.startsAt,
    timeZone: session.timeZone ?? "UTC",
    mode: session.mode ?? "video",
    location: session.location,
  });
  return {
    filename: icsFileName(session.position, "REQUEST"),
    content: sessionIcs(input.locale, facts, "REQUEST"),
    method: "REQUEST",
  };
}
