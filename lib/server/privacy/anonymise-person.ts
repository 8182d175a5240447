import "server-only";
import type { Db } from "../../db/client";
import { erasableFrom, erasedEmail, erasureStatus } from "../../domain/personal-data";
import { can, type Actor } from "../../domain/roles";
import type { FileStorage } from "../../storage/file-storage";
import { audit } from "../audit";
import { lockUser } from "../db/locks";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { PrivacyRefusal } from "./privacy-refusal";

/**
 * Erases a person who left the organisation more than the retention period ago
 * (RETENTION_DAYS_AFTER_LEAVING), keeping what aggregate figures count.
 *
 * Erased: name (none) and e-mail (erased-<id>@invalid), staff index number, supervisor, languages,
 * gender, image, SCIM external id, networks, time zone and language (back to the defaults); their
 * sign-in accounts, sessions and pending sign-in links; e-mails still addressed to them; their
 * uploaded files (credential documents and photos: rows and bytes); their free text: session notes
 * (deleted), feedback and closing evaluation comments, profile texts (bios, approach, career path,
 * link, HR's messages to them), their goals (deleted) and the text of the actions they wrote,
 * what they said they seek (deleted), fit-check and pulse comments, the questions they asked
 * before answering a request and their replies to such questions, request messages, decline reasons, end reasons they gave, check-in messages, proposal review
 * comments, the coachee's texts of their missions.
 * Kept: the User row itself (with entity, duty station and appointment type, by which cohort
 * dashboards filter), roles, profiles' structured fields, cohort places, requests, engagements,
 * sessions, feedback ratings, closing evaluation scores, missions and audit rows — so that every
 * figure of a cohort dashboard stays the same.
 * The audit row "person.anonymise" carries counts only, no personal data. Files are removed from
 * storage after the commit (a failed removal leaves an unreachable file, never a half-erased person).
 */
export async function anonymisePerson(
  prisma: Db,
  actor: Actor,
  input: { userId: string },
  options: { storage: FileStorage; retentionDays: number; now?: Date },
): Promise<void> {
  if (!can(actor.roles, "manage:roles:any")) throw new DomainError("forbidden");
  const now = options.now ?? new Date();
  const userId = input.userId;
  const storageKeys = await prisma.$transaction(async (tx) => {
    await lockUser(tx, userId);
    const person = await tx.user.findUnique({
      where: { id: userId },
      select: { email: true, leftAt: true, anonymisedAt: true, disabledAt: true },
    });
    if (!person) throw new DomainError("notFound");
    const status = erasureStatus(person, options.retentionDays, now);
    if (status === "erased") throw new PrivacyRefusal("alreadyErased");
    if (status === "active") throw new PrivacyRefusal("notLeft");
    if (status === "retained")
      throw new PrivacyRefusal("retentionNotReached", erasableFrom(person.leftAt!, options.retentionDays));

    const profiles = await tx.matchingProfile.findMany({ where: { userId }, select: { id: true, photoKey: true } });
    const profileIds = profiles.map((p) => p.id);
    const documents = await tx.credentialDocument.findMany({
      where: { coachProfileId: { in: profileIds } },
      select: { storageKey: true },
    });
    const keys = [...documents.map((d) => d.storageKey), ...profiles.flatMap((p) => (p.photoKey ? [p.photoKey] : []))];

    // Sign-in: nothing left to sign in with.
    const accounts = await tx.account.deleteMany({ where: { userId } });
    const sessions = await tx.session.deleteMany({ where: { userId } });
    await tx.verificationToken.deleteMany({ where: { identifier: person.email } });
    const emails = await tx.outboxEmail.deleteMany({ where: { to: person.email } });

    // Files and profile texts.
    await tx.credentialDocument.deleteMany({ where: { coachProfileId: { in: profileIds } } });
    await tx.matchingProfile.updateMany({
      where: { userId },
      data: {
        photoKey: null,
        careerPath: null,
        profileUrl: null,
        bioEn: null,
        bioFr: null,
        approachEn: null,
        approachFr: null,
        reviewMessage: null,
      },
    });

    // Free text they wrote; the rows the figures count stay.
    const notes = await tx.sessionNote.deleteMany({ where: { authorId: userId } });
    // Their goals go with their notes; the actions they wrote lose their text (the plan's counts stay).
    const goals = await tx.engagementGoal.deleteMany({ where: { authorId: userId } });
    await tx.engagementAction.updateMany({ where: { createdById: userId }, data: { text: "" } });
    await tx.sessionFeedback.updateMany({ where: { authorId: userId }, data: { comment: null } });
    await tx.closingEvaluation.updateMany({ where: { authorId: userId }, data: { comment: null } });
    await tx.engagementFitAnswer.updateMany({ where: { userId }, data: { comment: null } });
    await tx.relationshipPulse.updateMany({ where: { userId }, data: { comment: null } });
    await tx.matchPreference.deleteMany({ where: { userId } });
    // A request's questions (asked by them as a profile holder) and replies (theirs as the seeker).
    await tx.matchRequestQuestion.updateMany({
      where: { choice: { profileId: { in: profileIds } } },
      data: { question: "" },
    });
    await tx.matchRequestQuestion.updateMany({
      where: { choice: { request: { seekerId: userId } }, answer: { not: null } },
      data: { answer: "" },
    });
    await tx.matchRequest.updateMany({ where: { seekerId: userId }, data: { message: "" } });
    await tx.matchRequestChoice.updateMany({
      where: { profileId: { in: profileIds } },
      data: { declineReason: null },
    });
    await tx.engagement.updateMany({ where: { endedById: userId }, data: { endReason: null } });
    await tx.checkIn.updateMany({ where: { authorId: userId }, data: { body: "", preferredTimes: null } });
    await tx.missionProposalReview.updateMany({ where: { reviewerId: userId }, data: { comment: null } });
    await tx.mission.updateMany({
      where: { coacheeId: userId },
      data: { coacheeRequest: null, synthesis: null, recommendations: null, followUpNote: null },
    });

    // The person: no name, no address, no attribute beyond those figures are filtered by.
    await tx.user.update({
      where: { id: userId },
      data: {
        name: null,
        email: erasedEmail(userId),
        emailVerified: null,
        image: null,
        staffIndexNumber: null,
        supervisorId: null,
        scimExternalId: null,
        languages: [],
        gender: null,
        timeZone: "UTC",
        preferredLanguage: "en",
        networks: { set: [] },
        disabledAt: person.disabledAt ?? now,
        anonymisedAt: now,
      },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "person.anonymise",
      targetType: "User",
      targetId: userId,
      data: {
        files: keys.length,
        notes: notes.count,
        goals: goals.count,
        accounts: accounts.count,
        sessions: sessions.count,
        emails: emails.count,
      },
    });
    return keys;
  }, TX_OPTIONS);
  for (const key of storageKeys) await options.storage.remove(key);
}
