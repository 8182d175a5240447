import "server-only";
import type { Db } from "../../db/client";
import type { Actor } from "../../domain/roles";
import { registrationProblem } from "../../domain/supervision-groups";
import { supervisionRegisteredEmail } from "../../email/supervision-emails";
import { queueEmail } from "../../email/outbox";
import { appUrl } from "../app-url";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { recipient, recipientSelect } from "../recipients";
import { lockSupervisionSession } from "./lock-supervision-session";
import { ownCoachProfile } from "./own-coach-profile";

/**
 * A coach takes a seat at a group supervision session. The session's row is locked first, so when
 * more coaches than seats register at once, exactly `seats` of them get one and the others are told
 * the session is full. The coach is e-mailed the invitation (.ics).
 */
export async function registerSupervisionSession(
  prisma: Db,
  actor: Actor,
  input: { sessionId: string },
  now: Date = new Date(),
): Promise<void> {
  const profile = await ownCoachProfile(prisma, actor);
  await prisma.$transaction(async (tx) => {
    const session = await lockSupervisionSession(tx, input.sessionId);
    if (!session) throw new DomainError("notFound");
    const existing = await tx.supervisionRegistration.findUnique({
      where: { sessionId_coachProfileId: { sessionId: session.id, coachProfileId: profile.id } },
      select: { id: true, cancelledAt: true },
    });
    if (existing && !existing.cancelledAt) return; // already holds a seat: nothing to do
    const taken = await tx.supervisionRegistration.count({ where: { sessionId: session.id, cancelledAt: null } });
    const problem = registrationProblem({ ...session, taken, ledByCoach: session.supervisorUserId === actor.id }, now);
    if (problem) throw new DomainError(problem);
    const registration = existing
      ? await tx.supervisionRegistration.update({
          where: { id: existing.id },
          data: { cancelledAt: null, registeredAt: now },
          select: { id: true },
        })
      : await tx.supervisionRegistration.create({
          data: { sessionId: session.id, coachProfileId: profile.id, registeredAt: now },
          select: { id: true },
        });
    await audit(tx, {
      actorId: actor.id,
      action: "supervision.session.register",
      targetType: "SupervisionRegistration",
      targetId: registration.id,
      data: { sessionId: session.id },
    });
    const full = await tx.supervisionSession.findUniqueOrThrow({
      where: { id: session.id },
      select: {
        startsAt: true,
        durationMinutes: true,
        timeZone: true,
        meetingLink: true,
        icsSequence: true,
        supervisor: { select: { name: true, email: true } },
      },
    });
    const coach = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: recipientSelect });
    await queueEmail(
      tx,
      supervisionRegisteredEmail(recipient(coach), {
        sessionId: session.id,
        sequence: full.icsSequence,
        startsAt: full.startsAt,
        durationMinutes: full.durationMinutes,
        timeZone: full.timeZone,
        meetingLink: full.meetingLink,
        supervisor: full.supervisor,
        url: appUrl("/coach/supervision"),
        stamp: now,
      }),
    );
  }, TX_OPTIONS);
  void kickOutbox();
}
