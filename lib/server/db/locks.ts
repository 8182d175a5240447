import "server-only";
// Row locks (SELECT … FOR UPDATE), taken inside a transaction and held until it commits, so that a
// check made under the lock still holds when the change is written. Transactions that take several
// take them in one order, so that two never wait for each other: the matching profile first, then
// the seeker's User row (the seeker's requests and engagements change one at a time), then the
// engagement. A cohort's row serialises its seats; a mission's row, its steps.
import type { ProfileStatus } from "../../domain/coach-lifecycle";
import type { ProfileKind } from "../../domain/matching-rules";
import type { Tx } from "./transaction";

export type LockedProfile = {
  id: string;
  userId: string;
  kind: ProfileKind;
  programmeId: string | null;
  status: ProfileStatus;
  availability: "open" | "paused";
  capacity: number;
};

/**
 * Locks a matching profile: by id, or a person's profile of one kind (a coach's by default); returns
 * what the status and capacity checks need, or null when there is none.
 */
export async function lockProfile(
  tx: Tx,
  where: { id: string } | { userId: string; kind?: ProfileKind },
): Promise<LockedProfile | null> {
  const rows =
    "id" in where
      ? await tx.$queryRaw<LockedProfile[]>`
          select "id", "userId", "kind"::text as "kind", "programmeId", "status"::text as "status", "availability"::text as "availability", "capacity"
          from "MatchingProfile" where "id" = ${where.id} for update`
      : await tx.$queryRaw<LockedProfile[]>`
          select "id", "userId", "kind"::text as "kind", "programmeId", "status"::text as "status", "availability"::text as "availability", "capacity"
          from "MatchingProfile" where "userId" = ${where.userId} and "kind" = ${where.kind ?? "coach"}::"ProfileKind" for update`;
  return rows[0] ?? null;
}

/** Locks a person's User row: every change to their requests and engagements goes through it. */
export async function lockUser(tx: Tx, userId: string): Promise<void> {
  await tx.$queryRaw`select "id" from "User" where "id" = ${userId} for update`;
}

/** Locks an engagement's row (after its profile): two answers given at once about it are decided one after the other. */
export async function lockEngagement(tx: Tx, engagementId: string): Promise<void> {
  await tx.$queryRaw`select "id" from "Engagement" where "id" = ${engagementId} for update`;
}

/**
 * Locks a cohort's row. Every verb that counts or takes seats calls this first, so two joins can
 * never both see the last seat free. Returns false when the cohort does not exist.
 */
export async function lockCohort(tx: Tx, cohortId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`select "id" from "Cohort" where "id" = ${cohortId} for update`;
  return rows.length === 1;
}

/** Locks a mission's row: every change to a mission goes through it. */
export async function lockMission(tx: Tx, missionId: string): Promise<void> {
  await tx.$queryRaw`select "id" from "Mission" where "id" = ${missionId} for update`;
}
