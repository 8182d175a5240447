import "server-only";
import type { Db } from "../../db/client";
import { can, type Actor } from "../../domain/roles";
import { DomainError } from "../errors";
import { MENTOR_DECISION_ACTIONS } from "./record-mentor-decision";

export type QueuedMentor = {
  id: string;
  name: string | null;
  email: string;
  programme: { nameEn: string; nameFr: string } | null;
  entity: { code: string; nameEn: string; nameFr: string } | null;
  dutyStation: { nameEn: string; nameFr: string } | null;
  expertiseAreas: string[];
  coachingLanguages: string[];
  careerPath: string | null;
  bioEn: string | null;
  bioFr: string | null;
  profileUrl: string | null;
  capacity: number;
  submittedAt: Date | null;
};

type MentorDecisionAction = (typeof MENTOR_DECISION_ACTIONS)[keyof typeof MENTOR_DECISION_ACTIONS];
const isMentorDecisionAction = (action: string): action is MentorDecisionAction =>
  Object.values(MENTOR_DECISION_ACTIONS).some((a) => a === action);

export type MentorDecisionRow = {
  id: string;
  at: Date;
  action: MentorDecisionAction;
  mentorName: string | null;
  reviewerName: string | null;
  message: string | null;
};

/**
 * What /admin/mentors shows a programme admin: the mentor profiles waiting for approval (oldest
 * first) and the latest decisions taken on mentor profiles.
 */
export async function listMentorQueue(
  prisma: Db,
  actor: Actor,
): Promise<{ queue: QueuedMentor[]; history: MentorDecisionRow[] }> {
  if (!can(actor.roles, "review:mentor-profile:any")) throw new DomainError("forbidden");
  const place = { select: { code: true, nameEn: true, nameFr: true } } as const;
  const [rows, decisions] = await Promise.all([
    prisma.matchingProfile.findMany({
      where: { kind: "mentor", status: "submitted", user: { disabledAt: null } },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        expertiseAreas: true,
        coachingLanguages: true,
        careerPath: true,
        bioEn: true,
        bioFr: true,
        profileUrl: true,
        capacity: true,
        submittedAt: true,
        programme: { select: { nameEn: true, nameFr: true } },
        user: {
          select: { name: true, email: true, entity: place, dutyStation: { select: { nameEn: true, nameFr: true } } },
        },
      },
    }),
    prisma.auditLog.findMany({
      where: { targetType: "MatchingProfile", action: { in: Object.values(MENTOR_DECISION_ACTIONS) } },
      orderBy: { at: "desc" },
      take: 30,
      select: { id: true, at: true, action: true, targetId: true, actorId: true, data: true },
    }),
  ]);
  const people = await prisma.matchingProfile.findMany({
    where: { id: { in: decisions.map((d) => d.targetId) } },
    select: { id: true, user: { select: { name: true } } },
  });
  const reviewers = await prisma.user.findMany({
    where: { id: { in: decisions.map((d) => d.actorId).filter((x): x is string => Boolean(x)) } },
    select: { id: true, name: true },
  });
  const mentorName = new Map(people.map((p) => [p.id, p.user.name]));
  const reviewerName = new Map(reviewers.map((r) => [r.id, r.name]));
  return {
    queue: rows.map((r) => ({
      id: r.id,
      name: r.user.name,
      email: r.user.email,
      programme: r.programme,
      entity: r.user.entity,
      dutyStation: r.user.dutyStation,
      expertiseAreas: r.expertiseAreas,
      coachingLanguages: r.coachingLanguages,
      careerPath: r.careerPath,
      bioEn: r.bioEn,
      bioFr: r.bioFr,
      profileUrl: r.profileUrl,
      capacity: r.capacity,
      submittedAt: r.submittedAt,
    })),
    history: decisions.flatMap(({ action, ...d }) =>
      isMentorDecisionAction(action)
        ? [
            {
              id: d.id,
              at: d.at,
              action,
              mentorName: mentorName.get(d.targetId) ?? null,
              reviewerName: d.actorId ? (reviewerName.get(d.actorId) ?? null) : null,
              message: ((d.data as { message?: string } | null)?.message ?? null) || null,
            },
          ]
        : [],
    ),
  };
}
