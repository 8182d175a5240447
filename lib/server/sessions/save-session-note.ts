import "server-only";
import type { Db } from "../../db/client";
import type { Actor } from "../../domain/roles";
import { MAX_NOTE } from "../../domain/session-schedule";
import { audit } from "../audit";
import { DomainError } from "../errors";
import { loadSessionForParticipant } from "./participation";

/**
 * A participant's private notes on a session: written and read by them alone (the other person,
 * the programme team and HR never see them; the audit row records that notes changed, not what
 * they say). An empty text deletes the note.
 */
export async function saveSessionNote(
  prisma: Db,
  actor: Actor,
  input: { sessionId: string; body: string },
): Promise<{ engagementId: string }> {
  const body = input.body.trim();
  if (body.length > MAX_NOTE) throw new DomainError("textTooLong");
  return prisma.$transaction(async (tx) => {
    const { session } = await loadSessionForParticipant(tx, actor, input.sessionId);
    const where = { sessionId_authorId: { sessionId: session.id, authorId: actor.id } };
    if (body)
      await tx.sessionNote.upsert({
        where,
        create: { sessionId: session.id, authorId: actor.id, body },
        update: { body },
      });
    else await tx.sessionNote.deleteMany({ where: { sessionId: session.id, authorId: actor.id } });
    await audit(tx, {
      actorId: actor.id,
      action: body ? "session.note.save" : "session.note.delete",
      targetType: "EngagementSession",
      targetId: session.id,
    });
    return { engagementId: session.engagementId };
  });
}
