import "server-only";
import type { Db } from "../../db/client";
import { credentialRejectedEmail } from "../../email/credential-emails";
import type { Checklist } from "../../validation/credential-review";
import { recordCredentialDecision, type Reviewer } from "./record-decision";

/** HR rejects a submitted coach, saying why; the coach is told by e-mail in their language. */
export async function rejectCoach(
  prisma: Db,
  actor: Reviewer,
  input: { profileId: string; reason: string; checklist?: Partial<Checklist> | null },
) {
  await recordCredentialDecision(prisma, actor, {
    event: "reject",
    profileId: input.profileId,
    message: input.reason,
    checklist: input.checklist,
    emails: async ({ user }, _tx, reason) => [
      credentialRejectedEmail({ to: user.email, name: user.name, locale: user.preferredLanguage }, { reason }),
    ],
  });
}
