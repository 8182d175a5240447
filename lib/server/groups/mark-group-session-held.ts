import "server-only";
import type { Db } from "../../db/client";
import { markHeldRefusal, statusAfterHeld } from "../../domain/group-coaching";
import { can, type Actor } from "../../domain/roles";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { groupPart } from "./group-access";
import { lockGroup } from "./lock-group";

/**
 * The coach marks a session held once its time has begun; members may then evaluate it. When every
 * session of the plan is held, the group is completed (and frees the coach's place).
 */
export async function markGroupSessionHeld(
  prisma: Db,
  actor: Actor,
  input: { groupId: string; sessionId: string },
  now: Date = new Date(),
): Promise<{ groupStatus: string }> {
  if (!can(actor.roles, "manage:coach-profile:own")) throw new DomainError("forbidden");
  return prisma.$transaction(async (tx) => {
    const { part } = await groupPart(tx, actor, input.groupId);
    if (part !== "coach") throw new DomainError("notFound");
    const group = (await lockGroup(tx, input.groupId))!;
    const session = await tx.coachingGroupSession.findFirst({
      where: { id: input.sessionId, groupId: group.id },
      select: { id: true, status: true, startsAt: true },
    });
    if (!session) throw new DomainError("notFound");
    const refusal = markHeldRefusal(group.status, session, now);
    if (refusal) throw new DomainError(refusal);
    await tx.coachingGroupSession.update({ where: { id: session.id }, data: { status: "held", heldAt: now } });
    const sessions = await tx.coachingGroupSession.findMany({ where: { groupId: group.id }, select: { status: true } });
    const groupStatus = statusAfterHeld(sessions);
    if (groupStatus !== group.status)
      await tx.coachingGroup.update({ where: { id: group.id }, data: { status: groupStatus } });
    await audit(tx, {
      actorId: actor.id,
      action: "group.session.held",
      targetType: "CoachingGroupSession",
      targetId: session.id,
      data: { groupId: group.id, groupStatus },
    });
    return { groupStatus };
  }, TX_OPTIONS);
}
