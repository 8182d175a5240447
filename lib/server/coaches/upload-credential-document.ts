import "server-only";
import type { Db } from "../../db/client";
import { credentialsEditable } from "../../domain/coach-lifecycle";
import { cleanFileName, MAX_CREDENTIAL_BYTES } from "../../domain/credential-file";
import type { Actor } from "../../domain/roles";
import { logError } from "../../log";
import type { UploadFileInput } from "../../validation/coach-profile";
import { audit } from "../audit";
import { DomainError } from "../errors";
import { fileStorage, newStorageKey, type FileStorage } from "../storage/file-storage";
import { assertCoach, withOwnProfile } from "./own-profile";
import { readCheckedUpload } from "./read-upload";

export const MAX_CREDENTIAL_DOCUMENTS = 10;

/** Adds a credential document (PDF, PNG or JPEG, at most 10 MB) to the caller's own registration. */
export async function uploadCredentialDocument(
  prisma: Db,
  actor: Actor,
  input: UploadFileInput,
  storage: FileStorage = fileStorage(),
): Promise<{ id: string }> {
  assertCoach(actor);
  const upload = await readCheckedUpload(input.file, {
    maxBytes: MAX_CREDENTIAL_BYTES,
    kinds: ["pdf", "png", "jpeg"],
  });
  // Refuse early, before storing anything, when the credentials are with HR (re-checked below).
  const current = await prisma.matchingProfile.findUnique({
    where: { userId_kind: { userId: actor.id, kind: "coach" } },
    select: { status: true },
  });
  if (current && !credentialsEditable(current.status)) throw new DomainError("credentialsLocked");

  // The file first, then the row in a transaction; the file goes again if the transaction fails.
  const storageKey = newStorageKey("credentials");
  await storage.put(storageKey, upload.body(), upload.size);
  try {
    return await withOwnProfile(prisma, actor, async (tx, profile) => {
      if (!credentialsEditable(profile.status)) throw new DomainError("credentialsLocked");
      const count = await tx.credentialDocument.count({ where: { coachProfileId: profile.id } });
      if (count >= MAX_CREDENTIAL_DOCUMENTS) throw new DomainError("tooManyDocuments");
      const doc = await tx.credentialDocument.create({
        data: {
          coachProfileId: profile.id,
          storageKey,
          fileName: cleanFileName(input.file.name, upload.kind),
          contentType: upload.contentType,
          size: upload.size,
        },
        select: { id: true, fileName: true },
      });
      await audit(tx, {
        actorId: actor.id,
        action: "coach.uploadDocument",
        targetType: "MatchingProfile",
        targetId: profile.id,
        data: { documentId: doc.id, fileName: doc.fileName, contentType: upload.contentType, size: upload.size },
      });
      return { id: doc.id };
    });
  } catch (error) {
    // Nothing is kept of a refused upload.
    await storage.remove(storageKey).catch((failure) => logError("storage.remove", failure, { storageKey }));
    throw error;
  }
}
