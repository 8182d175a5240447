import "server-only";
import type { Db } from "../../db/client";
import { isMatchedProgrammeType, matchingRules, profileKindFor } from "../../domain/matching-rules";
import { can } from "../../domain/roles";
import { coachRequestWithdrawnEmail } from "../../email/request-emails";
import { queueEmail } from "../../email/outbox";
import { audit } from "../audit";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import type { Actor } from "./request-coach";
import { engagementsUrl, loadRequest, lockUser, recipient, TX_OPTIONS } from "./routing";

/** A client (mentee, colleague) withdraws their own open request; choices not answered are skipped, the asked coach is told. */
export async function withdrawCoachRequest(
  prisma: Db,
  actor: Actor,
  input: { requestId: string },
  now: Date = new Date(),
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await lockUser(tx, actor.id);
    const request = await loadRequest(tx, input.requestId);
    if (!request || request.clientId !== actor.id) throw new DomainError("notFound");
    const type = request.programme.type;
    if (!isMatchedProgrammeType(type) || !can(actor.roles, matchingRules(profileKindFor(type)).requestPermission))
      throw new DomainError("forbidden");
    if (request.status !== "open") throw new DomainError("requestNotOpen");
    await tx.coachRequest.update({ where: { id: request.id }, data: { status: "withdrawn", closedAt: now } });
    await tx.coachRequestChoice.updateMany({
      where: { requestId: request.id, status: { in: ["waiting", "pending"] } },
      data: { status: "skipped" },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "request.withdraw",
      targetType: "CoachRequest",
      targetId: request.id,
    });
    for (const c of request.choices.filter((c) => c.status === "pending")) {
      await queueEmail(
        tx,
        coachRequestWithdrawnEmail(recipient(c.coachProfile.user), {
          clientName: request.client.name,
          url: engagementsUrl(),
        }),
      );
    }
  }, TX_OPTIONS);
  void kickOutbox();
}
