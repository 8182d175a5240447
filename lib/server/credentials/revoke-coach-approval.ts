import "server-only";
import type { Db } from "../../db/client";
import type { Actor } from "../../domain/roles";
import { coachWithdrawnEmail, credentialRevokedEmail } from "../../email/credential-emails";
import { appUrl } from "../app-url";
import { recordCredentialDecision } from "./record-decision";

/**
 * HR withdraws an approved coach, saying why: the coach leaves the directory at once. The coach
 * and every programme admin are told, each in their language; clients who already work with the
 * coach keep their engagement (nothing to change there).
 */
export async function revokeCoachApproval(prisma: Db, actor: Actor, input: { profileId: string; reason: string }) {
  await recordCredentialDecision(prisma, actor, {
    event: "revoke",
    profileId: input.profileId,
    message: input.reason,
    emails: async ({ id, user }, tx, reason) => {
      const admins = await tx.user.findMany({
        where: { disabledAt: null, roles: { some: { role: "programme_admin" } } },
        orderBy: { email: "asc" },
        select: { email: true, name: true, preferredLanguage: true },
      });
      const coachName = user.name ?? user.email;
      return [
        credentialRevokedEmail({ to: user.email, name: user.name, locale: user.preferredLanguage }, { reason }),
        ...admins.map((admin) =>
          coachWithdrawnEmail(
            { to: admin.email, name: admin.name, locale: admin.preferredLanguage },
            {
              coachName,
              entity: user.entity?.code ?? "—",
              reason,
              reviewUrl: appUrl(`/hr/credentials/${id}`),
            },
          ),
        ),
      ];
    },
  });
}
