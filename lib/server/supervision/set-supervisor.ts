import "server-only";
import type { Db } from "../../db/client";
import { can, type Actor } from "../../domain/roles";
import { audit } from "../audit";
import { lockProfile } from "../db/locks";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";

/**
 * A programme admin names an approved coach supervisor (they may then lead group supervision
 * sessions), or withdraws it. Sessions already scheduled keep their supervisor.
 */
export async function setSupervisor(
  prisma: Db,
  actor: Actor,
  input: { coachProfileId: string; supervisor: boolean },
  now: Date = new Date(),
): Promise<void> {
  if (!can(actor.roles, "manage:supervision:any")) throw new DomainError("forbidden");
  await prisma.$transaction(async (tx) => {
    const profile = await lockProfile(tx, { id: input.coachProfileId });
    if (!profile || profile.kind !== "coach") throw new DomainError("notFound");
    if (input.supervisor && profile.status !== "approved") throw new DomainError("supervisorNotApprovedCoach");
    const { count } = await tx.matchingProfile.updateMany({
      where: { id: profile.id, supervisorSince: input.supervisor ? null : { not: null } },
      data: { supervisorSince: input.supervisor ? now : null },
    });
    if (count === 0) return;
    await audit(tx, {
      actorId: actor.id,
      action: input.supervisor ? "supervision.supervisor.grant" : "supervision.supervisor.revoke",
      targetType: "MatchingProfile",
      targetId: profile.id,
    });
  }, TX_OPTIONS);
}
