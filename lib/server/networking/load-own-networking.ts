import "server-only";
import type { Db } from "../../db/client";
import type { Availability, ProfileStatus } from "../../domain/coach-lifecycle";
import type { ExpertiseAreaCode } from "../../domain/directory-filters";
import { matchingRules } from "../../domain/matching-rules";
import { findMatchingProgramme } from "../requests/coaching-enrolment";

export type OwnNetworking = {
  /** The networking programme's rules for the page: most conversations at once, approval first. */
  programme: { maxConversations: number; approvalRequired: boolean };
  profile: {
    id: string;
    status: ProfileStatus;
    availability: Availability;
    bioEn: string;
    bioFr: string;
    coachingLanguages: string[];
    expertiseAreas: ExpertiseAreaCode[];
    capacity: number;
    active: number;
  } | null;
};

/** The viewer's networking profile (if they opted in) and the programme's limits; null when no networking programme runs. */
export async function loadOwnNetworking(prisma: Db, userId: string): Promise<OwnNetworking | null> {
  const programme = await findMatchingProgramme(prisma, userId, matchingRules("networking"));
  if (!programme) return null;
  const p = await prisma.matchingProfile.findUnique({
    where: { userId_kind: { userId, kind: "networking" } },
    select: {
      id: true,
      status: true,
      availability: true,
      bioEn: true,
      bioFr: true,
      coachingLanguages: true,
      expertiseAreas: true,
      capacity: true,
      _count: { select: { engagements: { where: { status: "active" } } } },
    },
  });
  return {
    programme: {
      maxConversations: programme.profileCapacityLimit,
      approvalRequired: programme.profileApprovalRequired,
    },
    profile: p
      ? {
          id: p.id,
          status: p.status,
          availability: p.availability,
          bioEn: p.bioEn ?? "",
          bioFr: p.bioFr ?? "",
          coachingLanguages: p.coachingLanguages,
          expertiseAreas: p.expertiseAreas,
          capacity: p.capacity,
          active: p._count.engagements,
        }
      : null,
  };
}
