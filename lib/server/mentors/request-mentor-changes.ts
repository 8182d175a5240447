import "server-only";
import type { Db } from "../../db/client";
import type { Actor } from "../../domain/roles";
import { mentorChangesRequestedEmail } from "../../email/mentor-emails";
import { mentorProfileUrl, recordMentorDecision } from "./record-mentor-decision";

/** A programme admin sends a mentor profile back with what to change; saving it again resubmits it. */
export async function requestMentorChanges(
  prisma: Db,
  actor: Actor,
  input: { profileId: string; message: string },
): Promise<void> {
  await recordMentorDecision(prisma, actor, {
    decision: "requestChanges",
    profileId: input.profileId,
    message: input.message,
    email: (u, message) =>
      mentorChangesRequestedEmail(
        { to: u.email, name: u.name, locale: u.preferredLanguage },
        { message, profileUrl: mentorProfileUrl() },
      ),
  });
}
