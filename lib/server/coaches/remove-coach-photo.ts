import "server-only";
import type { Db } from "../../db/client";
import type { Actor } from "../../domain/roles";
import { logError } from "../../log";
import { audit } from "../audit";
import { fileStorage, type FileStorage } from "../storage/file-storage";
import { withOwnProfile } from "./own-profile";

/** Removes the caller's profile photo, if any. */
export async function removeCoachPhoto(prisma: Db, actor: Actor, storage: FileStorage = fileStorage()): Promise<void> {
  const previous = await withOwnProfile(prisma, actor, async (tx, profile) => {
    const { photoKey } = await tx.matchingProfile.findUniqueOrThrow({
      where: { id: profile.id },
      select: { photoKey: true },
    });
    if (!photoKey) return null;
    await tx.matchingProfile.update({ where: { id: profile.id }, data: { photoKey: null } });
    await audit(tx, {
      actorId: actor.id,
      action: "coach.removePhoto",
      targetType: "MatchingProfile",
      targetId: profile.id,
    });
    return photoKey;
  });
  if (previous)
    await storage.remove(previous).catch((error) => logError("storage.remove", error, { storageKey: previous }));
}
