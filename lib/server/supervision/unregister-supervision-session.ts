import "server-only";
import type { Db } from "../../db/client";
import type { Actor } from "../../domain/roles";
import { unregisterProblem } from "../../domain/supervision-groups";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { lockSupervisionSession } from "./lock-supervision-session";
import { ownCoachProfile } from "./own-coach-profile";

/** A coach gives up their seat before the session starts; it is free for another coach. */
export async function unregisterSupervisionSession(
  prisma: Db,
  actor: Actor,
  input: { sessionId: string },
  now: Date = new Date(),
): Promise<void> {
  const profile = await ownCoachProfile(prisma, actor);
  await prisma.$transaction(async (tx) => {
    const session = await lockSupervisionSession(tx, input.sessionId);
    if (!session) throw new DomainError("notFound");
    const problem = unregisterProblem(session, now);
    if (problem) throw new DomainError(problem);
    const registration = await tx.supervisionRegistration.findUnique({
      where: { sessionId_coachProfileId: { sessionId: session.id, coachProfileId: profile.id } },
      select: { id: true, cancelledAt: true },
    });
    if (!registration || registration.cancelledAt) throw new DomainError("notFound");
    await tx.supervisionRegistration.update({ where: { id: registration.id }, data: { cancelledAt: now } });
    await audit(tx, {
      actorId: actor.id,
      action: "supervision.session.unregister",
      targetType: "SupervisionRegistration",
      targetId: registration.id,
      data: { sessionId: session.id },
    });
  }, TX_OPTIONS);
}
