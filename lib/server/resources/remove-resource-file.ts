import "server-only";
import type { Db } from "../../db/client";
import { can, type Actor } from "../../domain/roles";
import { logError } from "../../log";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { fileStorage, type FileStorage } from "../storage/file-storage";
import { lockResource } from "./save-resource";

/**
 * A programme admin removes a resource's uploaded file, so that it can take a link instead (a
 * resource opens a link or a file, never both). Until it has one again it is a draft that
 * participants do not see. The stored file goes once the row no longer names it; a resource
 * without a file is left as it is.
 */
export async function removeResourceFile(
  prisma: Db,
  actor: Actor,
  input: { resourceId: string },
  storage: FileStorage = fileStorage(),
): Promise<void> {
  if (!can(actor.roles, "manage:resources:any")) throw new DomainError("forbidden");
  const removed = await prisma.$transaction(async (tx) => {
    const found = await lockResource(tx, input.resourceId);
    if (!found) throw new DomainError("notFound");
    if (!found.storageKey) return null;
    const before = await tx.resource.findUniqueOrThrow({ where: { id: found.id }, select: { fileName: true } });
    await tx.resource.update({
      where: { id: found.id },
      data: { storageKey: null, fileName: null, contentType: null, fileSize: null },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "resource.remove-file",
      targetType: "Resource",
      targetId: found.id,
      data: { fileName: before.fileName },
    });
    return found.storageKey;
  }, TX_OPTIONS);
  if (removed) await storage.remove(removed).catch((failure) => logError("storage.remove", failure, { removed }));
}
