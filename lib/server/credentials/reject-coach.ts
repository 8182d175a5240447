import "server-only";
import type { Db } from "../../db/client";
import type { Actor } from "../../domain/roles";
import { credentialRejectedEmail } from "../../email/credential-emails";
import type { Checklist } from "../../validation/credential-review";
import { recordCredentialDecision } from "./record-decision";

/** HR rejects a submitted coach, saying why; the coach is told by e-mail in their language. */
export async function rejectCoach(
  prisma: Db,
  actor: Actor,
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
