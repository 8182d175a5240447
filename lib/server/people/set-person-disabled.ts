import "server-only";
import type { Db } from "../../db/client";
import { can, type Role } from "../../domain/roles";
import { audit } from "../audit";
import { DomainError } from "../errors";

/**
 * Disabling a person blocks sign-in and ends all their sessions, and nothing else: it is undone by
 * enabling them (a suspended account, a long leave). Someone who left the organisation is recorded
 * with recordPersonDeparture instead. Enabling lets them sign in again and clears a departure too,
 * but what the departure ended (engagements, missions, places) stays ended.
 */
export async function setPersonDisabled(
  prisma: Db,
  actor: { id: string; roles: Role[] },
  input: { userId: string; disabled: boolean },
) {
  if (!can(actor.roles, "manage:roles:any")) throw new DomainError("forbidden");
  if (input.userId === actor.id) throw new DomainError("selfLockout");
  await prisma.$transaction(async (tx) => {
    const person = await tx.user.findUnique({
      where: { id: input.userId },
      select: { disabledAt: true, leftAt: true },
    });
    if (!person) throw new DomainError("notFound");
    if (Boolean(person.disabledAt) === input.disabled) return;
    await tx.user.update({
      where: { id: input.userId },
      data: input.disabled ? { disabledAt: new Date() } : { disabledAt: null, leftAt: null },
    });
    const sessions = input.disabled ? await tx.session.deleteMany({ where: { userId: input.userId } }) : { count: 0 };
    await audit(tx, {
      actorId: actor.id,
      action: input.disabled ? "person.disable" : "person.enable",
      targetType: "User",
      targetId: input.userId,
      data: { sessionsEnded: sessions.count, ...(person.leftAt && !input.disabled ? { wasLeft: true } : {}) },
    });
  });
}
