import "server-only";
import type { Db } from "../../db/client";
import type { Prisma } from "../../generated/prisma/client";

type Reader = Db | Prisma.TransactionClient;

export type OwnEngagement = {
  id: string;
  status: "active" | "ended" | "completed";
  seekerId: string;
  coachUserId: string;
  role: "client" | "coach";
};

/**
 * An engagement seen by one of its two participants (its client, or the user of its coach
 * profile); null for anyone else, so that a stranger learns nothing, not even that it exists.
 */
export async function findOwnEngagement(
  reader: Reader,
  engagementId: string,
  viewerId: string,
): Promise<OwnEngagement | null> {
  const e = await reader.engagement.findUnique({
    where: { id: engagementId },
    select: { id: true, status: true, seekerId: true, profile: { select: { userId: true } } },
  });
  if (!e) return null;
  const role = e.seekerId === viewerId ? "client" : e.profile.userId === viewerId ? "coach" : null;
  if (!role) return null;
  return { id: e.id, status: e.status, seekerId: e.seekerId, coachUserId: e.profile.userId, role };
}

/** A unique-index violation: the same person answered twice at the same moment. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
