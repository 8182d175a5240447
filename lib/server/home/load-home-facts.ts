import "server-only";
import { createTranslator } from "next-intl";
import { CURRENT_COHORT_STATUSES, SEAT_HOLDING_STATUSES } from "../../domain/enrolment";
import { FINAL_STATUSES } from "../../domain/mission-lifecycle";
import type { ActiveEngagement, HomeFacts, OpenMission } from "../../domain/next-steps";
import type { Role } from "../../domain/roles";
import { sessionTitle } from "../../email/reminder-emails";
import { formatWhen } from "../../email/request-emails";
import { isLocale, type Locale } from "../../i18n/config";
import { localized } from "../../i18n/localized";
import { messagesFor } from "../../i18n/messages";
import { db } from "../db";

const ENGAGED_ROLES: readonly Role[] = ["client", "coach", "mentor", "mentee"];
const MISSION_ROLES: readonly Role[] = ["client", "coach", "sponsor", "hr_reviewer"];

/** What the home page's next steps depend on, for one person (queries only what their roles need). */
export async function loadHomeFacts(
  userId: string,
  roles: Role[],
  locale: string,
  now: Date = new Date(),
): Promise<HomeFacts> {
  const prisma = db();
  const lang: Locale = isLocale(locale) ? locale : "en";
  const engaged = roles.some((r) => ENGAGED_ROLES.includes(r));
  const inMissions = roles.some((r) => MISSION_ROLES.includes(r));
  const [user, openCoachingCohort, credentialQueueSize, openCohortCount, pending, engagements, missions] =
    await Promise.all([
      prisma.user.findUniqueOrThrow({
        where: { id: userId },
        select: {
          appointmentType: true,
          timeZone: true,
          profiles: { where: { kind: "coach" }, select: { status: true, capacity: true } },
          // Only a held place counts as enrolled (not waitlisted, offered or withdrawn).
          enrolments: {
            where: { status: "enrolled", cohort: { status: { in: [...CURRENT_COHORT_STATUSES] } } },
            select: { role: true },
          },
        },
      }),
      roles.includes("client")
        ? prisma.cohort.findFirst({
            where: { status: "open", programme: { type: "coaching" } },
            orderBy: { startsOn: "asc" },
            select: {
              nameEn: true,
              nameFr: true,
              seats: true,
              _count: {
                select: { enrolments: { where: { role: "client", status: { in: [...SEAT_HOLDING_STATUSES] } } } },
              },
            },
          })
        : null,
      roles.includes("hr_reviewer")
        ? prisma.matchingProfile.count({ where: { kind: "coach", status: "submitted" } })
        : 0,
      roles.includes("programme_admin") ? prisma.cohort.count({ where: { status: "open" } }) : 0,
      roles.includes("coach") || roles.includes("mentor")
        ? prisma.matchRequestChoice.groupBy({
            by: ["profileId"],
            where: { status: "pending", profile: { userId, kind: { in: ["coach", "mentor"] } } },
            _count: true,
          })
        : [],
      engaged
        ? prisma.engagement.findMany({
            where: { status: "active", OR: [{ seekerId: userId }, { profile: { userId } }] },
            orderBy: { startedAt: "asc" },
            select: {
              id: true,
              seekerId: true,
              programme: { select: { type: true } },
              seeker: { select: { name: true, email: true } },
              profile: { select: { user: { select: { name: true, email: true } } } },
              sessions: {
                where: { status: "scheduled", startsAt: { gte: now } },
                orderBy: { startsAt: "asc" },
                take: 1,
                select: { position: true, stepKey: true, startsAt: true },
              },
              _count: { select: { sessions: true } },
            },
          })
        : [],
      inMissions
        ? prisma.mission.findMany({
            where: {
              status: { notIn: [...FINAL_STATUSES] },
              OR: [{ coacheeId: userId }, { sponsorId: userId }, { hrId: userId }, { coachProfile: { userId } }],
            },
            orderBy: { createdAt: "asc" },
            select: {
              id: true,
              status: true,
              coacheeId: true,
              sponsorId: true,
              hrId: true,
              coachee: { select: { name: true, email: true } },
              coachProfile: { select: { userId: true, user: { select: { name: true, email: true } } } },
              milestones: {
                where: { status: "scheduled", scheduledAt: { gte: now } },
                orderBy: { scheduledAt: "asc" },
                take: 1,
                select: { kind: true, scheduledAt: true },
              },
            },
          })
        : [],
    ]);

  // Which profile kind each pending request is for.
  const pendingRequests = { coach: 0, mentor: 0 };
  if (pending.length) {
    const kinds = await prisma.matchingProfile.findMany({
      where: { id: { in: pending.map((p) => p.profileId) } },
      select: { id: true, kind: true },
    });
    for (const p of pending) {
      const kind = kinds.find((k) => k.id === p.profileId)?.kind;
      if (kind === "coach" || kind === "mentor") pendingRequests[kind] += p._count;
    }
  }

  const when = (d: Date) => formatWhen(d, lang, user.timeZone);
  const activeEngagements: ActiveEngagement[] = engagements.map((e) => {
    const side = e.seekerId === userId ? "client" : "coach";
    const other = side === "client" ? e.profile.user : e.seeker;
    const next = e.sessions[0];
    return {
      engagementId: e.id,
      side,
      programmeType: e.programme.type,
      otherName: other.name ?? other.email,
      sessionCount: e._count.sessions,
      next: next?.startsAt
        ? { position: next.position, title: sessionTitle(next.stepKey, lang), when: when(next.startsAt) }
        : null,
    };
  });

  const tm = createTranslator({ locale: lang, messages: messagesFor(lang), namespace: "missions" });
  const openMissions: OpenMission[] = missions.map((m) => {
    const party =
      m.coacheeId === userId
        ? "coachee"
        : m.coachProfile.userId === userId
          ? "coach"
          : m.sponsorId === userId
            ? "sponsor"
            : "hr";
    const milestone = m.milestones[0];
    return {
      missionId: m.id,
      party,
      coachee: m.coachee.name ?? m.coachee.email,
      coach: m.coachProfile.user.name ?? m.coachProfile.user.email,
      status: tm(`status.${m.status}`),
      nextMilestone: milestone?.scheduledAt
        ? { name: tm(`milestones.${milestone.kind}`), when: when(milestone.scheduledAt) }
        : null,
    };
  });

  return {
    appointmentType: user.appointmentType,
    enrolledAs: user.enrolments.map((e) => e.role),
    openCohort: openCoachingCohort
      ? {
          name: localized(openCoachingCohort, "name", locale),
          seatsLeft: Math.max(0, openCoachingCohort.seats - openCoachingCohort._count.enrolments),
        }
      : null,
    coachStatus: user.profiles[0]?.status ?? null,
    coachCapacity: user.profiles[0]?.capacity ?? null,
    credentialQueueSize,
    openCohortCount,
    pendingRequests,
    engagements: activeEngagements,
    missions: openMissions,
  };
}
