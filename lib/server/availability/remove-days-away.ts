import "server-only";
import type { Db } from "../../db/client";
import type { Actor } from "../../domain/roles";
import { audit } from "../audit";
import { lockProfile } from "../db/locks";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { assertMayManage, type AvailabilityKind } from "./availability-of";

/** A coach or mentor removes days away of their own; anyone else's are "not found". */
export async function removeDaysAway(
  prisma: Db,
  actor: Actor,
  input: { kind: AvailabilityKind; id: string },
): Promise<void> {
  assertMayManage(actor, input.kind);
  await prisma.$transaction(async (tx) => {
    const profile = await lockProfile(tx, { userId: actor.id, kind: input.kind });
    if (!profile) throw new DomainError("notFound");
    const { count } = await tx.availabilityException.deleteMany({ where: { id: input.id, profileId: profile.id } });
    if (count !== 1) throw new DomainError("notFound");
    await audit(tx, {
      actorId: actor.id,
      action: "availability.away.remove",
      targetType: "AvailabilityException",
      targetId: input.id,
    });
  }, TX_OPTIONS);
}
