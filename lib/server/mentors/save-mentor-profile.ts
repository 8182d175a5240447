import "server-only";
import type { Db } from "../../db/client";
import type { ProfileStatus } from "../../domain/coach-lifecycle";
import { matchingRules } from "../../domain/matching-rules";
import { mentorCapacityMax, mentorStatusOnSave } from "../../domain/mentor-profile";
import type { Actor } from "../../domain/roles";
import { mentorSubmittedEmail } from "../../email/mentor-emails";
import { queueEmail } from "../../email/outbox";
import type { MentorProfileInput } from "../../validation/mentors";
import { mentorProfileSchema } from "../../validation/mentors";
import { appUrl } from "../app-url";
import { audit } from "../audit";
import { lockProfile } from "../db/locks";
import { TX_OPTIONS } from "../db/transaction";
import { countActiveEngagements } from "../engagements/count-active-engagements";
import { DomainError, isErrorKey } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { setProfileAvailability } from "../requests/set-profile-availability";
import { assertMentor, findMentorProgramme } from "./mentor-programme";

/**
 * A mentor saves their one profile form: their own facts (entity, duty station, languages,
 * networks) and the mentor profile of their mentoring programme (areas, mentoring languages,
 * career path, bio, link, capacity). The first save submits it: listed at once, or waiting for a
 * programme admin where the programme requires approval (the admins are told by e-mail). Capacity
 * stays within the programme's maximum and never below the mentees already mentored; pausing goes
 * through the same verb as the pause on /engagements, so waiting requests move on.
 */
export async function saveMentorProfile(
  prisma: Db,
  actor: Actor,
  raw: MentorProfileInput,
): Promise<{ status: ProfileStatus }> {
  assertMentor(actor);
  const parsed = mentorProfileSchema.safeParse(raw);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "";
    throw new DomainError(isErrorKey(message) ? message : "invalidInput");
  }
  const input = parsed.data;
  const status = await prisma.$transaction(async (tx) => {
    const programme = await findMentorProgramme(tx, actor.id);
    if (!programme) throw new DomainError("mentoringUnavailable");
    if (input.capacity > mentorCapacityMax(programme.profileCapacityLimit))
      throw new DomainError("mentorCapacityRange");

    const languages = [...new Set(input.languages)];
    const mentoringLanguages = [...new Set(input.coachingLanguages)];
    const networkIds = [...new Set(input.networkIds)];
    const entity = input.entityId ? await tx.entity.count({ where: { id: input.entityId } }) : 1;
    const station = input.dutyStationId ? await tx.dutyStation.count({ where: { id: input.dutyStationId } }) : 1;
    const knownLanguages = await tx.language.count({ where: { code: { in: languages } } });
    const knownMentoring = await tx.language.count({ where: { code: { in: mentoringLanguages } } });
    const knownNetworks = await tx.professionalNetwork.count({ where: { id: { in: networkIds } } });
    if (
      !entity ||
      !station ||
      knownLanguages !== languages.length ||
      knownMentoring !== mentoringLanguages.length ||
      knownNetworks !== networkIds.length
    ) {
      throw new DomainError("invalidInput");
    }

    // The profile, created when missing (safe when two saves race), then locked.
    await tx.matchingProfile.createMany({
      data: [{ userId: actor.id, kind: "mentor", programmeId: programme.id, status: "draft" }],
      skipDuplicates: true,
    });
    const locked = await lockProfile(tx, { userId: actor.id, kind: "mentor" });
    if (!locked) throw new DomainError("notFound");
    const move = mentorStatusOnSave(locked.status, matchingRules("mentor", programme));
    if (!move.ok) throw new DomainError(move.error);
    const active = await countActiveEngagements(tx, locked.id);
    if (input.capacity < active) throw new DomainError("capacityBelowActive");

    const now = new Date();
    await tx.user.update({
      where: { id: actor.id },
      data: {
        entityId: input.entityId || null,
        dutyStationId: input.dutyStationId || null,
        languages,
        networks: { set: networkIds.map((id) => ({ id })) },
      },
    });
    await tx.matchingProfile.update({
      where: { id: locked.id },
      data: {
        programmeId: programme.id,
        expertiseAreas: input.expertiseAreas,
        coachingLanguages: mentoringLanguages,
        careerPath: input.careerPath,
        bioEn: input.bioEn || null,
        bioFr: input.bioFr || null,
        profileUrl: input.profileUrl || null,
        capacity: input.capacity,
        status: move.status,
        ...(move.submitted
          ? { submittedAt: now, reviewMessage: null, ...(move.status === "approved" ? { reviewedAt: now } : {}) }
          : {}),
      },
    });
    await audit(tx, {
      actorId: actor.id,
      action: move.submitted ? (move.status === "approved" ? "mentor.register" : "mentor.submit") : "mentor.save",
      targetType: "MatchingProfile",
      targetId: locked.id,
      data: { from: locked.status, to: move.status, programmeId: programme.id },
    });
    if (move.submitted && move.status === "submitted") {
      const me = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true } });
      const admins = await tx.user.findMany({
        where: { disabledAt: null, roles: { some: { role: "programme_admin" } } },
        select: { email: true, name: true, preferredLanguage: true },
      });
      for (const a of admins) {
        await queueEmail(
          tx,
          mentorSubmittedEmail(
            { to: a.email, name: a.name, locale: a.preferredLanguage },
            { mentorName: me.name ?? "", reviewUrl: appUrl("/admin/mentors") },
          ),
        );
      }
    }
    return move.status;
  }, TX_OPTIONS);
  await setProfileAvailability(prisma, actor, { availability: input.availability, kind: "mentor" });
  void kickOutbox();
  return { status };
}
