import "server-only";
import type { Db } from "../../db/client";
import { MAX_REASON } from "../../domain/match-request";
import type { Actor } from "../../domain/roles";
import { audit } from "../audit";
import { lockUser } from "../db/locks";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { lockOwnChoiceProfile, moveOn } from "./routing";

/** A coach (mentor, networking colleague) declines a request addressed to them (reason optional); the client's next choice is asked. */
export async function declineMatchRequest(
  prisma: Db,
  actor: Actor,
  input: { choiceId: string; reason?: string | null },
  now: Date = new Date(),
): Promise<void> {
  const reason = (input.reason ?? "").trim() || null;
  if (reason && reason.length > MAX_REASON) throw new DomainError("textTooLong");
  await prisma.$transaction(async (tx) => {
    const { seekerId } = await lockOwnChoiceProfile(tx, actor, input.choiceId);
    await lockUser(tx, seekerId);
    const choice = await tx.matchRequestChoice.findUniqueOrThrow({
      where: { id: input.choiceId },
      select: {
        id: true,
        status: true,
        requestId: true,
        request: { select: { status: true } },
        profile: { select: { user: { select: { name: true } } } },
      },
    });
    if (choice.status !== "pending" || choice.request.status !== "open")
      throw new DomainError("requestNoLongerPending");
    await tx.matchRequestChoice.update({
      where: { id: choice.id },
      data: { status: "declined", answeredAt: now, declineReason: reason },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "request.decline",
      targetType: "MatchRequestChoice",
      targetId: choice.id,
      data: { requestId: choice.requestId, reason },
    });
    await moveOn(tx, choice.requestId, now, { coachName: choice.profile.user.name, why: "declined", reason });
  }, TX_OPTIONS);
  void kickOutbox();
}
