import "server-only";
import type { Db } from "../../db/client";
import type { ProfileStatus } from "../../domain/coach-lifecycle";
import { effectiveCapacity, matchingRules, statusOnSubmit } from "../../domain/matching-rules";
import { can, type Actor } from "../../domain/roles";
import { networkingProfileSchema, type NetworkingProfileInput } from "../../validation/networking";
import { audit } from "../audit";
import { lockProfile, lockUser } from "../db/locks";
import { TX_OPTIONS } from "../db/transaction";
import { countActiveEngagements } from "../engagements/count-active-engagements";
import { DomainError, FieldDomainError } from "../errors";
import { findMatchingProgramme } from "../requests/coaching-enrolment";
import { setProfileAvailability } from "../requests/set-profile-availability";

/**
 * A person opts in to networking conversations, or changes what they offer: the topics they are
 * happy to talk about, their languages, areas, how many conversations at once (never more than the
 * networking programme allows, never fewer than those running) and whether they are open now.
 * A new profile is listed at once unless the programme has a programme admin approve it first
 * (statusOnSubmit); an approved profile stays approved when edited. Pausing (opting out) goes
 * through setProfileAvailability, so every request waiting for their answer is declined with a note.
 */
export async function optInNetworking(
  prisma: Db,
  actor: Actor,
  raw: NetworkingProfileInput,
): Promise<{ profileId: string; status: ProfileStatus }> {
  const base = matchingRules("networking");
  if (!can(actor.roles, base.providerPermission)) throw new DomainError("forbidden");
  const parsed = networkingProfileSchema.safeParse(raw);
  if (!parsed.success) throw new DomainError("invalidInput");
  const input = parsed.data;

  const result = await prisma.$transaction(async (tx) => {
    const programme = await findMatchingProgramme(tx, actor.id, base);
    if (!programme) throw new DomainError("networkingUnavailable");
    const rules = matchingRules("networking", programme);
    if (effectiveCapacity(input.capacity, programme.profileCapacityLimit) !== input.capacity)
      throw new FieldDomainError("capacityRange", "capacity");

    // The profile row first (as every matching verb locks); before it exists, the person's row
    // serialises two first opt-ins at once.
    let existing = await lockProfile(tx, { userId: actor.id, kind: "networking" });
    if (!existing) {
      await lockUser(tx, actor.id);
      existing = await lockProfile(tx, { userId: actor.id, kind: "networking" });
    }
    const fields = {
      bioEn: input.bioEn || null,
      bioFr: input.bioFr || null,
      coachingLanguages: input.coachingLanguages,
      expertiseAreas: input.expertiseAreas,
      capacity: input.capacity,
      programmeId: programme.programmeId,
    };
    if (!existing) {
      const status = statusOnSubmit(rules);
      const created = await tx.matchingProfile.create({
        data: {
          userId: actor.id,
          kind: "networking",
          ...fields,
          status,
          availability: input.availability,
          submittedAt: new Date(),
          reviewedAt: status === "approved" ? new Date() : null,
        },
        select: { id: true },
      });
      await audit(tx, {
        actorId: actor.id,
        action: "networking.optIn",
        targetType: "MatchingProfile",
        targetId: created.id,
        data: { status, capacity: input.capacity, availability: input.availability },
      });
      return { profileId: created.id, status, created: true };
    }
    const active = await countActiveEngagements(tx, existing.id);
    if (input.capacity < active) throw new FieldDomainError("capacityBelowActive", "capacity");
    // Listed profiles stay listed; one that was never approved (or was refused) is submitted again.
    const status =
      existing.status === "approved" || existing.status === "submitted" ? existing.status : statusOnSubmit(rules);
    await tx.matchingProfile.update({
      where: { id: existing.id },
      data: { ...fields, status: status as "approved" | "submitted" },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "networking.update",
      targetType: "MatchingProfile",
      targetId: existing.id,
      data: { status, capacity: input.capacity },
    });
    return { profileId: existing.id, status, created: false };
  }, TX_OPTIONS);

  // Pausing declines the requests waiting for an answer; resuming lists the profile again.
  if (!result.created)
    await setProfileAvailability(prisma, actor, { availability: input.availability, kind: "networking" });
  return { profileId: result.profileId, status: result.status };
}
