import "server-only";
import type { Db } from "../../db/client";
import { clientEligibility } from "../../domain/eligibility";
import { canJoin, enrolmentRoleFor, enrolmentWindow, joinOutcome, placeInLine } from "../../domain/enrolment";
import { can } from "../../domain/roles";
import { supervisorInformedEmail } from "../../email/enrolment-emails";
import { queueEmail } from "../../email/outbox";
import { audit } from "../audit";
import { lockCohort } from "../db/locks";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { countHeldSeats, waitlistPosition } from "./offer-next-seat";
import type { Enrollee } from "./own-enrolment";

export type JoinInput = { cohortId: string; commitment: boolean; supervisorEmail?: string | null };
export type JoinResult = { status: "enrolled" | "waitlisted"; position: number | null };

/** Error keys for why a person may not join (catalogue "errors"). */
const WINDOW_ERRORS = {
  cohortNotOpen: "enrolmentCohortNotOpen",
  enrolmentNotYetOpen: "enrolmentNotYetOpen",
  enrolmentClosed: "enrolmentClosed",
} as const;
const ELIGIBILITY_ERRORS = {
  "appointment-not-eligible": "enrolmentNotEligible",
  "appointment-unknown": "enrolmentAppointmentUnknown",
} as const;

/**
 * The caller joins a cohort as a client (coaching) or mentee (mentoring), committing to the
 * whole process. With the cohort row locked, held seats are counted: a seat while one is left,
 * otherwise the waiting list. An optional courtesy e-mail goes to their supervisor.
 */
export async function joinCohort(prisma: Db, actor: Enrollee, input: JoinInput, now = new Date()): Promise<JoinResult> {
  if (!can(actor.roles, "enrol:cohort:self")) throw new DomainError("forbidden");
  if (input.commitment !== true) throw new DomainError("enrolmentCommitmentRequired");
  const supervisorEmail = input.supervisorEmail?.trim() || null;

  const result = await prisma.$transaction(
    async (tx) => {
      // The lock first: every join of this cohort waits here for the one before it to commit.
      if (!(await lockCohort(tx, input.cohortId))) throw new DomainError("notFound");
      const cohort = await tx.cohort.findUniqueOrThrow({
        where: { id: input.cohortId },
        select: {
          id: true,
          seats: true,
          status: true,
          enrolmentOpensOn: true,
          enrolmentClosesOn: true,
          nameEn: true,
          nameFr: true,
          programme: { select: { type: true, nameEn: true, nameFr: true, eligibleAppointmentTypes: true } },
        },
      });
      const role = enrolmentRoleFor(cohort.programme.type);
      if (!role) throw new DomainError("programmeNotEnrollable");
      if (!actor.roles.includes(role))
        throw new DomainError(role === "client" ? "enrolmentClientRoleMissing" : "enrolmentMenteeRoleMissing");
      const person = await tx.user.findUniqueOrThrow({
        where: { id: actor.id },
        select: { name: true, email: true, appointmentType: true, preferredLanguage: true },
      });
      const eligibility = clientEligibility(person.appointmentType, cohort.programme.eligibleAppointmentTypes);
      if (!eligibility.eligible) throw new DomainError(ELIGIBILITY_ERRORS[eligibility.reason]);
      const window = enrolmentWindow(cohort, now);
      if (!window.open) throw new DomainError(WINDOW_ERRORS[window.reason]);

      const key = { cohortId: cohort.id, userId: actor.id, role };
      const existing = await tx.cohortEnrolment.findUnique({
        where: { cohortId_userId_role: key },
        select: { status: true },
      });
      if (existing && !canJoin(existing.status)) throw new DomainError("alreadyEnrolled");

      const status = joinOutcome(cohort.seats, await countHeldSeats(tx, cohort.id));
      // Joining again after withdrawing starts afresh: a new place at the end of the line.
      const latest = await tx.cohortEnrolment.findFirst({
        where: { cohortId: cohort.id },
        orderBy: { enrolledAt: "desc" },
        select: { enrolledAt: true },
      });
      const enrolledAt = placeInLine(now, latest?.enrolledAt ?? null);
      const fresh = {
        status,
        enrolledAt,
        commitmentAcceptedAt: now,
        offeredAt: null,
        offerExpiresAt: null,
        withdrawnAt: null,
      };
      const enrolment = await tx.cohortEnrolment.upsert({
        where: { cohortId_userId_role: key },
        create: { ...key, ...fresh },
        update: fresh,
        select: { id: true, cohortId: true, enrolledAt: true },
      });
      await audit(tx, {
        actorId: actor.id,
        action: existing ? "enrolment.rejoin" : "enrolment.join",
        targetType: "CohortEnrolment",
        targetId: enrolment.id,
        data: { cohortId: cohort.id, role, status, supervisorInformed: Boolean(supervisorEmail) },
      });
      if (supervisorEmail) {
        await queueEmail(
          tx,
          supervisorInformedEmail(
            { to: supervisorEmail, locale: person.preferredLanguage },
            {
              person,
              programme: cohort.programme,
              cohort,
              waitlisted: status === "waitlisted",
              coaching: role === "client",
            },
          ),
        );
      }
      return { status, position: status === "waitlisted" ? await waitlistPosition(tx, enrolment) : null };
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
  if (supervisorEmail) void kickOutbox();
  return result;
}
