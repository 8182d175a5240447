import "server-only";
import type { Db } from "../../db/client";
import { can, type Actor } from "../../domain/roles";
import { DomainError } from "../errors";

/** The signed-in coach's approved coach profile, or a refusal (clients and others may not register). */
export async function ownCoachProfile(prisma: Db, actor: Actor) {
  if (!can(actor.roles, "record:supervision:own")) throw new DomainError("forbidden");
  const profile = await prisma.matchingProfile.findUnique({
    where: { userId_kind: { userId: actor.id, kind: "coach" } },
    select: { id: true, status: true },
  });
  if (!profile || profile.status !== "approved") throw new DomainError("supervisionCoachesOnly");
  return profile;
}
