import "server-only";
import type { Db } from "../../db/client";
import { CAPACITY_MAX, CAPACITY_MIN } from "../../domain/coach-profile";
import type { CoachCapacityInput } from "../../validation/coach-profile";
import { audit } from "../audit";
import { DomainError } from "../errors";
import { withOwnProfile, type CoachActor } from "./own-profile";

/** How many clients at once (1 to 3) and whether the coach takes new clients now. */
export async function saveCoachCapacity(prisma: Db, actor: CoachActor, input: CoachCapacityInput): Promise<void> {
  const { capacity, availability } = input;
  if (!Number.isInteger(capacity) || capacity < CAPACITY_MIN || capacity > CAPACITY_MAX) throw new DomainError("capacityRange");
  if (availability !== "open" && availability !== "paused") throw new DomainError("invalidInput");
  await withOwnProfile(prisma, actor, async (tx, profile) => {
    await tx.coachProfile.update({ where: { id: profile.id }, data: { capacity, availability } });
    await audit(tx, { actorId: actor.id, action: "coach.saveCapacity", targetType: "CoachProfile", targetId: profile.id, data: { capacity, availability } });
  });
}
