import "server-only";
import type { Db } from "../../db/client";
import { joinRefusal, seatsLeft, type GroupStatus } from "../../domain/group-coaching";
import { can, type Actor } from "../../domain/roles";
import type { ErrorKey } from "../../i18n/keys";

export type GroupListItem = {
  id: string;
  titleEn: string;
  titleFr: string;
  descriptionEn: string;
  descriptionFr: string;
  coachName: string | null;
  cohort: { nameEn: string; nameFr: string };
  status: GroupStatus;
  capacity: number;
  members: number;
  seatsLeft: number;
  /** The viewer's part. */
  mine: "coach" | "member" | null;
  /** Why the viewer may not join, or null when they may (null too for the coach and members). */
  joinRefusal: ErrorKey | null;
};

export type GroupsView = {
  /** Groups the viewer leads (coaches). */
  leading: GroupListItem[];
  /** Groups of the cohorts where the viewer holds a client place: theirs first, then the others. */
  offered: GroupListItem[];
  /** Cohorts where the viewer (an approved coach) may open a group. */
  cohortsForNewGroup: { id: string; nameEn: string; nameFr: string; programmeEn: string; programmeFr: string }[];
};

const groupSelect = {
  id: true,
  titleEn: true,
  titleFr: true,
  descriptionEn: true,
  descriptionFr: true,
  status: true,
  capacity: true,
  cohortId: true,
  cohort: { select: { nameEn: true, nameFr: true } },
  profile: { select: { userId: true, user: { select: { name: true } } } },
  members: { where: { leftAt: null }, select: { userId: true } },
  sessions: { select: { position: true, status: true, startsAt: true } },
} as const;

/**
 * What /groups shows: a coach's own groups (and the cohorts they may open one in), and a client's
 * groups of their cohorts with who may join. Public facts only: titles, descriptions, the coach's
 * name and seats, never who the members are.
 */
export async function loadGroups(prisma: Db, actor: Actor, now: Date = new Date()): Promise<GroupsView> {
  const isCoach = can(actor.roles, "manage:coach-profile:own");
  const isClient = can(actor.roles, "enrol:cohort:self");
  const enrolments = isClient
    ? await prisma.cohortEnrolment.findMany({
        where: { userId: actor.id, role: "client", status: "enrolled" },
        select: { cohortId: true },
      })
    : [];
  const cohortIds = enrolments.map((e) => e.cohortId);
  const [leadingRows, offeredRows, myActive] = await Promise.all([
    isCoach
      ? prisma.coachingGroup.findMany({
          where: { profile: { userId: actor.id, kind: "coach" } },
          select: groupSelect,
          orderBy: { createdAt: "desc" },
        })
      : [],
    cohortIds.length
      ? prisma.coachingGroup.findMany({
          where: {
            cohortId: { in: cohortIds },
            OR: [{ status: { in: ["forming", "running"] } }, { members: { some: { userId: actor.id, leftAt: null } } }],
          },
          select: groupSelect,
          orderBy: { createdAt: "asc" },
        })
      : [],
    prisma.coachingGroupMember.findMany({
      where: { userId: actor.id, leftAt: null, group: { status: { in: ["forming", "running"] } } },
      select: { groupId: true, group: { select: { cohortId: true } } },
    }),
  ]);
  const item = (g: (typeof leadingRows)[number]): GroupListItem => {
    const mine =
      g.profile.userId === actor.id ? "coach" : g.members.some((m) => m.userId === actor.id) ? "member" : null;
    const refusal =
      mine === null
        ? joinRefusal(
            {
              status: g.status,
              capacity: g.capacity,
              members: g.members.length,
              sessions: g.sessions,
              enrolledAsClient: cohortIds.includes(g.cohortId),
              alreadyMember: false,
              inOtherActiveGroup: myActive.some((m) => m.group.cohortId === g.cohortId && m.groupId !== g.id),
              isCoach: false,
            },
            now,
          )
        : null;
    return {
      id: g.id,
      titleEn: g.titleEn,
      titleFr: g.titleFr,
      descriptionEn: g.descriptionEn,
      descriptionFr: g.descriptionFr,
      coachName: g.profile.user.name,
      cohort: g.cohort,
      status: g.status,
      capacity: g.capacity,
      members: g.members.length,
      seatsLeft: seatsLeft(g.capacity, g.members.length),
      mine,
      joinRefusal: refusal,
    };
  };
  const offered = offeredRows
    .filter((g) => g.profile.userId !== actor.id)
    .map(item)
    .sort((a, b) => Number(b.mine === "member") - Number(a.mine === "member"));
  const cohortsForNewGroup = isCoach
    ? (
        await prisma.cohort.findMany({
          where: {
            status: { in: ["open", "running"] },
            programme: { type: "coaching", offersGroupCoaching: true, archivedAt: null },
          },
          select: {
            id: true,
            nameEn: true,
            nameFr: true,
            programme: { select: { nameEn: true, nameFr: true } },
          },
          orderBy: { startsOn: "desc" },
        })
      ).map((c) => ({
        id: c.id,
        nameEn: c.nameEn,
        nameFr: c.nameFr,
        programmeEn: c.programme.nameEn,
        programmeFr: c.programme.nameFr,
      }))
    : [];
  return { leading: leadingRows.map(item), offered, cohortsForNewGroup };
}
