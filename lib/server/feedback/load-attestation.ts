import "server-only";
import type { Db } from "../../db/client";
import { can, type Actor } from "../../domain/roles";

export type Attestation = {
  engagementId: string;
  clientName: string;
  coachName: string;
  programme: { nameEn: string; nameFr: string; type: "coaching" | "mentoring" | "networking" | "tripartite_coaching" };
  cohort: { nameEn: string; nameFr: string } | null;
  startedAt: Date;
  completedAt: Date;
  sessionsCompleted: number;
};

/**
 * The attestation of participation of a completed engagement, for its client only (to count it
 * as a development activity in their appraisal); null for anyone else, the coach included, and
 * for an engagement not completed. It carries no evaluation and no note.
 */
export async function loadAttestation(prisma: Db, viewer: Actor, engagementId: string): Promise<Attestation | null> {
  if (!can(viewer.roles, "view:engagement:own")) return null;
  const e = await prisma.engagement.findUnique({
    where: { id: engagementId },
    select: {
      id: true,
      status: true,
      seekerId: true,
      startedAt: true,
      completedAt: true,
      seeker: { select: { name: true, email: true } },
      profile: { select: { user: { select: { name: true, email: true } } } },
      programme: { select: { nameEn: true, nameFr: true, type: true } },
      cohort: { select: { nameEn: true, nameFr: true } },
      _count: { select: { sessions: { where: { status: "completed" } } } },
    },
  });
  if (!e || e.seekerId !== viewer.id || e.status !== "completed") return null;
  const coach = e.profile.user;
  return {
    engagementId: e.id,
    clientName: e.seeker.name ?? e.seeker.email,
    coachName: coach.name ?? coach.email,
    programme: e.programme,
    cohort: e.cohort,
    startedAt: e.startedAt,
    completedAt: e.completedAt ?? e.startedAt,
    sessionsCompleted: e._count.sessions,
  };
}
