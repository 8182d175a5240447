import "server-only";
import type { Db } from "../../db/client";
import { can, type Actor } from "../../domain/roles";
import { cancelProblem } from "../../domain/supervision-groups";
import { supervisionCancelledEmail } from "../../email/supervision-emails";
import { queueEmail } from "../../email/outbox";
import { appUrl } from "../app-url";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { recipient, recipientSelect } from "../recipients";
import { lockSupervisionSession } from "./lock-supervision-session";

/** A programme admin cancels a group supervision session before it starts; each coach holding a seat is e-mailed the cancellation. */
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
    const cancelled = await tx.supervisionSession.update({
      where: { id: session.id },
      data: { status: "cancelled", icsSequence: { increment: 1 } },
      select: {
        startsAt: true,
        durationMinutes: true,
        timeZone: true,
        icsSequence: true,
        supervisor: { select: { name: true, email: true } },
        registrations: {
          where: { cancelledAt: null },
          select: { coachProfile: { select: { user: { select: recipientSelect } } } },
        },
      },
    });
    for (const r of cancelled.registrations)
      await queueEmail(
        tx,
        supervisionCancelledEmail(recipient(r.coachProfile.user), {
          sessionId: session.id,
          sequence: cancelled.icsSequence,
          startsAt: cancelled.startsAt,
          durationMinutes: cancelled.durationMinutes,
          timeZone: cancelled.timeZone,
          supervisor: cancelled.supervisor,
          url: appUrl("/coach/supervision"),
          stamp: now,
        }),
      );
    await audit(tx, {
      actorId: actor.id,
      action: "supervision.session.cancel",
      targetType: "SupervisionSession",
      targetId: session.id,
    });
  }, TX_OPTIONS);
  void kickOutbox();
}
