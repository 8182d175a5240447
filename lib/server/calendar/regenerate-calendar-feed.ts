import "server-only";
import type { Db } from "../../db/client";
import type { Actor } from "../../domain/roles";
import { audit } from "../audit";
import { lockUser } from "../db/locks";
import { TX_OPTIONS } from "../db/transaction";
import { feedAddresses, newFeedToken } from "./feed-token";

/**
 * Makes the person's calendar feed address, or a new one in place of the old, which stops working
 * at once. Only the token's hash is kept: the address is given back here, once. Anyone signed in
 * has a feed of their own (whatever their roles, it holds only what they take part in).
 */
export async function regenerateCalendarFeed(
  prisma: Db,
  actor: Actor,
  now: Date = new Date(),
): Promise<{ https: string; webcal: string; createdAt: Date }> {
  const { token, hash } = newFeedToken();
  await prisma.$transaction(async (tx) => {
    await lockUser(tx, actor.id);
    const before = await tx.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: { calendarFeedCreatedAt: true },
    });
    await tx.user.update({
      where: { id: actor.id },
      data: { calendarFeedTokenHash: hash, calendarFeedCreatedAt: now },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "calendar-feed.regenerate",
      targetType: "User",
      targetId: actor.id,
      data: { replaced: before.calendarFeedCreatedAt !== null },
    });
  }, TX_OPTIONS);
  return { ...feedAddresses(token), createdAt: now };
}
