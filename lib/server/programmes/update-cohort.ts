import "server-only";
import type { Db } from "../../db/client";
import { canMoveCohort, seatsBelowHeld } from "../../domain/programme-settings";
import { can, type Actor } from "../../domain/roles";
import type { CohortInput } from "../../validation/programmes";
import { audit } from "../audit";
import { lockCohort } from "../db/locks";
import { countHeldSeats, offerNextSeats } from "../enrolment/offer-next-seat";
import { DomainError, FieldDomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { cohortData, refuseCohortIssues } from "./cohort-fields";

/**
 * A programme admin changes a cohort's names, dates, seats or status. Under the cohort's lock
 * (the one every join takes): seats never go below the places already held; a cohort goes back
 * to draft only while nobody has a place or waits for one; the status moves as
 * lib/domain/programme-settings.ts allows. Seats freed by the change (more seats, or the cohort
 * open again) are offered at once to the waiting list, oldest first, by e-mail.
 */
export async function updateCohort(
  prisma: Db,
  actor: Actor,
  input: { cohortId: string; values: CohortInput },
  now = new Date(),
): Promise<{ offered: number }> {
  if (!can(actor.roles, "manage:programme:any")) throw new DomainError("forbidden");
  refuseCohortIssues(input.values);
  const data = cohortData(input.values);
  const offered = await prisma.$transaction(
    async (tx) => {
      if (!(await lockCohort(tx, input.cohortId))) throw new DomainError("notFound");
      const before = await tx.cohort.findUniqueOrThrow({ where: { id: input.cohortId } });
      if (!canMoveCohort(before.status, data.status)) throw new FieldDomainError("cohortStatusMove", "status");
      const held = await countHeldSeats(tx, before.id);
      if (seatsBelowHeld(data.seats, held)) throw new FieldDomainError("seatsBelowHeld", "seats");
      if (data.status === "draft" && before.status !== "draft") {
        const places = await tx.cohortEnrolment.count({ where: { cohortId: before.id, status: { not: "withdrawn" } } });
        if (places > 0) throw new FieldDomainError("cohortHasEnrolments", "status");
      }
      await tx.cohort.update({ where: { id: before.id }, data });
      const changed = Object.fromEntries(
        Object.entries(data).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k as keyof typeof before])),
      );
      await audit(tx, {
        actorId: actor.id,
        action: "cohort.update",
        targetType: "Cohort",
        targetId: before.id,
        data: JSON.parse(JSON.stringify(changed)),
      });
      return (await offerNextSeats(tx, before.id, now, actor.id)).length;
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
  if (offered > 0) void kickOutbox();
  return { offered };
}
