import "server-only";
import type { Db } from "../../db/client";
import { UNANSWERED_CHOICE_STATUSES } from "../../domain/match-request";
import { isMatchedProgrammeType, matchingRules, profileKindFor } from "../../domain/matching-rules";
import { can, type Actor } from "../../domain/roles";
import { queueEmail } from "../../email/outbox";
import { matchRequestWithdrawnEmail } from "../../email/request-emails";
import { engagementsUrl } from "../app-url";
import { audit } from "../audit";
import { lockUser } from "../db/locks";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { recipient } from "../recipients";
import { loadRequest } from "./routing";

/** A seeker (client, mentee, colleague) withdraws their own open request; choices not answered are skipped, the asked person is told. */
export async function withdrawMatchRequest(
  prisma: Db,
  actor: Actor,
  input: { requestId: string },
  now: Date = new Date(),
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await lockUser(tx, actor.id);
    const request = await loadRequest(tx, input.requestId);
    if (!request || request.seekerId !== actor.id) throw new DomainError("notFound");
    const type = request.programme.type;
    if (!isMatchedProgrammeType(type) || !can(actor.roles, matchingRules(profileKindFor(type)).requestPermission))
      throw new DomainError("forbidden");
    if (request.status !== "open") throw new DomainError("requestNotOpen");
    await tx.matchRequest.update({ where: { id: request.id }, data: { status: "withdrawn", closedAt: now } });
    await tx.matchRequestChoice.updateMany({
      where: { requestId: request.id, status: { in: [...UNANSWERED_CHOICE_STATUSES] } },
      data: { status: "skipped" },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "request.withdraw",
      targetType: "MatchRequest",
      targetId: request.id,
    });
    for (const c of request.choices.filter((c) => c.status === "pending")) {
      await queueEmail(
        tx,
        matchRequestWithdrawnEmail(recipient(c.profile.user), {
          clientName: request.seeker.name,
          url: engagementsUrl(),
        }),
      );
    }
  }, TX_OPTIONS);
  void kickOutbox();
}
