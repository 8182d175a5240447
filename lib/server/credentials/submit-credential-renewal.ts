import "server-only";
import type { Db } from "../../db/client";
import { checkCredentialDates, defaultExpiry } from "../../domain/credential-expiry";
import { cleanFileName, MAX_CREDENTIAL_BYTES } from "../../domain/credential-file";
import type { Actor } from "../../domain/roles";
import { renewalSubmittedEmail } from "../../email/credential-renewal-emails";
import { queueEmail } from "../../email/outbox";
import { logError } from "../../log";
import type { CredentialRenewalInput } from "../../validation/credential-renewal";
import { appUrl } from "../app-url";
import { audit } from "../audit";
import { assertCoach, withOwnProfile } from "../coaches/own-profile";
import { readCheckedUpload } from "../coaches/read-upload";
import { DomainError, FieldDomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { recipient, recipientSelect } from "../recipients";
import { fileStorage, newStorageKey, type FileStorage } from "../storage/file-storage";

/**
 * An approved coach (current or lapsed) sends the renewal of their credential: the new document,
 * its date and its expiry (three years after the date unless given). HR reviews it in the
 * credential queue; one renewal at a time.
 */
export async function submitCredentialRenewal(
  prisma: Db,
  actor: Actor,
  input: CredentialRenewalInput,
  now: Date = new Date(),
  storage: FileStorage = fileStorage(),
): Promise<{ id: string }> {
  assertCoach(actor);
  const expiresOn = input.expiresOn ?? defaultExpiry(input.credentialDate);
  const datesWrong = checkCredentialDates(input.credentialDate, expiresOn, now);
  if (datesWrong === "credentialDateInFuture") throw new FieldDomainError(datesWrong, "credentialDate");
  if (datesWrong) throw new FieldDomainError(datesWrong, "expiresOn");
  const upload = await readCheckedUpload(input.file, { maxBytes: MAX_CREDENTIAL_BYTES, kinds: ["pdf", "png", "jpeg"] });

  const storageKey = newStorageKey("credentials");
  await storage.put(storageKey, upload.body(), upload.size);
  try {
    const id = await withOwnProfile(prisma, actor, async (tx, profile) => {
      if (profile.status !== "approved") throw new DomainError("renewalNotApproved");
      const pending = await tx.credentialRenewal.count({ where: { coachProfileId: profile.id, status: "submitted" } });
      if (pending > 0) throw new DomainError("renewalPending");
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
      const renewal = await tx.credentialRenewal.create({
        data: {
          coachProfileId: profile.id,
          documentId: doc.id,
          credentialDate: input.credentialDate,
          expiresOn,
          submittedAt: now,
        },
        select: { id: true },
      });
      await audit(tx, {
        actorId: actor.id,
        action: "credential.renewal-submit",
        targetType: "MatchingProfile",
        targetId: profile.id,
        data: {
          renewalId: renewal.id,
          documentId: doc.id,
          fileName: doc.fileName,
          credentialDate: input.credentialDate.toISOString().slice(0, 10),
          expiresOn: expiresOn.toISOString().slice(0, 10),
        },
      });
      const coach = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true, email: true } });
      const reviewers = await tx.user.findMany({
        where: { disabledAt: null, roles: { some: { role: "hr_reviewer" } } },
        select: recipientSelect,
        orderBy: { id: "asc" },
      });
      for (const r of reviewers)
        await queueEmail(
          tx,
          renewalSubmittedEmail(recipient(r), {
            coachName: coach.name ?? coach.email,
            reviewUrl: appUrl(`/hr/credentials/${profile.id}`),
          }),
        );
      return renewal.id;
    });
    void kickOutbox();
    return { id };
  } catch (error) {
    // Nothing is kept of a refused renewal.
    await storage.remove(storageKey).catch((failure) => logError("storage.remove", failure, { storageKey }));
    throw error;
  }
}
