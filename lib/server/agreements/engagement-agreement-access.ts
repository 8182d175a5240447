import "server-only";
import { agreementKindOf, sideOf, type AgreementKind, type AgreementSide } from "../../domain/engagement-agreement";
import type { Actor } from "../../domain/roles";
import type { Prisma } from "../../generated/prisma/client";
import { DomainError } from "../errors";

type Reader = Pick<Prisma.TransactionClient, "engagement">;

export type AgreementEngagement = {
  id: string;
  status: "active" | "completed" | "ended";
  kind: AgreementKind | null;
  side: AgreementSide;
  people: Record<AgreementSide, string>;
};

/**
 * The engagement, for one of its two people only: anyone else (a programme admin included) is told
 * it does not exist, so that its existence is not revealed.
 */
export async function engagementForAgreement(
  tx: Reader,
  actor: Actor,
  engagementId: string,
): Promise<AgreementEngagement> {
  const e = await tx.engagement.findUnique({
    where: { id: engagementId },
    select: {
      id: true,
      status: true,
      seekerId: true,
      profile: { select: { userId: true } },
      programme: { select: { type: true } },
    },
  });
  const people = e ? { provider: e.profile.userId, seeker: e.seekerId } : null;
  const side = people ? sideOf(people, actor.id) : null;
  if (!e || !people || !side) throw new DomainError("notFound");
  return { id: e.id, status: e.status, kind: agreementKindOf(e.programme.type), side, people };
}
