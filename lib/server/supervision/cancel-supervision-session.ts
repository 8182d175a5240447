import "server-only";
import type { Db } from "../../db/client";
import { can, type Actor } from "../../domain/roles";
import { cancelProblem } from "../../domain/supervision-groups";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { lockSupervisionSession } from "./lock-supervision-session";

/** A programme admin cancels a group supervision session before it starts; its seats are freed with it. */
export async function cancelSupervisionSession(
  prisma: Db,
  actor: Actor,
  input: { sessionId: string },
  now: Date = new Date(),
): Promise<void> {
  if (!can(actor.roles, "manage:supervision:any")) throw new DomainError("forbidden");
  await prisma.$transaction(async (tx) => {
    const session = await lockSupervisionSession(tx, input.sessionId);
    if (!session) throw new DomainError("notFound");
    const problem = cancelProblem(session, now);
    if (problem) throw new DomainError(problem);
    await tx.supervisionSession.update({
      where: { id: session.id },
      data: { status: "cancelled", icsSequence: { increment: 1 } },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "supervision.session.cancel",
      targetType: "SupervisionSession",
      targetId: session.id,
    });
  }, TX_OPTIONS);
}
