import "server-only";
import type { Db } from "../../db/client";
import { can, type Role } from "../../domain/roles";
import type { Prisma } from "../../generated/prisma/client";
import { QUEUE_STATUSES, type CredentialQueueFilter, type QueueStatus } from "../../validation/credential-review";
import { DomainError } from "../errors";

const place = { select: { code: true, nameEn: true, nameFr: true } } as const;

export type CredentialQueueRow = {
  id: string;
  name: string | null;
  email: string;
  entity: { code: string; nameEn: string; nameFr: string } | null;
  dutyStation: { code: string; nameEn: string; nameFr: string } | null;
  credentialKind: "icf_acc" | "icf_pcc" | "icf_mcc" | "icf_training" | null;
  trainingHours: number | null;
  status: QueueStatus;
  submittedAt: Date | null;
  reviewedAt: Date | null;
};

export type CredentialQueue = {
  rows: CredentialQueueRow[];
  /** How many rows the filter matches (rows holds at most `take`). */
  total: number;
  /** Per status, with the entity and credential filters applied. */
  counts: Record<QueueStatus | "all", number>;
  /** Entities that have a coach registration, for the filter. */
  entities: { code: string; nameEn: string; nameFr: string }[];
};

/**
 * Coach registrations HR has received (drafts are not HR's), oldest submission first: by default
 * those awaiting review. For HR reviewers and programme admins.
 */
export async function listCredentialQueue(
  prisma: Db,
  actor: { roles: readonly Role[] },
  filter: CredentialQueueFilter,
  { take = 200 }: { take?: number } = {},
): Promise<CredentialQueue> {
  if (!can(actor.roles, "view:credential-queue")) throw new DomainError("forbidden");
  const scope: Prisma.MatchingProfileWhereInput = {
    kind: "coach",
    status: { in: [...QUEUE_STATUSES] },
    ...(filter.kind ? { credentialKind: filter.kind } : {}),
    ...(filter.entity ? { user: { entity: { code: filter.entity } } } : {}),
  };
  const where: Prisma.MatchingProfileWhereInput = filter.status === "all" ? scope : { ...scope, status: filter.status };
  const [profiles, total, grouped, entities] = await Promise.all([
    prisma.matchingProfile.findMany({
      where,
      orderBy: [{ submittedAt: { sort: "asc", nulls: "last" } }, { user: { name: "asc" } }, { id: "asc" }],
      take,
      select: {
        id: true,
        status: true,
        credentialKind: true,
        trainingHours: true,
        submittedAt: true,
        reviewedAt: true,
        user: { select: { name: true, email: true, entity: place, dutyStation: place } },
      },
    }),
    prisma.matchingProfile.count({ where }),
    prisma.matchingProfile.groupBy({ by: ["status"], where: scope, _count: { _all: true } }),
    prisma.entity.findMany({
      where: { users: { some: { profiles: { some: { kind: "coach", status: { in: [...QUEUE_STATUSES] } } } } } },
      orderBy: { code: "asc" },
      select: { code: true, nameEn: true, nameFr: true },
    }),
  ]);
  const counts = Object.fromEntries([...QUEUE_STATUSES, "all"].map((s) => [s, 0])) as CredentialQueue["counts"];
  for (const g of grouped) {
    counts[g.status as QueueStatus] = g._count._all;
    counts.all += g._count._all;
  }
  return {
    rows: profiles.map((p) => ({
      id: p.id,
      name: p.user.name,
      email: p.user.email,
      entity: p.user.entity,
      dutyStation: p.user.dutyStation,
      credentialKind: p.credentialKind,
      trainingHours: p.trainingHours,
      status: p.status as QueueStatus,
      submittedAt: p.submittedAt,
      reviewedAt: p.reviewedAt,
    })),
    total,
    counts,
    entities,
  };
}
