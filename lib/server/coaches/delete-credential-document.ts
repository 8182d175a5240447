import "server-only";
import type { Db } from "../../db/client";
import { credentialsEditable } from "../../domain/coach-lifecycle";
import type { Actor } from "../../domain/roles";
import { logError } from "../../log";
import type { DeleteDocumentInput } from "../../validation/coach-profile";
import { audit } from "../audit";
import { DomainError } from "../errors";
import { fileStorage, type FileStorage } from "../storage/file-storage";
import { withOwnProfile } from "./own-profile";

/** Deletes one of the caller's own credential documents, while the credentials are editable. */
export async function deleteCredentialDocument(
  prisma: Db,
  actor: Actor,
  input: DeleteDocumentInput,
  storage: FileStorage = fileStorage(),
): Promise<void> {
  const storageKey = await withOwnProfile(prisma, actor, async (tx, profile) => {
    // Scoped to the caller's profile: another coach's document is "not found".
    // A renewal's document stays with the renewal HR reviews (never deleted from here).
    const doc = await tx.credentialDocument.findFirst({
      where: { id: input.documentId, coachProfileId: profile.id, renewal: null },
      select: { id: true, storageKey: true, fileName: true },
    });
    if (!doc) throw new DomainError("notFound");
    if (!credentialsEditable(profile.status)) throw new DomainError("credentialsLocked");
    // A development certificate deleted here leaves its entry without a certificate.
    await tx.developmentActivity.updateMany({ where: { documentId: doc.id }, data: { documentId: null } });
    await tx.credentialDocument.delete({ where: { id: doc.id } });
    await audit(tx, {
      actorId: actor.id,
      action: "coach.deleteDocument",
      targetType: "MatchingProfile",
      targetId: profile.id,
      data: { documentId: doc.id, fileName: doc.fileName },
    });
    return doc.storageKey;
  });
  // The bytes go once the row is gone for good.
  await storage.remove(storageKey).catch((error) => logError("storage.remove", error, { storageKey }));
}
