import "server-only";
import type { Db } from "../../db/client";
import {
  groupFeedbackSummary,
  joinRefusal,
  seatsLeft,
  type GroupFeedbackSummary,
  type GroupSessionStatus,
  type GroupStatus,
} from "../../domain/group-coaching";
import type { Actor } from "../../domain/roles";
import type { ErrorKey } from "../../i18n/keys";
import { DomainError } from "../errors";

export type GroupSessionView = {
  id: string;
  position: number;
  stepKey: string;
  status: GroupSessionStatus;
  startsAt: Date | null;
  timeZone: string | null;
  durationMinutes: number;
  /** The viewer's own evaluation (members only). */
  ownFeedback: { usefulness: number; comment: string | null } | null;
  /** What the coach sees of the members' evaluations (coach only). */
  summary: GroupFeedbackSummary | null;
};

export type GroupView = {
  id: string;
  part: "coach" | "member" | "visitor";
  titleEn: string;
  titleFr: string;
  descriptionEn: string;
  descriptionFr: string;
  coachName: string | null;
  cohort: { nameEn: string; nameFr: string };
  programme: { nameEn: string; nameFr: string };
  status: GroupStatus;
  capacity: number;
  members: number;
  seatsLeft: number;
  /** Members' names: for the coach and the members, never for a visitor. */
  memberNames: (string | null)[] | null;
  /** The join link: for the coach and the members only. */
  meetingUrl: string | null;
  /** The plan and its sessions: for the coach and the members only. */
  sessions: GroupSessionView[] | null;
  /** Why a visitor may not join, or null when they may. */
  joinRefusal: ErrorKey | null;
};

/**
 * One group, as its viewer may see it: the coach sees the members, every session and the
 * evaluations' aggregates past the threshold; a member sees the plan, the sessions, the join link
 * and their own evaluations; a client of the group's cohort sees only the public description and
 * whether they may join. Anyone else is told it does not exist.
 */
export async function loadGroup(prisma: Db, actor: Actor, groupId: string, now: Date = new Date()): Promise<GroupView> {
  const g = await prisma.coachingGroup.findUnique({
    where: { id: groupId },
    select: {
      id: true,
      titleEn: true,
      titleFr: true,
      descriptionEn: true,
      descriptionFr: true,
      status: true,
      capacity: true,
      meetingUrl: true,
      cohortId: true,
      cohort: { select: { nameEn: true, nameFr: true } },
      programme: { select: { nameEn: true, nameFr: true } },
      profile: { select: { userId: true, user: { select: { name: true } } } },
      members: {
        where: { leftAt: null },
        select: { userId: true, user: { select: { name: true } } },
        orderBy: { joinedAt: "asc" },
      },
      sessions: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          stepKey: true,
          status: true,
          startsAt: true,
          timeZone: true,
          durationMinutes: true,
          feedback: { select: { authorId: true, usefulness: true, comment: true } },
        },
      },
    },
  });
  if (!g) throw new DomainError("notFound");
  const isCoach = g.profile.userId === actor.id;
  const isMember = g.members.some((m) => m.userId === actor.id);
  let part: GroupView["part"] = isCoach ? "coach" : isMember ? "member" : "visitor";
  let refusal: ErrorKey | null = null;
  if (part === "visitor") {
    const enrolment = await prisma.cohortEnrolment.findFirst({
      where: { cohortId: g.cohortId, userId: actor.id, role: "client", status: "enrolled" },
      select: { id: true },
    });
    if (!enrolment) throw new DomainError("notFound");
    const other = await prisma.coachingGroupMember.count({
      where: {
        userId: actor.id,
        leftAt: null,
        group: { cohortId: g.cohortId, status: { in: ["forming", "running"] } },
      },
    });
    refusal = joinRefusal(
      {
        status: g.status,
        capacity: g.capacity,
        members: g.members.length,
        sessions: g.sessions,
        enrolledAsClient: true,
        alreadyMember: false,
        inOtherActiveGroup: other > 0,
        isCoach: false,
      },
      now,
    );
    part = "visitor";
  }
  const inside = part !== "visitor";
  return {
    id: g.id,
    part,
    titleEn: g.titleEn,
    titleFr: g.titleFr,
    descriptionEn: g.descriptionEn,
    descriptionFr: g.descriptionFr,
    coachName: g.profile.user.name,
    cohort: g.cohort,
    programme: g.programme,
    status: g.status,
    capacity: g.capacity,
    members: g.members.length,
    seatsLeft: seatsLeft(g.capacity, g.members.length),
    memberNames: inside ? g.members.map((m) => m.user.name) : null,
    meetingUrl: inside ? g.meetingUrl : null,
    sessions: inside
      ? g.sessions.map((s) => {
          const own = part === "member" ? s.feedback.find((f) => f.authorId === actor.id) : undefined;
          return {
            id: s.id,
            position: s.position,
            stepKey: s.stepKey,
            status: s.status,
            startsAt: s.startsAt,
            timeZone: s.timeZone,
            durationMinutes: s.durationMinutes,
            ownFeedback: own ? { usefulness: own.usefulness, comment: own.comment } : null,
            summary: part === "coach" ? groupFeedbackSummary(s.feedback) : null,
          };
        })
      : null,
    joinRefusal: refusal,
  };
}
