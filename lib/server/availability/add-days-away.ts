import "server-only";
import type { Db } from "../../db/client";
import { daysAwayProblem, MAX_EXCEPTIONS, MAX_REASON } from "../../domain/availability";
import type { Actor } from "../../domain/roles";
import { audit } from "../audit";
import { lockProfile } from "../db/locks";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError, FieldDomainError } from "../errors";
import { assertMayManage, type AvailabilityKind } from "./availability-of";

export type AddDaysAwayInput = { kind: AvailabilityKind; firstDay: string; lastDay: string; reason: string };

/** A coach or mentor notes days away (leave, a holiday): no slot is offered on them. */
export async function addDaysAway(prisma: Db, actor: Actor, input: AddDaysAwayInput): Promise<void> {
  assertMayManage(actor, input.kind);
  const problem = daysAwayProblem(input);
  if (problem) throw new FieldDomainError(problem, problem === "availabilityDaysInvalid" ? "firstDay" : "lastDay");
  const reason = input.reason.trim().slice(0, MAX_REASON);
  await prisma.$transaction(async (tx) => {
    const profile = await lockProfile(tx, { userId: actor.id, kind: input.kind });
    if (!profile) throw new DomainError("notFound");
    const count = await tx.availabilityException.count({ where: { profileId: profile.id } });
    if (count >= MAX_EXCEPTIONS) throw new DomainError("availabilityTooManyDaysAway");
    const row = await tx.availabilityException.create({
      data: {
        profileId: profile.id,
        firstDay: new Date(`${input.firstDay}T00:00:00Z`),
        lastDay: new Date(`${input.lastDay}T00:00:00Z`),
        reason: reason || null,
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "availability.away.add",
      targetType: "AvailabilityException",
      targetId: row.id,
      data: { firstDay: input.firstDay, lastDay: input.lastDay },
    });
  }, TX_OPTIONS);
}
