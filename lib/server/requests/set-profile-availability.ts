import "server-only";
import type { Db } from "../../db/client";
import { matchingRules, type ProfileKind } from "../../domain/matching-rules";
import { can, type Actor } from "../../domain/roles";
import { audit } from "../audit";
import { lockProfile, lockUser } from "../db/locks";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { declineNote, moveOn } from "./routing";

/**
 * A coach (mentor, networking colleague) pauses (leaves the directory; every request waiting for
 * their answer is declined with a note and goes to the seeker's next choice) or resumes taking
 * requests.
 */
export async function setProfileAvailability(
  prisma: Db,
  actor: Actor,
  input: { availability: "open" | "paused"; kind?: ProfileKind },
  now: Date = new Date(),
): Promise<{ declined: number }> {
  const kind = input.kind ?? "coach";
  if (!can(actor.roles, matchingRules(kind).providerPermission)) throw new DomainError("forbidden");
  const declined = await prisma.$transaction(async (tx) => {
    const profile = await lockProfile(tx, { userId: actor.id, kind });
    if (!profile) throw new DomainError("notFound");
    if (profile.availability !== input.availability) {
      await tx.matchingProfile.update({ where: { id: profile.id }, data: { availability: input.availability } });
      await audit(tx, {
        actorId: actor.id,
        action: input.availability === "paused" ? "coach.pause" : "coach.resume",
        targetType: "MatchingProfile",
        targetId: profile.id,
      });
    }
    if (input.availability !== "paused") return 0;
    const pending = await tx.matchRequestChoice.findMany({
      where: { profileId: profile.id, status: "pending", request: { status: "open" } },
      select: { id: true, requestId: true, request: { select: { seekerId: true } } },
      orderBy: { request: { seekerId: "asc" } },
    });
    let count = 0;
    for (const p of pending) {
      // Coach profile first (held), then each client's row, as every request verb does.
      await lockUser(tx, p.request.seekerId);
      const choice = await tx.matchRequestChoice.findUniqueOrThrow({
        where: { id: p.id },
        select: {
          status: true,
          request: { select: { status: true, seeker: { select: { preferredLanguage: true } } } },
          profile: { select: { user: { select: { name: true } } } },
        },
      });
      if (choice.status !== "pending" || choice.request.status !== "open") continue;
      const note = declineNote(choice.request.seeker.preferredLanguage, "paused");
      await tx.matchRequestChoice.update({
        where: { id: p.id },
        data: { status: "declined", answeredAt: now, declineReason: note },
      });
      await audit(tx, {
        actorId: actor.id,
        action: "request.decline",
        targetType: "MatchRequestChoice",
        targetId: p.id,
        data: { requestId: p.requestId, reason: "paused" },
      });
      await moveOn(tx, p.requestId, now, { coachName: choice.profile.user.name, why: "paused" });
      count++;
    }
    return count;
  }, TX_OPTIONS);
  void kickOutbox();
  return { declined };
}
