import "server-only";
import type { Db } from "../../db/client";
import { canMove, offerLapsed } from "../../domain/enrolment";
import { audit } from "../audit";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { markWithdrawn, offerNextSeats } from "./offer-next-seat";
import { lockOwnEnrolment, type Enrollee } from "./own-enrolment";

/**
 * The caller takes the seat offered to them, before its deadline: enrolled. After the deadline
 * the offer lapses there and then (the seat goes to the next person) and the caller is told.
 */
export async function acceptSeatOffer(
  prisma: Db,
  actor: Enrollee,
  input: { cohortId: string },
  now = new Date(),
): Promise<void> {
  const outcome = await prisma.$transaction(
    async (tx) => {
      const { enrolment } = await lockOwnEnrolment(tx, actor, input.cohortId);
      if (enrolment.status !== "offered" || !canMove(enrolment.status, "enrolled"))
        throw new DomainError("enrolmentTransitionNotAllowed");
      if (offerLapsed(enrolment.offerExpiresAt, now)) {
        // Committed (not rolled back by a throw): the lapse is recorded and the seat moves on.
        await markWithdrawn(tx, enrolment, now, null, "enrolment.offer-lapsed");
        await offerNextSeats(tx, input.cohortId, now, null);
        return "lapsed" as const;
      }
      await tx.cohortEnrolment.update({ where: { id: enrolment.id }, data: { status: "enrolled" } });
      await audit(tx, {
        actorId: actor.id,
        action: "enrolment.accept-offer",
        targetType: "CohortEnrolment",
        targetId: enrolment.id,
        data: { cohortId: input.cohortId },
      });
      return "enrolled" as const;
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
  if (outcome === "lapsed") {
    void kickOutbox();
    throw new DomainError("seatOfferExpired");
  }
}
