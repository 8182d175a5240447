import "server-only";
// The transaction every programme-admin decision on a mentor profile shares (approve, request
// changes, refuse): who may decide, the lifecycle move (lib/domain/coach-lifecycle.ts) re-checked
// inside the transaction, the change, its audit row and the mentor's e-mail together.
import type { Db } from "../../db/client";
import type { AuditAction } from "../../domain/audit-actions";
import { decisionNeedsMessage, transition, type CoachEvent } from "../../domain/coach-lifecycle";
import { can, type Actor } from "../../domain/roles";
import type { EmailMessage } from "../../email/outbox";
import { queueEmail } from "../../email/outbox";
import type { Locale } from "../../i18n/config";
import { MAX_MENTOR_DECISION_MESSAGE, type MentorDecision } from "../../validation/mentors";
import { audit } from "../audit";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { appUrl } from "../app-url";

export type DecidedMentor = { id: string; user: { name: string | null; email: string; preferredLanguage: Locale } };

const EVENTS = { approve: "approve", requestChanges: "requestChanges", reject: "reject" } as const satisfies Record<
  MentorDecision,
  CoachEvent
>;
export const MENTOR_DECISION_ACTIONS = {
  approve: "mentor.approve",
  requestChanges: "mentor.request-changes",
  reject: "mentor.reject",
} as const satisfies Record<MentorDecision, AuditAction>;

export const mentorProfileUrl = () => appUrl("/mentor/profile");

export async function recordMentorDecision(
  prisma: Db,
  actor: Actor,
  options: {
    decision: MentorDecision;
    profileId: string;
    message?: string | null;
    email: (mentor: DecidedMentor["user"], message: string) => EmailMessage;
  },
): Promise<void> {
  if (!can(actor.roles, "review:mentor-profile:any")) throw new DomainError("forbidden");
  const event = EVENTS[options.decision];
  const message = event === "approve" ? "" : (options.message ?? "").trim();
  if (decisionNeedsMessage(event) && !message) throw new DomainError("mentorDecisionMessageRequired");
  if (message.length > MAX_MENTOR_DECISION_MESSAGE) throw new DomainError("textTooLong");

  await prisma.$transaction(async (tx) => {
    const profile = await tx.matchingProfile.findFirst({
      where: { id: options.profileId, kind: "mentor" },
      select: {
        id: true,
        status: true,
        programmeId: true,
        user: { select: { name: true, email: true, preferredLanguage: true } },
      },
    });
    if (!profile) throw new DomainError("notFound");
    const move = transition(profile.status, event);
    if (!move.ok) throw new DomainError(move.error);
    // The status in the `where` makes a concurrent decision on the same profile fail here.
    const changed = await tx.matchingProfile.updateMany({
      where: { id: profile.id, status: profile.status },
      data: { status: move.to, reviewedAt: new Date(), reviewMessage: event === "approve" ? null : message },
    });
    if (changed.count !== 1) throw new DomainError("transitionNotAllowed");
    await audit(tx, {
      actorId: actor.id,
      action: MENTOR_DECISION_ACTIONS[options.decision],
      targetType: "MatchingProfile",
      targetId: profile.id,
      data: { from: profile.status, to: move.to, programmeId: profile.programmeId, ...(message ? { message } : {}) },
    });
    await queueEmail(tx, options.email(profile.user, message));
  });
  void kickOutbox();
}
