import "server-only";
import type { Db } from "../../db/client";
import type { Actor } from "../../domain/roles";
import { mentorApprovedEmail } from "../../email/mentor-emails";
import { mentorProfileUrl, recordMentorDecision } from "./record-mentor-decision";

/** A programme admin approves a submitted mentor profile: listed on /mentors (while open); the mentor is told. */
export async function approveMentor(prisma: Db, actor: Actor, input: { profileId: string }): Promise<void> {
  await recordMentorDecision(prisma, actor, {
    decision: "approve",
    profileId: input.profileId,
    email: (u) =>
      mentorApprovedEmail(
        { to: u.email, name: u.name, locale: u.preferredLanguage },
        { profileUrl: mentorProfileUrl() },
      ),
  });
}
