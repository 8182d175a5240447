import "server-only";
import type { Actor } from "../../domain/roles";
import type { Reader } from "../db/transaction";
import { DomainError } from "../errors";

/** The person's part in a group: its coach, a current member, or neither. */
export type GroupPart = "coach" | "member" | "none";

/** The group, with the caller's part in it; notFound when there is no such group. */
export async function groupPart(tx: Reader, actor: Actor, groupId: string) {
  const group = await tx.coachingGroup.findUnique({
    where: { id: groupId },
    select: {
      id: true,
      status: true,
      cohortId: true,
      profile: { select: { userId: true } },
      members: { where: { userId: actor.id, leftAt: null }, select: { id: true } },
    },
  });
  if (!group) throw new DomainError("notFound");
  const part: GroupPart = group.profile.userId === actor.id ? "coach" : group.members.length ? "member" : "none";
  return { group, part };
}
