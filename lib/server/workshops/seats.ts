import "server-only";
// What every workshop verb shares inside its transaction: the workshop's row lock (every verb that
// counts or gives seats takes it first, so two registrations never both see the last seat free),
// and the promotion of the first people waiting when seats free up.
import { toPromote, type WorkshopRegistrationStatus } from "../../domain/workshops";
import { queueEmail } from "../../email/outbox";
import { workshopPromotedEmail, type WorkshopFacts } from "../../email/workshop-emails";
import { appUrl } from "../app-url";
import { audit } from "../audit";
import type { Tx } from "../db/transaction";
import { recipient, recipientSelect } from "../recipients";

export const workshopFactsSelect = {
  id: true,
  titleEn: true,
  titleFr: true,
  descriptionEn: true,
  descriptionFr: true,
  startsAt: true,
  durationMinutes: true,
  timeZone: true,
  meetingUrl: true,
  seats: true,
  audiences: true,
  cancelledAt: true,
} as const;

export type LockedWorkshop = WorkshopFacts & {
  seats: number;
  audiences: string[];
  cancelledAt: Date | null;
};

/** Locks a workshop's row (SELECT … FOR UPDATE) and reads it; null when there is none. */
export async function lockWorkshop(tx: Tx, workshopId: string): Promise<LockedWorkshop | null> {
  const rows = await tx.$queryRaw<{ id: string }[]>`select "id" from "Workshop" where "id" = ${workshopId} for update`;
  if (rows.length !== 1) return null;
  return tx.workshop.findUniqueOrThrow({ where: { id: workshopId }, select: workshopFactsSelect });
}

/** The link to the participants' page, for e-mails. */
export const workshopsUrl = () => appUrl("/workshops");

type Line = { id: string; status: WorkshopRegistrationStatus; registeredAt: Date; userId: string };

/** Every live registration of a workshop (registered or waitlisted), read under its lock. */
export async function liveRegistrations(tx: Tx, workshopId: string): Promise<Line[]> {
  return tx.workshopRegistration.findMany({
    where: { workshopId, status: { in: ["registered", "waitlisted"] } },
    select: { id: true, status: true, registeredAt: true, userId: true },
  });
}

/**
 * Gives the free seats to the first people waiting, each with an audit row and an e-mail in their
 * language. Call with the workshop locked. Returns how many were promoted.
 */
export async function promoteWaiting(
  tx: Tx,
  workshop: LockedWorkshop,
  actorId: string | null,
  now: Date,
): Promise<number> {
  const promoted = toPromote(workshop, await liveRegistrations(tx, workshop.id), now);
  for (const r of promoted) {
    const { count } = await tx.workshopRegistration.updateMany({
      where: { id: r.id, status: "waitlisted" },
      data: { status: "registered", promotedAt: now },
    });
    if (count !== 1) continue;
    await audit(tx, {
      actorId,
      action: "workshop.promote",
      targetType: "WorkshopRegistration",
      targetId: r.id,
      data: { workshopId: workshop.id, userId: r.userId },
    });
    const person = await tx.user.findUniqueOrThrow({ where: { id: r.userId }, select: recipientSelect });
    await queueEmail(
      tx,
      workshopPromotedEmail(recipient(person), { workshop, registrationId: r.id, url: workshopsUrl(), now }),
    );
  }
  return promoted.length;
}
