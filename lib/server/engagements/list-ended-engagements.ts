import "server-only";
import type { Db } from "../../db/client";
import { can, type Role } from "../../domain/roles";
import { DomainError } from "../errors";

/** For programme admins: engagements ended early (who, when, why), most recent first. */
export async function listEndedEngagements(prisma: Db, actor: { roles: readonly Role[] }, take = 50) {
  if (!can(actor.roles, "manage:programme:any")) throw new DomainError("forbidden");
  const rows = await prisma.engagement.findMany({
    // Not the pairings ended after the introduction as not a fit: those are no early ending.
    where: { status: "ended", endedAsNotAFit: false },
    orderBy: { endedAt: "desc" },
    take,
    select: {
      id: true,
      startedAt: true,
      endedAt: true,
      endReason: true,
      endedById: true,
      seekerId: true,
      programme: { select: { nameEn: true, nameFr: true } },
      seeker: { select: { name: true } },
      profile: { select: { user: { select: { name: true } } } },
    },
  });
  return rows.map((e) => ({
    id: e.id,
    programme: e.programme,
    clientName: e.seeker.name,
    coachName: e.profile.user.name,
    startedAt: e.startedAt,
    endedAt: e.endedAt,
    reason: e.endReason,
    endedBy: e.endedById === e.seekerId ? ("client" as const) : ("coach" as const),
  }));
}
