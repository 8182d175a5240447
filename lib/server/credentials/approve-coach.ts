import "server-only";
import type { Db } from "../../db/client";
import type { Actor } from "../../domain/roles";
import { credentialApprovedEmail } from "../../email/credential-emails";
import type { Checklist } from "../../validation/credential-review";
import { appUrl } from "../app-url";
import { recordCredentialDecision } from "./record-decision";

/** HR approves a submitted coach: listed in the directory (while open), told by e-mail in their language. */
export async function approveCoach(
  prisma: Db,
  actor: Actor,
  input: { profileId: string; checklist?: Partial<Checklist> | null },
) {
  await recordCredentialDecision(prisma, actor, {
    event: "approve",
    profileId: input.profileId,
    checklist: input.checklist,
    emails: async ({ user }) => [
      credentialApprovedEmail(
        { to: user.email, name: user.name, locale: user.preferredLanguage },
        { profileUrl: appUrl("/coach/profile") },
      ),
    ],
  });
}
