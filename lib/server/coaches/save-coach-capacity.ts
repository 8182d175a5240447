import "server-only";
import type { Db } from "../../db/client";
import { CAPACITY_MAX, CAPACITY_MIN } from "../../domain/coach-profile";
import type { Actor } from "../../domain/roles";
import type { CoachCapacityInput } from "../../validation/coach-profile";
import { audit } from "../audit";
import { DomainError } from "../errors";
import { setProfileAvailability } from "../requests/set-profile-availability";
import { withOwnProfile } from "./own-profile";

/**
 * How many clients at once (1 to 3) and whether the coach takes new clients now. Capacity never
 * drops below the clients the coach already works with; pausing goes through the same verb as
 * the pause on /engagements, so requests waiting for this coach move on to the clients' next choice.
 */
export async function saveCoachCapacity(prisma: Db, actor: Actor, input: CoachCapacityInput): Promise<void> {
  const { capacity, availability } = input;
  if (!Number.isInteger(capacity) || capacity < CAPACITY_MIN || capacity > CAPACITY_MAX)
    throw new DomainError("capacityRange");
  if (availability !== "open" && availability !== "paused") throw new DomainError("invalidInput");
  await withOwnProfile(prisma, actor, async (tx, profile) => {
    const active = await tx.engagement.count({ where: { profileId: profile.id, status: "active" } });
    if (capacity < active) throw new DomainError("capacityBelowActive");
    await tx.matchingProfile.update({ where: { id: profile.id }, data: { capacity } });
    await audit(tx, {
      actorId: actor.id,
      action: "coach.saveCapacity",
      targetType: "MatchingProfile",
      targetId: profile.id,
      data: { capacity },
    });
  });
  await setProfileAvailability(prisma, actor, { availability });
}
