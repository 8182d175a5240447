import "server-only";
// Internal to the enrolment verbs: the caller's own place in a (locked) cohort, in the role
// the cohort's programme enrols.
import { enrolmentRoleFor } from "../../domain/enrolment";
import { can, type Actor } from "../../domain/roles";
import type { Prisma } from "../../generated/prisma/client";
import { DomainError } from "../errors";
import { lockCohort } from "../db/locks";

export type Enrollee = Actor;

/** Locks the cohort, then finds the caller's enrolment in it (not-found if none). */
export async function lockOwnEnrolment(tx: Prisma.TransactionClient, actor: Enrollee, cohortId: string) {
  if (!can(actor.roles, "enrol:cohort:self")) throw new DomainError("forbidden");
  if (!(await lockCohort(tx, cohortId))) throw new DomainError("notFound");
  const cohort = await tx.cohort.findUniqueOrThrow({
    where: { id: cohortId },
    select: { status: true, programme: { select: { type: true } } },
  });
  const role = enrolmentRoleFor(cohort.programme.type);
  if (!role) throw new DomainError("notFound");
  const enrolment = await tx.cohortEnrolment.findUnique({
    where: { cohortId_userId_role: { cohortId, userId: actor.id, role } },
    select: { id: true, cohortId: true, status: true, offerExpiresAt: true },
  });
  if (!enrolment) throw new DomainError("notFound");
  return { cohort, enrolment };
}
