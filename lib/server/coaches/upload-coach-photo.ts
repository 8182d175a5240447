import "server-only";
import type { Db } from "../../db/client";
import { logError } from "../../log";
import { MAX_PHOTO_BYTES } from "../../domain/credential-file";
import type { Actor } from "../../domain/roles";
import type { UploadFileInput } from "../../validation/coach-profile";
import { audit } from "../audit";
import { fileStorage, newStorageKey, type FileStorage } from "../storage/file-storage";
import { assertCoach, withOwnProfile } from "./own-profile";
import { readCheckedUpload } from "./read-upload";

/** Sets the caller's profile photo (PNG or JPEG, at most 2 MB), replacing the previous one. */
export async function uploadCoachPhoto(
  prisma: Db,
  actor: Actor,
  input: UploadFileInput,
  storage: FileStorage = fileStorage(),
): Promise<void> {
  assertCoach(actor);
  const upload = await readCheckedUpload(input.file, {
    maxBytes: MAX_PHOTO_BYTES,
    kinds: ["png", "jpeg"],
    codes: { fileTooLarge: "photoTooLarge", fileType: "photoType" },
  });
  // The file first, then the row in a transaction; the file goes again if the transaction fails.
  const photoKey = newStorageKey("photos");
  await storage.put(photoKey, upload.body(), upload.size);
  let previous: string | null;
  try {
    previous = await withOwnProfile(prisma, actor, async (tx, profile) => {
      const { photoKey: old } = await tx.matchingProfile.findUniqueOrThrow({
        where: { id: profile.id },
        select: { photoKey: true },
      });
      await tx.matchingProfile.update({ where: { id: profile.id }, data: { photoKey } });
      await audit(tx, {
        actorId: actor.id,
        action: "coach.uploadPhoto",
        targetType: "MatchingProfile",
        targetId: profile.id,
        data: { contentType: upload.contentType, size: upload.size },
      });
      return old;
    });
  } catch (error) {
    await storage.remove(photoKey).catch((failure) => logError("storage.remove", failure, { storageKey: photoKey }));
    throw error;
  }
  if (previous)
    await storage.remove(previous).catch((error) => logError("storage.remove", error, { storageKey: previous }));
}
