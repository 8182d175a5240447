import "server-only";
import type { Db } from "../../db/client";
import type { ProfileStatus } from "../../domain/coach-lifecycle";
import type { ProfileForSubmission } from "../../domain/coach-profile";
import { can, type Actor } from "../../domain/roles";
import type { Prisma } from "../../generated/prisma/client";
import { audit } from "../audit";
import { lockProfile } from "../db/locks";
import type { Tx } from "../db/transaction";
import { DomainError } from "../errors";

// Shared by the coach's own verbs: who may call them, and the one profile they may touch
// (always the caller's own, found by their user id — never an id sent by the browser).

export function assertCoach(actor: Actor): void {
  if (!can(actor.roles, "manage:coach-profile:own")) throw new DomainError("forbidden");
}

/**
 * The caller's profile inside a transaction, created in draft when missing, and locked
 * (FOR UPDATE) so that a status check made here holds until the transaction commits.
 */
export async function lockOwnProfile(tx: Tx, actor: Actor): Promise<{ id: string; status: ProfileStatus }> {
  const created = await createDraftIfMissing(tx, actor);
  const profile = await lockProfile(tx, { userId: actor.id, kind: "coach" });
  if (!profile) throw new DomainError("notFound");
  if (created)
    await audit(tx, { actorId: actor.id, action: "coach.create", targetType: "MatchingProfile", targetId: profile.id });
  return { id: profile.id, status: profile.status };
}

/** Creates the caller's draft profile unless one exists (safe when two requests race). */
export async function createDraftIfMissing(tx: Tx, actor: Actor): Promise<boolean> {
  const { count } = await tx.matchingProfile.createMany({ data: [{ userId: actor.id }], skipDuplicates: true });
  return count === 1;
}

/** Runs `work` in one transaction on the caller's locked profile. */
export async function withOwnProfile<T>(
  prisma: Db,
  actor: Actor,
  work: (tx: Tx, profile: { id: string; status: ProfileStatus }) => Promise<T>,
): Promise<T> {
  assertCoach(actor);
  return prisma.$transaction(async (tx) => work(tx, await lockOwnProfile(tx, actor)));
}

/** What the submission checklist reads, selected from a coach profile. */
export const submissionSelect = {
  coachingLanguages: true,
  expertiseAreas: true,
  bioEn: true,
  bioFr: true,
  credentialKind: true,
  trainingHours: true,
  observedPractice: true,
  capacity: true,
  commitmentsVersion: true,
  commitmentsAcceptedAt: true,
  user: { select: { name: true, entityId: true, dutyStationId: true, timeZone: true, languages: true } },
  _count: { select: { documents: true } },
} satisfies Prisma.MatchingProfileSelect;

type SubmissionRow = Prisma.MatchingProfileGetPayload<{ select: typeof submissionSelect }>;

export function submissionFacts(row: SubmissionRow): ProfileForSubmission {
  const { user, _count, ...profile } = row;
  return { ...profile, ...user, documentCount: _count.documents };
}
