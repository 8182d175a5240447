import "server-only";
import type { Db } from "../../db/client";
import type { Actor } from "../../domain/roles";
import { mentorRejectedEmail } from "../../email/mentor-emails";
import { recordMentorDecision } from "./record-mentor-decision";

/** A programme admin refuses a mentor profile, saying why; the mentor is told. */
export async function rejectMentor(
  prisma: Db,
  actor: Actor,
  input: { profileId: string; message: string },
): Promise<void> {
  await recordMentorDecision(prisma, actor, {
    decision: "reject",
    profileId: input.profileId,
    message: input.message,
    email: (u, reason) => mentorRejectedEmail({ to: u.email, name: u.name, locale: u.preferredLanguage }, { reason }),
  });
}
