import "server-only";
// The transaction every HR decision on a coach's credentials shares (approve, reject, request
// changes, revoke): who may decide, the lifecycle move re-checked inside the transaction, the
// change, its audit row and its e-mails together; delivery is kicked after commit.
import type { Db } from "../../db/client";
import type { AuditAction } from "../../domain/audit-actions";
import { decisionNeedsMessage, transition, type CoachEvent } from "../../domain/coach-lifecycle";
import { can, type Actor } from "../../domain/roles";
import type { EmailMessage } from "../../email/outbox";
import { queueEmail } from "../../email/outbox";
import type { Prisma } from "../../generated/prisma/client";
import type { Locale } from "../../i18n/config";
import {
  MAX_DECISION_MESSAGE,
  messageRequiredKey,
  type Checklist,
  type CredentialDecision,
} from "../../validation/credential-review";
import { audit } from "../audit";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";

export const DECISION_AUDIT_ACTIONS = {
  approve: "credential.approve",
  reject: "credential.reject",
  requestChanges: "credential.request-changes",
  revoke: "credential.revoke",
} as const satisfies Record<CredentialDecision, AuditAction>;

/** The coach a decision is about, as the e-mails need it. */
export type DecidedProfile = {
  id: string;
  credentialKind: string | null;
  user: {
    name: string | null;
    email: string;
    preferredLanguage: Locale;
    entity: { code: string; nameEn: string; nameFr: string } | null;
  };
};

type Options = {
  event: CredentialDecision & CoachEvent;
  profileId: string;
  /** The reason (reject, revoke) or what to change (request changes); ignored on approve. */
  message?: string | null;
  /** Only for the decisions taken on a submission (not revoke). */
  checklist?: Partial<Record<keyof Checklist, boolean | null>> | null;
  emails: (profile: DecidedProfile, tx: Prisma.TransactionClient, message: string) => Promise<EmailMessage[]>;
};

/**
 * Normalises the reviewer's ticks against the submission: training hours and observed practice
 * apply to ICF-accredited training only (an ACC, PCC or MCC credential covers them), so they are
 * recorded as null for credential holders.
 */
export function normaliseChecklist(credentialKind: string | null, ticks: Options["checklist"]): Checklist {
  const training = credentialKind === "icf_training";
  return {
    credentialValid: ticks?.credentialValid === true,
    trainingHours: training ? ticks?.trainingHours === true : null,
    observedPractice: training ? ticks?.observedPractice === true : null,
  };
}

export async function recordCredentialDecision(prisma: Db, actor: Actor, options: Options): Promise<void> {
  const { event, profileId } = options;
  if (!can(actor.roles, "review:credential:any")) throw new DomainError("forbidden");
  const message = event === "approve" ? "" : (options.message ?? "").trim();
  if (decisionNeedsMessage(event) && !message) throw new DomainError(messageRequiredKey(event));
  if (message.length > MAX_DECISION_MESSAGE) throw new DomainError("decisionMessageTooLong");

  await prisma.$transaction(async (tx) => {
    const profile = await tx.matchingProfile.findUnique({
      where: { id: profileId },
      select: {
        id: true,
        status: true,
        credentialKind: true,
        user: {
          select: {
            name: true,
            email: true,
            preferredLanguage: true,
            entity: { select: { code: true, nameEn: true, nameFr: true } },
          },
        },
      },
    });
    if (!profile) throw new DomainError("notFound");
    const move = transition(profile.status, event);
    if (!move.ok) throw new DomainError(move.error);

    const checklist = event === "revoke" ? null : normaliseChecklist(profile.credentialKind, options.checklist);
    if (event === "approve" && checklist && Object.values(checklist).some((tick) => tick === false)) {
      throw new DomainError("checklistIncomplete");
    }

    // The status in the `where` makes a concurrent decision on the same profile fail here.
    const changed = await tx.matchingProfile.updateMany({
      where: { id: profile.id, status: profile.status },
      data: { status: move.to, reviewedAt: new Date(), reviewMessage: event === "approve" ? null : message },
    });
    if (changed.count !== 1) throw new DomainError("transitionNotAllowed");

    const said = event === "approve" ? {} : event === "requestChanges" ? { message } : { reason: message };
    await audit(tx, {
      actorId: actor.id,
      action: DECISION_AUDIT_ACTIONS[event],
      targetType: "MatchingProfile",
      targetId: profile.id,
      data: { from: profile.status, to: move.to, ...said, checklist },
    });
    for (const email of await options.emails(profile, tx, message)) await queueEmail(tx, email);
  });
  void kickOutbox();
}
