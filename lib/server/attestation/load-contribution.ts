import "server-only";
import type { Db } from "../../db/client";
import {
  attendedWithin,
  contributionPeriod,
  contributionYears,
  summariseContribution,
  type Contribution,
  type ContributionEngagement,
} from "../../domain/contribution";
import { can, type Actor } from "../../domain/roles";
import { DomainError } from "../errors";
import { loadAttendedWorkshops, type AttendedWorkshop } from "../workshops/load-attended-workshops";

export type ContributionRole = "coach" | "mentor";

export type ContributionAttestation = {
  name: string;
  role: ContributionRole;
  /** The year chosen, or null for every year. */
  year: number | null;
  /** The years that can be chosen, newest first. */
  years: number[];
  contribution: Contribution;
  programmes: Record<string, { nameEn: string; nameFr: string }>;
  /** The workshops (development activities) attended in the period. */
  workshops: AttendedWorkshop[];
};

const PERMISSION = { coach: "record:supervision:own", mentor: "manage:mentor-profile:own" } as const;

/**
 * The attestation of a coach's or mentor's contribution: their own, for one calendar year or for
 * every year. It counts people accompanied, series completed, sessions held and their hours, and
 * (for coaches) the supervision sessions they recorded as attended; it names no client. A year
 * outside those with activity gives empty figures rather than an error.
 */
export async function loadContributionAttestation(
  prisma: Db,
  actor: Actor & { name?: string | null; email: string },
  role: ContributionRole,
  year: number | null,
): Promise<ContributionAttestation> {
  if (!can(actor.roles, PERMISSION[role])) throw new DomainError("forbidden");
  const profile = await prisma.matchingProfile.findUnique({
    where: { userId_kind: { userId: actor.id, kind: role } },
    select: {
      engagements: {
        orderBy: { startedAt: "asc" },
        select: {
          programmeId: true,
          startedAt: true,
          endedAt: true,
          completedAt: true,
          programme: { select: { nameEn: true, nameFr: true } },
          sessions: {
            where: { status: "completed", completedAt: { not: null } },
            select: { completedAt: true, durationMinutes: true },
          },
        },
      },
      supervisionRecords: { where: { attended: true }, select: { heldOn: true, attended: true } },
    },
  });
  const engagements: ContributionEngagement[] = (profile?.engagements ?? []).map((e) => ({
    programmeId: e.programmeId,
    startedAt: e.startedAt,
    closedAt: e.completedAt ?? e.endedAt,
    completedAt: e.completedAt,
    sessionsHeld: e.sessions.map((s) => ({ heldAt: s.completedAt!, minutes: s.durationMinutes })),
  }));
  const supervision = role === "coach" ? (profile?.supervisionRecords ?? []) : [];
  const programmes: ContributionAttestation["programmes"] = {};
  for (const e of profile?.engagements ?? []) programmes[e.programmeId] = e.programme;
  const workshops = attendedWithin(await loadAttendedWorkshops(prisma, actor.id), contributionPeriod(year));
  return {
    name: actor.name ?? actor.email,
    role,
    year,
    years: contributionYears(engagements, supervision),
    contribution: summariseContribution(engagements, supervision, contributionPeriod(year)),
    programmes,
    workshops,
  };
}
