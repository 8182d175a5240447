import "server-only";
import type { Db } from "../../db/client";
import { cleanFileName } from "../../domain/credential-file";
import { MAX_RESOURCE_FILE_BYTES } from "../../domain/resources";
import { can, type Actor } from "../../domain/roles";
import { logError } from "../../log";
import type { UploadResourceFileInput } from "../../validation/resources";
import { audit } from "../audit";
import { readCheckedUpload } from "../coaches/read-upload";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { fileStorage, newStorageKey, type FileStorage } from "../storage/file-storage";
import { lockResource } from "./save-resource";

/**
 * A programme admin uploads a resource's file (PDF, PNG or JPEG, at most 10 MB, recognised by its
 * content), kept under a key the server makes. It replaces the resource's link or earlier file.
 */
export async function uploadResourceFile(
  prisma: Db,
  actor: Actor,
  input: UploadResourceFileInput,
  storage: FileStorage = fileStorage(),
): Promise<void> {
  if (!can(actor.roles, "manage:resources:any")) throw new DomainError("forbidden");
  const upload = await readCheckedUpload(input.file, {
    maxBytes: MAX_RESOURCE_FILE_BYTES,
    kinds: ["pdf", "png", "jpeg"],
  });
  const exists = await prisma.resource.findUnique({ where: { id: input.resourceId }, select: { id: true } });
  if (!exists) throw new DomainError("notFound");
  // The file first, then the row; the file goes again if the transaction fails.
  const storageKey = newStorageKey("resources");
  await storage.put(storageKey, upload.body(), upload.size);
  let previous: string | null = null;
  try {
    await prisma.$transaction(async (tx) => {
      const found = await lockResource(tx, input.resourceId);
      if (!found) throw new DomainError("notFound");
      previous = found.storageKey;
      const fileName = cleanFileName(input.file.name, upload.kind);
      await tx.resource.update({
        where: { id: found.id },
        data: { storageKey, fileName, contentType: upload.contentType, fileSize: upload.size, url: null },
      });
      await audit(tx, {
        actorId: actor.id,
        action: "resource.upload",
        targetType: "Resource",
        targetId: found.id,
        data: { fileName, contentType: upload.contentType, size: upload.size },
      });
    }, TX_OPTIONS);
  } catch (error) {
    await storage.remove(storageKey).catch((failure) => logError("storage.remove", failure, { storageKey }));
    throw error;
  }
  const replaced = previous as string | null;
  if (replaced) await storage.remove(replaced).catch((failure) => logError("storage.remove", failure, { replaced }));
}
