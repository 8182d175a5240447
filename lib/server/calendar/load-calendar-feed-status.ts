import "server-only";
import type { Db } from "../../db/client";
import type { Actor } from "../../domain/roles";

/** Whether the person has a feed address, and since when (the address itself is never kept). */
export async function loadCalendarFeedStatus(prisma: Db, actor: Actor): Promise<{ createdAt: Date | null }> {
  const row = await prisma.user.findUnique({ where: { id: actor.id }, select: { calendarFeedCreatedAt: true } });
  return { createdAt: row?.calendarFeedCreatedAt ?? null };
}
