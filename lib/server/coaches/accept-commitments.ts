import "server-only";
import type { Db } from "../../db/client";
import { COMMITMENTS_VERSION } from "../../domain/commitments";
import type { Actor } from "../../domain/roles";
import type { AcceptCommitmentsInput } from "../../validation/coach-profile";
import { audit } from "../audit";
import { DomainError } from "../errors";
import { withOwnProfile } from "./own-profile";

/** Records the coach's explicit acceptance of the confidentiality commitment and ethics charter (current version). */
export async function acceptCommitments(prisma: Db, actor: Actor, input: AcceptCommitmentsInput): Promise<void> {
  if (input.accept !== true) throw new DomainError("commitmentsRequired");
  await withOwnProfile(prisma, actor, async (tx, profile) => {
    const at = new Date();
    await tx.matchingProfile.update({
      where: { id: profile.id },
      data: { commitmentsAcceptedAt: at, commitmentsVersion: COMMITMENTS_VERSION },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "coach.acceptCommitments",
      targetType: "MatchingProfile",
      targetId: profile.id,
      data: { version: COMMITMENTS_VERSION, at: at.toISOString() },
    });
  });
}
