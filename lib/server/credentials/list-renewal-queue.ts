import "server-only";
import type { Db } from "../../db/client";
import { reminderWindow } from "../../domain/credential-expiry";
import { can, type Role } from "../../domain/roles";
import { DomainError } from "../errors";

export type RenewalQueue = {
  /** Renewals awaiting HR's review, oldest first. */
  renewals: { id: string; profileId: string; name: string; submittedAt: Date; expiresOn: Date }[];
  /** Approved coaches whose credential expires within the reminder window or has lapsed, soonest first. */
  expiring: { profileId: string; name: string; expiresOn: Date; lapsed: boolean; renewalSent: boolean }[];
};

/** The credential queue's renewal part: for HR reviewers and programme admins. */
export async function listRenewalQueue(
  prisma: Db,
  actor: { roles: readonly Role[] },
  now: Date = new Date(),
  { take = 100 }: { take?: number } = {},
): Promise<RenewalQueue> {
  if (!can(actor.roles, "view:credential-queue")) throw new DomainError("forbidden");
  const { until } = reminderWindow(now);
  const [renewals, expiring] = await Promise.all([
    prisma.credentialRenewal.findMany({
      where: { status: "submitted" },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      take,
      select: {
        id: true,
        coachProfileId: true,
        submittedAt: true,
        expiresOn: true,
        coachProfile: { select: { user: { select: { name: true, email: true } } } },
      },
    }),
    prisma.matchingProfile.findMany({
      where: { kind: "coach", status: "approved", credentialExpiresOn: { lte: until } },
      orderBy: [{ credentialExpiresOn: "asc" }, { id: "asc" }],
      take,
      select: {
        id: true,
        credentialExpiresOn: true,
        credentialLapsedAt: true,
        user: { select: { name: true, email: true } },
        _count: { select: { credentialRenewals: { where: { status: "submitted" } } } },
      },
    }),
  ]);
  return {
    renewals: renewals.map((r) => ({
      id: r.id,
      profileId: r.coachProfileId,
      name: r.coachProfile.user.name ?? r.coachProfile.user.email,
      submittedAt: r.submittedAt,
      expiresOn: r.expiresOn,
    })),
    expiring: expiring.map((p) => ({
      profileId: p.id,
      name: p.user.name ?? p.user.email,
      expiresOn: p.credentialExpiresOn!,
      lapsed: p.credentialLapsedAt !== null,
      renewalSent: p._count.credentialRenewals > 0,
    })),
  };
}
