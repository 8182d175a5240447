import "server-only";
import type { Db } from "../../db/client";
import type { Actor } from "../../domain/roles";
import { credentialChangesRequestedEmail } from "../../email/credential-emails";
import type { Checklist } from "../../validation/credential-review";
import { appUrl } from "../app-url";
import { recordCredentialDecision } from "./record-decision";

/** HR sends a submission back to the coach with what to change; the coach may then edit and resubmit. */
export async function requestCoachChanges(
  prisma: Db,
  actor: Actor,
  input: { profileId: string; message: string; checklist?: Partial<Checklist> | null },
) {
  await recordCredentialDecision(prisma, actor, {
    event: "requestChanges",
    profileId: input.profileId,
    message: input.message,
    checklist: input.checklist,
    emails: async ({ user }, _tx, message) => [
      credentialChangesRequestedEmail(
        { to: user.email, name: user.name, locale: user.preferredLanguage },
        { message, profileUrl: appUrl("/coach/profile") },
      ),
    ],
  });
}
