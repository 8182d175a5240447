import "server-only";
import type { Db } from "../../db/client";
import { can, type Actor } from "../../domain/roles";
import type { SupervisorNoticeRole } from "../../validation/inform-supervisor";

/** What the "Inform your supervisor" section of a profile page shows. */
export type SupervisorNoticeView = {
  role: SupervisorNoticeRole;
  /** The supervisor HR data names (User.supervisorId), while they are still in the organisation. */
  hrSupervisorEmail: string | null;
  /** When the courtesy e-mail was last sent, or null. */
  informedAt: Date | null;
};

const PERMISSION = { coach: "manage:coach-profile:own", mentor: "manage:mentor-profile:own" } as const;

/**
 * The caller's own section, or null when there is nothing to inform about: no such role, no profile
 * of that kind yet, or a profile rejected or withdrawn.
 */
export async function loadSupervisorNotice(
  prisma: Db,
  actor: Actor,
  role: SupervisorNoticeRole,
): Promise<SupervisorNoticeView | null> {
  if (!can(actor.roles, PERMISSION[role])) return null;
  const [profile, user] = await Promise.all([
    prisma.matchingProfile.findUnique({
      where: { userId_kind: { userId: actor.id, kind: role } },
      select: { status: true, supervisorInformedAt: true },
    }),
    prisma.user.findUnique({
      where: { id: actor.id },
      select: { supervisor: { select: { email: true, leftAt: true, anonymisedAt: true } } },
    }),
  ]);
  if (!profile || profile.status === "rejected" || profile.status === "revoked") return null;
  const supervisor = user?.supervisor;
  return {
    role,
    hrSupervisorEmail: supervisor && !supervisor.leftAt && !supervisor.anonymisedAt ? supervisor.email : null,
    informedAt: profile.supervisorInformedAt,
  };
}
