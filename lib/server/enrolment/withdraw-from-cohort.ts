import "server-only";
import type { Db } from "../../db/client";
import { canMove } from "../../domain/enrolment";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { markWithdrawn, offerNextSeats } from "./offer-next-seat";
import { lockOwnEnrolment, type Enrollee } from "./own-enrolment";

/**
 * The caller leaves a cohort (enrolled) or its waiting list (waitlisted). A seat freed this way
 * is offered at once to the first person on the waiting list.
 */
export async function withdrawFromCohort(
  prisma: Db,
  actor: Enrollee,
  input: { cohortId: string },
  now = new Date(),
): Promise<void> {
  const offered = await prisma.$transaction(
    async (tx) => {
      const { cohort, enrolment } = await lockOwnEnrolment(tx, actor, input.cohortId);
      // An offer is answered with decline (decline-seat-offer.ts), not withdraw.
      if (enrolment.status === "offered" || !canMove(enrolment.status, "withdrawn"))
        throw new DomainError("enrolmentTransitionNotAllowed");
      if (cohort.status === "closed") throw new DomainError("enrolmentCohortClosed");
      await markWithdrawn(tx, enrolment, now, actor.id, "enrolment.withdraw");
      return offerNextSeats(tx, input.cohortId, now, actor.id);
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
  if (offered.length > 0) void kickOutbox();
}
