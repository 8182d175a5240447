import "server-only";
import type { Db } from "../../db/client";
import { dayOf, developmentMinutes } from "../../domain/credential-expiry";
import { cleanFileName, MAX_CREDENTIAL_BYTES } from "../../domain/credential-file";
import type { Actor } from "../../domain/roles";
import { logError } from "../../log";
import type { DevelopmentActivityInput } from "../../validation/credential-renewal";
import { audit } from "../audit";
import { assertCoach, withOwnProfile } from "../coaches/own-profile";
import { readCheckedUpload } from "../coaches/read-upload";
import { FieldDomainError } from "../errors";
import { fileStorage, newStorageKey, type FileStorage } from "../storage/file-storage";

/**
 * A coach logs continuing development on their own profile (seed 004): its day, hours and title,
 * with an optional certificate kept like a credential document (seen by the coach and HR only).
 * Always on the caller's own profile, found by their user id; no one logs hours for someone else.
 */
export async function logDevelopmentActivity(
  prisma: Db,
  actor: Actor,
  input: DevelopmentActivityInput,
  now: Date = new Date(),
  storage: FileStorage = fileStorage(),
): Promise<{ id: string }> {
  assertCoach(actor);
  if (input.date.getTime() > dayOf(now).getTime()) throw new FieldDomainError("developmentDateInFuture", "date");
  const minutes = developmentMinutes(input.hours);
  if (minutes === null) throw new FieldDomainError("developmentHoursInvalid", "hours");
  const hasFile = input.file && input.file.size > 0;
  const upload = hasFile
    ? await readCheckedUpload(input.file!, { maxBytes: MAX_CREDENTIAL_BYTES, kinds: ["pdf", "png", "jpeg"] })
    : null;

  const storageKey = upload ? newStorageKey("credentials") : null;
  if (upload && storageKey) await storage.put(storageKey, upload.body(), upload.size);
  try {
    return await withOwnProfile(prisma, actor, async (tx, profile) => {
      const doc =
        upload && storageKey
          ? await tx.credentialDocument.create({
              data: {
                coachProfileId: profile.id,
                storageKey,
                fileName: cleanFileName(input.file!.name, upload.kind),
                contentType: upload.contentType,
                size: upload.size,
              },
              select: { id: true, fileName: true },
            })
          : null;
      const activity = await tx.developmentActivity.create({
        data: { coachProfileId: profile.id, date: input.date, minutes, title: input.title, documentId: doc?.id },
        select: { id: true },
      });
      await audit(tx, {
        actorId: actor.id,
        action: "development.log",
        targetType: "MatchingProfile",
        targetId: profile.id,
        data: {
          activityId: activity.id,
          date: input.date.toISOString().slice(0, 10),
          minutes,
          title: input.title,
          documentId: doc?.id ?? null,
        },
      });
      return { id: activity.id };
    });
  } catch (error) {
    if (storageKey)
      await storage.remove(storageKey).catch((failure) => logError("storage.remove", failure, { storageKey }));
    throw error;
  }
}
