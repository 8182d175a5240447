import "server-only";
// What the coach's profile and HR's review page show about keeping a credential current: its date
// and expiry (or that none was given), whether it lapsed, the renewal awaiting HR or last refused,
// and the continuing development logged, with its total hours.
import type { Db } from "../../db/client";
import { canReadCredentials, type Actor } from "../../domain/roles";
import { assertCoach } from "../coaches/own-profile";
import { DomainError } from "../errors";

export type CredentialCurrency = {
  profileId: string;
  status: string;
  credentialDate: Date | null;
  expiresOn: Date | null;
  lapsedAt: Date | null;
  pendingRenewal: RenewalView | null;
  /** The latest refused renewal, when no later one is awaiting review or approved. */
  refusedRenewal: (RenewalView & { reviewMessage: string | null; reviewedAt: Date | null }) | null;
  development: {
    activities: { id: string; date: Date; minutes: number; title: string; document: DocumentView | null }[];
    totalMinutes: number;
  };
};

type DocumentView = { id: string; fileName: string };
type RenewalView = { id: string; credentialDate: Date; expiresOn: Date; submittedAt: Date; document: DocumentView };

const documentSelect = { select: { id: true, fileName: true } } as const;

async function load(prisma: Db, where: { id: string } | { userId_kind: { userId: string; kind: "coach" } }) {
  const p = await prisma.matchingProfile.findUnique({
    where,
    select: {
      id: true,
      userId: true,
      kind: true,
      status: true,
      credentialDate: true,
      credentialExpiresOn: true,
      credentialLapsedAt: true,
      credentialRenewals: {
        orderBy: { submittedAt: "desc" },
        take: 5,
        select: {
          id: true,
          status: true,
          credentialDate: true,
          expiresOn: true,
          submittedAt: true,
          reviewedAt: true,
          reviewMessage: true,
          document: documentSelect,
        },
      },
      developmentActivities: {
        orderBy: [{ date: "desc" }, { createdAt: "desc" }],
        take: 100,
        select: { id: true, date: true, minutes: true, title: true, document: documentSelect },
      },
    },
  });
  if (!p || p.kind !== "coach") return null;
  const total = await prisma.developmentActivity.aggregate({
    where: { coachProfileId: p.id },
    _sum: { minutes: true },
  });
  const latest = p.credentialRenewals[0] ?? null;
  const view: CredentialCurrency = {
    profileId: p.id,
    status: p.status,
    credentialDate: p.credentialDate,
    expiresOn: p.credentialExpiresOn,
    lapsedAt: p.credentialLapsedAt,
    pendingRenewal: latest?.status === "submitted" ? latest : null,
    refusedRenewal: latest?.status === "refused" ? latest : null,
    development: { activities: p.developmentActivities, totalMinutes: total._sum.minutes ?? 0 },
  };
  return { userId: p.userId, view };
}

/** The caller's own (coach). */
export async function loadOwnCredentialCurrency(prisma: Db, actor: Actor): Promise<CredentialCurrency | null> {
  assertCoach(actor);
  const found = await load(prisma, { userId_kind: { userId: actor.id, kind: "coach" } });
  return found?.view ?? null;
}

/** One coach's, for HR reviewers and programme admins (who read coaches' credentials). */
export async function loadCredentialCurrency(
  prisma: Db,
  actor: Actor,
  profileId: string,
): Promise<CredentialCurrency | null> {
  const found = await load(prisma, { id: profileId });
  if (!found) return null;
  if (!canReadCredentials(actor, found.userId)) throw new DomainError("forbidden");
  return found.view;
}
