import "server-only";
import type { Db } from "../../db/client";
import type { Actor } from "../../domain/roles";
import type { CoachCoachingInput } from "../../validation/coach-profile";
import { audit } from "../audit";
import { DomainError } from "../errors";
import { withOwnProfile } from "./own-profile";

/** "Your coaching": languages coached in, expertise areas (one at least), bio and approach in English and/or French. */
export async function saveCoachCoaching(prisma: Db, actor: Actor, input: CoachCoachingInput): Promise<void> {
  const expertiseAreas = [...new Set(input.expertiseAreas)];
  const coachingLanguages = [...new Set(input.coachingLanguages)];
  const [bioEn, bioFr, approachEn, approachFr] = [input.bioEn, input.bioFr, input.approachEn, input.approachFr].map(
    (s) => s.trim() || null,
  );
  if (expertiseAreas.length === 0) throw new DomainError("expertiseRequired");
  if (!bioEn && !bioFr) throw new DomainError("bioRequired");
  await withOwnProfile(prisma, actor, async (tx, profile) => {
    const known = await tx.language.count({ where: { code: { in: coachingLanguages } } });
    if (known !== coachingLanguages.length) throw new DomainError("invalidInput");
    await tx.matchingProfile.update({
      where: { id: profile.id },
      data: { coachingLanguages, expertiseAreas, bioEn, bioFr, approachEn, approachFr },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "coach.saveCoaching",
      targetType: "MatchingProfile",
      targetId: profile.id,
    });
  });
}
