import "server-only";
import type { Db } from "../../db/client";
import type { Actor } from "../../domain/roles";
import { isTimeZone, type CoachAboutInput } from "../../validation/coach-profile";
import { audit } from "../audit";
import { DomainError } from "../errors";
import { withOwnProfile } from "./own-profile";

/** "About you": the coach's own name, place, time zone, gender, languages and networks. */
export async function saveCoachAbout(prisma: Db, actor: Actor, input: CoachAboutInput): Promise<void> {
  await withOwnProfile(prisma, actor, async (tx, profile) => {
    const name = input.name.trim();
    if (!name) throw new DomainError("nameRequired");
    if (!isTimeZone(input.timeZone)) throw new DomainError("timeZoneInvalid");
    const languages = [...new Set(input.languages)];
    const networkIds = [...new Set(input.networkIds)];
    const entity = input.entityId ? await tx.entity.count({ where: { id: input.entityId } }) : 1;
    const station = input.dutyStationId ? await tx.dutyStation.count({ where: { id: input.dutyStationId } }) : 1;
    const knownLanguages = await tx.language.count({ where: { code: { in: languages } } });
    const knownNetworks = await tx.professionalNetwork.count({ where: { id: { in: networkIds } } });
    if (!entity || !station || knownLanguages !== languages.length || knownNetworks !== networkIds.length)
      throw new DomainError("invalidInput");
    await tx.user.update({
      where: { id: actor.id },
      data: {
        name,
        entityId: input.entityId || null,
        dutyStationId: input.dutyStationId || null,
        timeZone: input.timeZone,
        gender: input.gender || null,
        languages,
        networks: { set: networkIds.map((id) => ({ id })) },
      },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "coach.saveAbout",
      targetType: "MatchingProfile",
      targetId: profile.id,
    });
  });
}
