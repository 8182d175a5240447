import "server-only";
import type { Db } from "../../db/client";
import { can, type Actor } from "../../domain/roles";
import { renewalApprovedEmail, renewalRefusedEmail } from "../../email/credential-renewal-emails";
import { queueEmail } from "../../email/outbox";
import type { RenewalDecisionInput } from "../../validation/credential-renewal";
import { appUrl } from "../app-url";
import { audit } from "../audit";
import { lockProfile } from "../db/locks";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError, FieldDomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { recipient, recipientSelect } from "../recipients";

/**
 * HR decides on a coach's renewal. Approving makes its date and expiry the credential's and lists a
 * lapsed coach again; refusing says why (the coach may send another). Only a renewal awaiting review,
 * and only once: the status in the `where` makes a concurrent decision fail.
 */
export async function reviewCredentialRenewal(
  prisma: Db,
  actor: Actor,
  input: RenewalDecisionInput,
  now: Date = new Date(),
): Promise<{ profileId: string }> {
  if (!can(actor.roles, "review:credential:any")) throw new DomainError("forbidden");
  const message = input.message.trim();
  if (input.decision === "refuse" && !message) throw new FieldDomainError("renewalReasonRequired", "message");

  const profileId = await prisma.$transaction(async (tx) => {
    const renewal = await tx.credentialRenewal.findUnique({
      where: { id: input.renewalId },
      select: { id: true, coachProfileId: true, credentialDate: true, expiresOn: true },
    });
    if (!renewal) throw new DomainError("notFound");
    await lockProfile(tx, { id: renewal.coachProfileId });
    const { count } = await tx.credentialRenewal.updateMany({
      where: { id: renewal.id, status: "submitted" },
      data: {
        status: input.decision === "approve" ? "approved" : "refused",
        reviewedAt: now,
        reviewerId: actor.id,
        reviewMessage: input.decision === "approve" ? null : message,
      },
    });
    if (count !== 1) throw new DomainError("renewalAlreadyDecided");
    const profile = await tx.matchingProfile.findUniqueOrThrow({
      where: { id: renewal.coachProfileId },
      select: { credentialLapsedAt: true, credentialExpiresOn: true, user: { select: recipientSelect } },
    });
    if (input.decision === "approve")
      await tx.matchingProfile.update({
        where: { id: renewal.coachProfileId },
        data: {
          credentialDate: renewal.credentialDate,
          credentialExpiresOn: renewal.expiresOn,
          credentialLapsedAt: null,
        },
      });
    await audit(tx, {
      actorId: actor.id,
      action: input.decision === "approve" ? "credential.renewal-approve" : "credential.renewal-refuse",
      targetType: "MatchingProfile",
      targetId: renewal.coachProfileId,
      data: {
        renewalId: renewal.id,
        ...(input.decision === "approve"
          ? {
              expiresOn: renewal.expiresOn.toISOString().slice(0, 10),
              previousExpiresOn: profile.credentialExpiresOn?.toISOString().slice(0, 10) ?? null,
              wasLapsed: profile.credentialLapsedAt !== null,
            }
          : { reason: message }),
      },
    });
    const profileUrl = appUrl("/coach/profile#renewal");
    await queueEmail(
      tx,
      input.decision === "approve"
        ? renewalApprovedEmail(recipient(profile.user), { expiresOn: renewal.expiresOn, profileUrl })
        : renewalRefusedEmail(recipient(profile.user), { reason: message, profileUrl }),
    );
    return renewal.coachProfileId;
  }, TX_OPTIONS);
  void kickOutbox();
  return { profileId };
}
