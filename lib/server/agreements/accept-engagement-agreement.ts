import "server-only";
import type { Db } from "../../db/client";
import { COMMITMENTS_VERSION } from "../../domain/commitments";
import { agreementRole, agreementState, checkAcceptance, hasCharterAnnex } from "../../domain/engagement-agreement";
import { can, type Actor } from "../../domain/roles";
import { audit } from "../audit";
import { lockEngagement } from "../db/locks";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { isUniqueViolation } from "../feedback/participant";
import { engagementForAgreement } from "./engagement-agreement-access";

/**
 * One of the engagement's two people accepts the version of the agreement they read (for
 * coaching, with the charter annexed: its version is recorded too). Refused when the engagement
 * has no agreement or is over, when the text changed since it was read, or when already accepted.
 */
export async function acceptEngagementAgreement(
  prisma: Db,
  actor: Actor,
  input: { engagementId: string; version: string },
  now: Date = new Date(),
): Promise<{ complete: boolean }> {
  if (!can(actor.roles, "view:engagement:own")) throw new DomainError("forbidden");
  try {
    return await prisma.$transaction(async (tx) => {
      const found = await engagementForAgreement(tx, actor, input.engagementId);
      await lockEngagement(tx, found.id);
      const { status } = await tx.engagement.findUniqueOrThrow({ where: { id: found.id }, select: { status: true } });
      const rows = await tx.engagementAgreementAcceptance.findMany({
        where: { engagementId: found.id },
        select: { userId: true, version: true, acceptedAt: true },
      });
      const state = found.kind ? agreementState(found.kind, found.people, rows) : null;
      const check = checkAcceptance({ kind: found.kind, status, versionRead: input.version, state, side: found.side });
      if (!check.ok) throw new DomainError(check.error);
      const kind = found.kind!;
      const commitmentsVersion = hasCharterAnnex(kind) ? COMMITMENTS_VERSION : null;
      await tx.engagementAgreementAcceptance.create({
        data: {
          engagementId: found.id,
          userId: actor.id,
          role: agreementRole(kind, found.side),
          version: input.version,
          commitmentsVersion,
          acceptedAt: now,
        },
      });
      await audit(tx, {
        actorId: actor.id,
        action: "engagement.agreement.accept",
        targetType: "Engagement",
        targetId: found.id,
        data: { version: input.version, commitmentsVersion, role: agreementRole(kind, found.side) },
      });
      const other = found.side === "provider" ? "seeker" : "provider";
      return { complete: state![other].current !== null };
    }, TX_OPTIONS);
  } catch (error) {
    // The same person accepting twice at the same moment: the second finds the first.
    if (isUniqueViolation(error)) throw new DomainError("agreementAlreadyAccepted");
    throw error;
  }
}
