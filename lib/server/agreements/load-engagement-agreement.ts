import "server-only";
import type { Db } from "../../db/client";
import {
  AGREEMENT_VERSIONS,
  agreementState,
  type AgreementKind,
  type AgreementSide,
  type AgreementState,
} from "../../domain/engagement-agreement";
import type { Actor } from "../../domain/roles";
import type { SessionPlan } from "../../generated/prisma/enums";
import { DomainError } from "../errors";
import { engagementForAgreement } from "./engagement-agreement-access";

export type AgreementAcceptanceView = {
  side: AgreementSide;
  name: string;
  version: string;
  commitmentsVersion: string | null;
  acceptedAt: Date;
};

export type AgreementView = {
  engagementId: string;
  kind: AgreementKind;
  version: string;
  status: "active" | "completed" | "ended";
  /** The viewer's side. */
  me: AgreementSide;
  names: Record<AgreementSide, string>;
  programme: { nameEn: string; nameFr: string; sessionPlan: SessionPlan };
  state: AgreementState;
  /** Every acceptance, of every version, oldest first. */
  acceptances: AgreementAcceptanceView[];
};

/**
 * The engagement's agreement, for one of its two people: the current version, who accepted which
 * version and when. Null when the engagement has no agreement (networking, tripartite missions).
 */
export async function loadEngagementAgreement(
  prisma: Db,
  actor: Actor,
  engagementId: string,
): Promise<AgreementView | null> {
  const found = await engagementForAgreement(prisma, actor, engagementId);
  if (!found.kind) return null;
  const e = await prisma.engagement.findUnique({
    where: { id: found.id },
    select: {
      seeker: { select: { name: true, email: true } },
      profile: { select: { user: { select: { name: true, email: true } } } },
      programme: { select: { nameEn: true, nameFr: true, sessionPlan: true } },
      agreementAcceptances: {
        orderBy: { acceptedAt: "asc" },
        select: { userId: true, version: true, commitmentsVersion: true, acceptedAt: true },
      },
    },
  });
  if (!e) throw new DomainError("notFound");
  const names: Record<AgreementSide, string> = {
    provider: e.profile.user.name ?? e.profile.user.email,
    seeker: e.seeker.name ?? e.seeker.email,
  };
  // Only the two people's acceptances count (and are shown).
  const rows = e.agreementAcceptances.filter(
    (a) => a.userId === found.people.provider || a.userId === found.people.seeker,
  );
  return {
    engagementId: found.id,
    kind: found.kind,
    version: AGREEMENT_VERSIONS[found.kind],
    status: found.status,
    me: found.side,
    names,
    programme: e.programme,
    state: agreementState(found.kind, found.people, rows),
    acceptances: rows.map((a) => ({
      side: a.userId === found.people.provider ? "provider" : "seeker",
      name: a.userId === found.people.provider ? names.provider : names.seeker,
      version: a.version,
      commitmentsVersion: a.commitmentsVersion,
      acceptedAt: a.acceptedAt,
    })),
  };
}
