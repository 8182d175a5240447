import "server-only";
import type { Db } from "../../db/client";
import { credentialsEditable } from "../../domain/coach-lifecycle";
import type { Actor } from "../../domain/roles";
import { MAX_TRAINING_HOURS, type CoachCredentialsInput } from "../../validation/coach-profile";
import { audit } from "../audit";
import { DomainError } from "../errors";
import { withOwnProfile } from "./own-profile";

/**
 * Staff status and credential: an ICF certification (ACC, PCC, MCC) or ICF-accredited training,
 * with its hours and whether it included observed live coaching. Only while HR does not have it.
 */
export async function saveCoachCredentials(prisma: Db, actor: Actor, input: CoachCredentialsInput): Promise<void> {
  const training = input.credentialKind === "icf_training";
  const hours = training ? input.trainingHours : null;
  if (hours !== null && (!Number.isInteger(hours) || hours < 0 || hours > MAX_TRAINING_HOURS))
    throw new DomainError("trainingHoursInvalid");
  await withOwnProfile(prisma, actor, async (tx, profile) => {
    if (!credentialsEditable(profile.status)) throw new DomainError("credentialsLocked");
    await tx.matchingProfile.update({
      where: { id: profile.id },
      data: {
        isFormerStaff: input.staffStatus === "former",
        credentialKind: input.credentialKind,
        trainingHours: hours,
        observedPractice: training ? input.observedPractice : null,
      },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "coach.saveCredentials",
      targetType: "MatchingProfile",
      targetId: profile.id,
      data: { credentialKind: input.credentialKind, trainingHours: hours },
    });
  });
}
