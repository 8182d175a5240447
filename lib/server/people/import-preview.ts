import "server-only";
import type { Db } from "../../db/client";
import { checkImport, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "../../domain/people-import";
import { detectImportKind, ImportFileError, readImportFile } from "../../domain/people-import-file";
import { can, type Actor } from "../../domain/roles";
import type { Prisma } from "../../generated/prisma/client";
import { logError } from "../../log";
import { DomainError } from "../errors";
import { fileStorage, newStorageKey, type FileStorage } from "../storage/file-storage";
import { loadImportReference } from "./import-reference";
import { ImportRefusal } from "./import-refusal";

/** An uploaded file, as a form sends it. */
export type ImportUpload = Blob & { name: string };

const MAX_FILE_NAME = 200;

/**
 * Reads an HR file and compares it with the database, writing nothing of it: the file is kept
 * (file storage) and a PeopleImport row records the counts and every row's error, for the admin
 * to look at and confirm. The admin's earlier previews that were never confirmed are discarded.
 */
export async function previewPeopleImport(
  prisma: Db,
  actor: Actor,
  input: { file: ImportUpload | null },
  storage: FileStorage = fileStorage(),
): Promise<{ id: string }> {
  if (!can(actor.roles, "manage:roles:any")) throw new DomainError("forbidden");
  const file = input.file;
  if (!file || (file.size === 0 && !file.name)) throw new ImportRefusal("fileRequired");
  if (file.size === 0) throw new ImportRefusal("fileEmpty");
  if (file.size > MAX_IMPORT_BYTES) throw new ImportRefusal("fileTooLarge");
  const kind = detectImportKind(new Uint8Array(await file.slice(0, 8).arrayBuffer()));
  if (!kind) throw new ImportRefusal("fileType");

  let plan;
  try {
    const rows = await readImportFile(file.stream(), kind, MAX_IMPORT_ROWS);
    plan = checkImport(rows, await loadImportReference(prisma), { actorId: actor.id });
  } catch (error) {
    if (error instanceof ImportFileError) throw new ImportRefusal(error.problem);
    throw error;
  }

  const storageKey = newStorageKey("imports");
  await storage.put(storageKey, file.stream(), file.size);
  try {
    const { created, discarded } = await prisma.$transaction(async (tx) => {
      const earlier = await tx.peopleImport.findMany({
        where: { createdById: actor.id, status: "previewed" },
        select: { id: true, storageKey: true },
      });
      await tx.peopleImport.updateMany({
        where: { id: { in: earlier.map((e) => e.id) }, status: "previewed" },
        data: { status: "discarded" },
      });
      const created = await tx.peopleImport.create({
        data: {
          createdById: actor.id,
          fileName: file.name.slice(0, MAX_FILE_NAME) || "people",
          storageKey,
          totalRows: plan.counts.totalRows,
          newCount: plan.counts.newCount,
          changedCount: plan.counts.changedCount,
          unchangedCount: plan.counts.unchangedCount,
          missingCount: plan.counts.missingCount,
          errorCount: plan.counts.errorCount,
          errors: plan.errors as unknown as Prisma.InputJsonValue,
        },
        select: { id: true },
      });
      return { created, discarded: earlier };
    });
    for (const old of discarded)
      await storage.remove(old.storageKey).catch((e) => logError("storage.remove", e, { key: old.storageKey }));
    return created;
  } catch (error) {
    await storage.remove(storageKey).catch((e) => logError("storage.remove", e, { key: storageKey }));
    throw error;
  }
}
