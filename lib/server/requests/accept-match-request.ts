import "server-only";
import type { Db } from "../../db/client";
import { hasFreePlace, statusesAfterAccept } from "../../domain/match-request";
import { effectiveCapacity, matchingRules } from "../../domain/matching-rules";
import type { Actor } from "../../domain/roles";
import { queueEmail } from "../../email/outbox";
import { clientAcceptedEmail } from "../../email/request-emails";
import { engagementsUrl } from "../app-url";
import { audit } from "../audit";
import { lockUser } from "../db/locks";
import { TX_OPTIONS } from "../db/transaction";
import { countActiveEngagements } from "../engagements/count-active-engagements";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { recipient } from "../recipients";
import { createSessionPlan } from "../sessions/create-session-plan";
import { loadRequest, lockOwnChoiceProfile } from "./routing";

/**
 * A coach (mentor, networking colleague) accepts a request addressed to them. One transaction: the
 * profile row, then the asker's User row are locked (always in that order); then, under the locks,
 * the choice must still be pending and theirs, the profile must have a free place and — where the
 * programme allows one pairing at a time — the asker no active engagement in the programme.
 * Concurrent accepts therefore never overfill a profile nor give a client two coaches.
 */
export async function acceptMatchRequest(
  prisma: Db,
  actor: Actor,
  input: { choiceId: string },
  now: Date = new Date(),
): Promise<{ engagementId: string }> {
  const engagementId = await prisma.$transaction(async (tx) => {
    const { profile, seekerId } = await lockOwnChoiceProfile(tx, actor, input.choiceId);
    await lockUser(tx, seekerId);

    // Re-read under the locks.
    const choice = await tx.matchRequestChoice.findUniqueOrThrow({
      where: { id: input.choiceId },
      select: { id: true, status: true, requestId: true },
    });
    const request = (await loadRequest(tx, choice.requestId))!;
    if (choice.status !== "pending" || request.status !== "open") throw new DomainError("requestNoLongerPending");
    if (profile.status !== "approved") throw new DomainError("coachNotApproved");
    const capacity = effectiveCapacity(profile.capacity, request.programme.profileCapacityLimit);
    if (!hasFreePlace({ capacity }, await countActiveEngagements(tx, profile.id)))
      throw new DomainError("coachFullAccept");
    const rules = matchingRules(profile.kind);
    const engaged = await tx.engagement.count({
      where: {
        seekerId: request.seekerId,
        programmeId: request.programmeId,
        status: "active",
        ...(rules.onePairingAtATime ? {} : { profileId: profile.id }),
      },
    });
    if (engaged > 0) throw new DomainError("clientAlreadyEngaged");

    const next = statusesAfterAccept(
      request.choices.map((c) => ({ id: c.id, status: c.status })),
      choice.id,
    );
    for (const c of request.choices) {
      const status = next.get(c.id)!;
      if (status !== c.status) {
        await tx.matchRequestChoice.update({
          where: { id: c.id },
          data: { status, answeredAt: status === "accepted" ? now : c.answeredAt },
        });
      }
    }
    await tx.matchRequest.update({ where: { id: request.id }, data: { status: "accepted", closedAt: now } });
    const engagement = await tx.engagement.create({
      data: {
        programmeId: request.programmeId,
        cohortId: request.cohortId,
        profileId: profile.id,
        seekerId: request.seekerId,
        requestId: request.id,
        startedAt: now,
      },
      select: { id: true },
    });
    await createSessionPlan(tx, engagement.id, actor.id);
    await audit(tx, {
      actorId: actor.id,
      action: "request.accept",
      targetType: "MatchRequest",
      targetId: request.id,
      data: { choiceId: choice.id, engagementId: engagement.id },
    });
    const coach = request.choices.find((c) => c.id === choice.id)!.profile.user;
    await queueEmail(
      tx,
      clientAcceptedEmail(recipient(request.seeker), { coachName: coach.name, url: engagementsUrl() }),
    );
    return engagement.id;
  }, TX_OPTIONS);
  void kickOutbox();
  return { engagementId };
}
