import "server-only";
import type { Db } from "../../db/client";
import { canMove } from "../../domain/enrolment";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { markWithdrawn, offerNextSeats } from "./offer-next-seat";
import { lockOwnEnrolment, type Enrollee } from "./own-enrolment";

/** The caller turns down a seat offered to them: they leave the list and the seat goes to the next person. */
export async function declineSeatOffer(
  prisma: Db,
  actor: Enrollee,
  input: { cohortId: string },
  now = new Date(),
): Promise<void> {
  const offered = await prisma.$transaction(
    async (tx) => {
      const { enrolment } = await lockOwnEnrolment(tx, actor, input.cohortId);
      if (enrolment.status !== "offered" || !canMove(enrolment.status, "withdrawn"))
        throw new DomainError("enrolmentTransitionNotAllowed");
      await markWithdrawn(tx, enrolment, now, actor.id, "enrolment.decline-offer");
      return offerNextSeats(tx, input.cohortId, now, actor.id);
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
  if (offered.length > 0) void kickOutbox();
}
