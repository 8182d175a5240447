import "server-only";
import type { Db } from "../../db/client";
import { MAX_PERIODS, overlappingPeriod, periodProblem, type WeeklyPeriod } from "../../domain/availability";
import type { Actor } from "../../domain/roles";
import { isKnownTimeZone, MIN_SESSION_MINUTES } from "../../domain/session-schedule";
import { audit } from "../audit";
import { lockProfile } from "../db/locks";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError, FieldDomainError } from "../errors";
import { assertMayManage, type AvailabilityKind } from "./availability-of";

export type SaveAvailabilityInput = {
  kind: AvailabilityKind;
  timeZone: string;
  needsConfirmation: boolean;
  periods: WeeklyPeriod[];
};

/**
 * A coach or mentor replaces their weekly hours (all in one zone, their own by default) and says
 * whether a booked slot waits for their confirmation. Sessions already booked stay as they are.
 */
export async function saveAvailability(prisma: Db, actor: Actor, input: SaveAvailabilityInput): Promise<void> {
  assertMayManage(actor, input.kind);
  const timeZone = input.timeZone.trim();
  if (!isKnownTimeZone(timeZone)) throw new FieldDomainError("sessionTimeZoneUnknown", "timeZone");
  if (input.periods.length > MAX_PERIODS) throw new DomainError("availabilityTooManyPeriods");
  input.periods.forEach((p, i) => {
    const problem = periodProblem(p, MIN_SESSION_MINUTES);
    if (problem) throw new FieldDomainError(problem, `periods.${i}.end`);
  });
  const clash = overlappingPeriod(input.periods);
  if (clash >= 0) throw new FieldDomainError("availabilityPeriodsOverlap", `periods.${clash}.start`);

  await prisma.$transaction(async (tx) => {
    const profile = await lockProfile(tx, { userId: actor.id, kind: input.kind });
    if (!profile) throw new DomainError("notFound");
    await tx.availabilityRule.deleteMany({ where: { profileId: profile.id } });
    if (input.periods.length > 0)
      await tx.availabilityRule.createMany({
        data: input.periods.map((p) => ({
          profileId: profile.id,
          weekday: p.weekday,
          startMinute: p.startMinute,
          endMinute: p.endMinute,
          timeZone,
        })),
      });
    await tx.matchingProfile.update({
      where: { id: profile.id },
      data: { bookingNeedsConfirmation: input.needsConfirmation },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "availability.save",
      targetType: "MatchingProfile",
      targetId: profile.id,
      data: { timeZone, periods: input.periods.length, needsConfirmation: input.needsConfirmation },
    });
  }, TX_OPTIONS);
}
