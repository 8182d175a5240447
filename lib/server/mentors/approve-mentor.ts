import "server-only";
import type { Db } from "../../db/client";
import { mentorApprovedEmail } from "../../email/mentor-emails";
import { mentorProfileUrl, recordMentorDecision, type MentorReviewer } from "./record-mentor-decision";

/** A programme admin approves a submitted mentor profile: listed on /mentors (while open); the mentor is told. */
export async function approveMentor(prisma: Db, actor: MentorReviewer, input: { profileId: string }): Promise<void> {
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
