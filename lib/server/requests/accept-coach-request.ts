import "server-only";
import type { Db } from "../../db/client";
import { hasFreePlace, statusesAfterAccept, type ChoiceStatus } from "../../domain/coach-request";
import { can } from "../../domain/roles";
import { clientAcceptedEmail } from "../../email/request-emails";
import { queueEmail } from "../../email/outbox";
import { audit } from "../audit";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { createSessionPlan } from "../sessions/create-session-plan";
import type { Actor } from "./request-coach";
import { activeEngagements, engagementsUrl, loadRequest, lockCoachProfile, lockUser, recipient, TX_OPTIONS } from "./routing";

/**
 * A coach accepts a request addressed to them. One transaction: the coach's profile row, then
 * the client's User row are locked (always in that order); then, under the locks, the choice
 * must still be pending and theirs, the coach must have a free place and the client no active
 * engagement in the programme. Concurrent accepts therefore never overfill a coach nor give a
 * client two coaches.
 */
export async function acceptCoachRequest(prisma: Db, actor: Actor, input: { choiceId: string }, now: Date = new Date()): Promise<{ engagementId: string }> {
  if (!can(actor.roles, "manage:coach-profile:own")) throw new DomainError("forbidden");
  const engagementId = await prisma.$transaction(async (tx) => {
    const profile = await lockCoachProfile(tx, { userId: actor.id });
    if (!profile) throw new DomainError("forbidden");
    const target = await tx.coachRequestChoice.findUnique({ where: { id: input.choiceId }, select: { coachProfileId: true, request: { select: { clientId: true } } } });
    if (!target) throw new DomainError("notFound");
    if (target.coachProfileId !== profile.id) throw new DomainError("forbidden");
    await lockUser(tx, target.request.clientId);

    // Re-read under the locks.
    const choice = await tx.coachRequestChoice.findUniqueOrThrow({ where: { id: input.choiceId }, select: { id: true, status: true, requestId: true } });
    const request = (await loadRequest(tx, choice.requestId))!;
    if (choice.status !== "pending" || request.status !== "open") throw new DomainError("requestNoLongerPending");
    if (profile.status !== "approved") throw new DomainError("coachNotApproved");
    if (!hasFreePlace(profile, await activeEngagements(tx, profile.id))) throw new DomainError("coachFullAccept");
    const engaged = await tx.engagement.count({ where: { clientId: request.clientId, programmeId: request.programmeId, status: "active" } });
    if (engaged > 0) throw new DomainError("clientAlreadyEngaged");

    const next = statusesAfterAccept(
      request.choices.map((c) => ({ id: c.id, status: c.status as ChoiceStatus })),
      choice.id,
    );
    for (const c of request.choices) {
      const status = next.get(c.id)!;
      if (status !== c.status) {
        await tx.coachRequestChoice.update({ where: { id: c.id }, data: { status, answeredAt: status === "accepted" ? now : c.answeredAt } });
      }
    }
    await tx.coachRequest.update({ where: { id: request.id }, data: { status: "accepted", closedAt: now } });
    const engagement = await tx.engagement.create({
      data: { programmeId: request.programmeId, cohortId: request.cohortId, coachProfileId: profile.id, clientId: request.clientId, requestId: request.id, startedAt: now },
      select: { id: true },
    });
    await createSessionPlan(tx, engagement.id, actor.id);
    await audit(tx, { actorId: actor.id, action: "request.accept", targetType: "CoachRequest", targetId: request.id, data: { choiceId: choice.id, engagementId: engagement.id } });
    const coach = request.choices.find((c) => c.id === choice.id)!.coachProfile.user;
    await queueEmail(tx, clientAcceptedEmail(recipient(request.client), { coachName: coach.name, url: engagementsUrl() }));
    return engagement.id;
  }, TX_OPTIONS);
  void kickOutbox();
  return { engagementId };
}
