import "server-only";
import { Readable } from "node:stream";
import { ZipArchive } from "archiver";
import type { Db } from "../../db/client";
import { archiveEntryName, exportFileName } from "../../domain/personal-data";
import type { Actor } from "../../domain/roles";
import { logError } from "../../log";
import type { FileStorage } from "../../storage/file-storage";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { collectPersonalData } from "./collect-personal-data";

export type PersonalDataArchive = {
  fileName: string;
  /** The zip archive, produced while it is read: data.json first, then each file from storage. */
  stream: ReadableStream<Uint8Array>;
};

type StoredFile = { name: string; key: string };

/**
 * Everything Binôme holds about the signed-in person, as one zip archive: `data.json` (see
 * collect-personal-data.ts for what it holds and what it never holds) and their own files (credential
 * documents, profile photos), streamed from the file storage one after the other. Only the person
 * themself can export: the verb takes no person id, it exports the actor. The export is audited
 * ("person.export", with the counts only) in the transaction that reads the data, so the JSON is
 * one consistent picture.
 */
export async function exportPersonalData(
  prisma: Db,
  actor: Actor,
  storage: FileStorage,
  now = new Date(),
): Promise<PersonalDataArchive> {
  const { data, files } = await prisma.$transaction(async (tx) => {
    const data = await collectPersonalData(tx, actor.id, now);
    const photos = await tx.matchingProfile.findMany({
      where: { userId: actor.id, photoKey: { not: null } },
      select: { id: true, photoKey: true },
    });
    const documents = await tx.credentialDocument.findMany({
      where: { coachProfile: { userId: actor.id } },
      orderBy: { uploadedAt: "asc" },
      select: { id: true, fileName: true, storageKey: true },
    });
    const files: StoredFile[] = [
      ...documents.map((d) => ({ name: archiveEntryName("credentials", d.id, d.fileName), key: d.storageKey })),
      ...photos.map((p) => ({ name: archiveEntryName("photo", p.id, "photo"), key: p.photoKey! })),
    ];
    await audit(tx, {
      actorId: actor.id,
      action: "person.export",
      targetType: "User",
      targetId: actor.id,
      data: { files: files.length },
    });
    return { data, files };
  }, TX_OPTIONS);
  return { fileName: exportFileName(now), stream: zipOf(JSON.stringify(data, null, 2), files, storage) };
}

/**
 * The archive as a web stream. Files are opened one at a time, when the previous one is written,
 * so that a person with many documents never holds many storage connections at once. A file gone
 * from storage is listed in `missing-files.txt` rather than failing the whole download.
 */
function zipOf(json: string, files: StoredFile[], storage: FileStorage): ReadableStream<Uint8Array> {
  const archive = new ZipArchive({ zlib: { level: 6 } });
  const entryWritten = () => new Promise<void>((resolve) => archive.once("entry", () => resolve()));
  void (async () => {
    archive.append(json, { name: "data.json" });
    await entryWritten();
    const missing: string[] = [];
    for (const file of files) {
      const opened = await storage.open(file.key);
      if (!opened) {
        missing.push(file.name);
        continue;
      }
      archive.append(Readable.fromWeb(opened.stream as never), { name: file.name });
      await entryWritten();
    }
    if (missing.length > 0) archive.append(missing.join("\n") + "\n", { name: "missing-files.txt" });
    await archive.finalize();
  })().catch((error: unknown) => {
    logError("privacy.export.failed", error);
    archive.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return Readable.toWeb(archive) as ReadableStream<Uint8Array>;
}
