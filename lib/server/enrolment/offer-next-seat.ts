import "server-only";
// Internal to the enrolment verbs (each holds the cohort's row lock, lockCohort): the seats held,
// and the offer of freed seats to the waiting list (oldest first).
import { offerExpiry, SEAT_HOLDING_STATUSES } from "../../domain/enrolment";
import { seatOfferedEmail } from "../../email/enrolment-emails";
import { queueEmail } from "../../email/outbox";
import type { Prisma } from "../../generated/prisma/client";
import { appUrl } from "../app-url";
import { audit } from "../audit";
import type { Tx } from "../db/transaction";

/** Seats held in a cohort now (enrolled + offered). Call with the cohort locked. */
export async function countHeldSeats(tx: Tx, cohortId: string): Promise<number> {
  return tx.cohortEnrolment.count({ where: { cohortId, status: { in: [...SEAT_HOLDING_STATUSES] } } });
}

/** The waiting list's order: who joined first, then the row id to break exact ties. */
export const WAITLIST_ORDER = [
  { enrolledAt: "asc" },
  { id: "asc" },
] as const satisfies Prisma.CohortEnrolmentOrderByWithRelationInput[];

/**
 * Offers every free seat of a locked cohort to the next waitlisted people: status offered,
 * offeredAt now, a deadline seatOfferDays later, an audit row and an e-mail (in the person's
 * language) with the link to take it. Only while the cohort is open or running.
 * Returns the ids of the enrolments offered.
 */
export async function offerNextSeats(tx: Tx, cohortId: string, now: Date, actorId: string | null): Promise<string[]> {
  const cohort = await tx.cohort.findUniqueOrThrow({
    where: { id: cohortId },
    select: {
      seats: true,
      status: true,
      nameEn: true,
      nameFr: true,
      programme: { select: { slug: true, nameEn: true, nameFr: true, seatOfferDays: true } },
    },
  });
  if (cohort.status !== "open" && cohort.status !== "running") return [];
  const free = cohort.seats - (await countHeldSeats(tx, cohortId));
  if (free <= 0) return [];
  const next = await tx.cohortEnrolment.findMany({
    where: { cohortId, status: "waitlisted" },
    orderBy: [...WAITLIST_ORDER],
    take: free,
    select: { id: true, user: { select: { email: true, name: true, preferredLanguage: true, timeZone: true } } },
  });
  const expiresAt = offerExpiry(now, cohort.programme.seatOfferDays);
  for (const e of next) {
    await tx.cohortEnrolment.update({
      where: { id: e.id },
      data: { status: "offered", offeredAt: now, offerExpiresAt: expiresAt },
    });
    await audit(tx, {
      actorId,
      action: "enrolment.offer",
      targetType: "CohortEnrolment",
      targetId: e.id,
      data: { cohortId, offerExpiresAt: expiresAt.toISOString() },
    });
    await queueEmail(
      tx,
      seatOfferedEmail(
        { to: e.user.email, name: e.user.name, locale: e.user.preferredLanguage, timeZone: e.user.timeZone },
        { programme: cohort.programme, cohort, expiresAt, url: appUrl(`/programmes/${cohort.programme.slug}`) },
      ),
    );
  }
  return next.map((e) => e.id);
}

/** A waitlisted person's place in the line (1 = next to be offered a seat). */
export async function waitlistPosition(
  tx: Tx | Pick<Tx, "cohortEnrolment">,
  e: { id: string; cohortId: string; enrolledAt: Date },
): Promise<number> {
  const ahead = await tx.cohortEnrolment.count({
    where: {
      cohortId: e.cohortId,
      status: "waitlisted",
      OR: [{ enrolledAt: { lt: e.enrolledAt } }, { enrolledAt: e.enrolledAt, id: { lt: e.id } }],
    },
  });
  return ahead + 1;
}

/**
 * Ends a person's place (status withdrawn, withdrawnAt now) with its audit row. The caller holds
 * the cohort lock and has checked the move; it then offers the freed seat with offerNextSeats.
 */
export async function markWithdrawn(
  tx: Tx,
  enrolment: { id: string; cohortId: string; status: string },
  now: Date,
  actorId: string | null,
  action: "enrolment.withdraw" | "enrolment.decline-offer" | "enrolment.offer-lapsed",
): Promise<void> {
  await tx.cohortEnrolment.update({
    where: { id: enrolment.id },
    data: { status: "withdrawn", withdrawnAt: now },
  });
  await audit(tx, {
    actorId,
    action,
    targetType: "CohortEnrolment",
    targetId: enrolment.id,
    data: { cohortId: enrolment.cohortId, from: enrolment.status },
  });
}
