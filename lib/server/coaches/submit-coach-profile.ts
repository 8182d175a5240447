import "server-only";
import type { Db } from "../../db/client";
import { transition } from "../../domain/coach-lifecycle";
import { missingForSubmission } from "../../domain/coach-profile";
import type { Actor } from "../../domain/roles";
import { coachSubmittedEmail } from "../../email/coach-submitted-email";
import { queueEmail } from "../../email/outbox";
import { appUrl } from "../app-url";
import { audit } from "../audit";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { submissionFacts, submissionSelect, withOwnProfile } from "./own-profile";

/**
 * Sends the caller's registration to HR: only when nothing is missing and the lifecycle allows it
 * (from draft or changes requested), both re-checked on the locked row. Each HR reviewer gets an
 * e-mail in their own language, written in the same transaction and delivered after commit.
 */
export async function submitCoachProfile(prisma: Db, actor: Actor): Promise<void> {
  await withOwnProfile(prisma, actor, async (tx, profile) => {
    const move = transition(profile.status, "submit");
    if (!move.ok) throw new DomainError(move.error);
    const row = await tx.matchingProfile.findUniqueOrThrow({ where: { id: profile.id }, select: submissionSelect });
    const missing = missingForSubmission(submissionFacts(row));
    if (missing.length > 0) throw new DomainError("profileIncomplete");

    const submittedAt = new Date();
    await tx.matchingProfile.update({
      where: { id: profile.id },
      data: { status: move.to, submittedAt, reviewMessage: null },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "coach.submit",
      targetType: "MatchingProfile",
      targetId: profile.id,
      data: { from: profile.status, to: move.to },
    });

    const reviewers = await tx.user.findMany({
      where: { disabledAt: null, roles: { some: { role: "hr_reviewer" } } },
      select: { email: true, name: true, preferredLanguage: true },
    });
    const url = appUrl(`/hr/credentials/${profile.id}`);
    const coachName = row.user.name?.trim() || "—";
    for (const r of reviewers) {
      await queueEmail(
        tx,
        coachSubmittedEmail(r.preferredLanguage, { to: r.email, reviewerName: r.name, coachName, url }),
      );
    }
  });
  void kickOutbox();
}
