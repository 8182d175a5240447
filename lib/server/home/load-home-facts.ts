import "server-only";
import { SEAT_HOLDING_STATUSES } from "../../domain/enrolment";
import type { HomeFacts } from "../../domain/next-steps";
import type { Role } from "../../domain/roles";
import { localized } from "../../i18n/localized";
import { db } from "../db";

/** What the home page's next steps depend on, for one person (queries only what their roles need). */
export async function loadHomeFacts(userId: string, roles: Role[], locale: string): Promise<HomeFacts> {
  const prisma = db();
  const [user, openCoachingCohort, credentialQueueSize, openCohortCount] = await Promise.all([
    prisma.user.findUniqueOrThrow({
      where: { id: userId },
      select: {
        appointmentType: true,
        profiles: { where: { kind: "coach" }, select: { status: true, capacity: true } },
        // Only a held place counts as enrolled (not waitlisted, offered or withdrawn).
        enrolments: { where: { status: "enrolled", cohort: { status: { in: ["open", "running"] } } }, select: { role: true } },
      },
    }),
    roles.includes("client")
      ? prisma.cohort.findFirst({
          where: { status: "open", programme: { type: "coaching" } },
          orderBy: { startsOn: "asc" },
          select: { nameEn: true, nameFr: true, seats: true, _count: { select: { enrolments: { where: { role: "client", status: { in: [...SEAT_HOLDING_STATUSES] } } } } } },
        })
      : null,
    roles.includes("hr_reviewer") ? prisma.coachProfile.count({ where: { kind: "coach", status: "submitted" } }) : 0,
    roles.includes("programme_admin") ? prisma.cohort.count({ where: { status: "open" } }) : 0,
  ]);
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
  };
}
