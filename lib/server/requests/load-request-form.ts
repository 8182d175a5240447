import "server-only";
import type { Db } from "../../db/client";
import { freePlaces } from "../../domain/coach-request";
import { can, type Role } from "../../domain/roles";
import { LISTED_COACH } from "../coaches/list-directory-coaches";
import { DomainError } from "../errors";
import { findCoachingEnrolment } from "./coaching-enrolment";

export type ChoosableCoach = { id: string; name: string | null; entity: string | null; dutyStation: string | null; freePlaces: number };

/** What the request form needs: may the client ask now, and the listed coaches with a free place. */
export async function loadRequestForm(prisma: Db, actor: { id: string; roles: readonly Role[] }, locale: string) {
  if (!can(actor.roles, "request:coach")) throw new DomainError("forbidden");
  const enrolment = await findCoachingEnrolment(prisma, actor.id);
  const programme = enrolment
    ? await prisma.programme.findUniqueOrThrow({ where: { id: enrolment.programmeId }, select: { requestTimeoutWorkingDays: true } })
    : null;
  const [open, engaged] = enrolment
    ? await Promise.all([
        prisma.coachRequest.count({ where: { clientId: actor.id, programmeId: enrolment.programmeId, status: "open" } }),
        prisma.engagement.count({ where: { clientId: actor.id, programmeId: enrolment.programmeId, status: "active" } }),
      ])
    : [0, 0];
  const rows = await prisma.coachProfile.findMany({
    where: { ...LISTED_COACH, userId: { not: actor.id } },
    orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
    select: {
      id: true,
      capacity: true,
      _count: { select: { engagements: { where: { status: "active" } } } },
      user: { select: { name: true, entity: { select: { code: true } }, dutyStation: { select: { nameEn: true, nameFr: true } } } },
    },
  });
  const coaches: ChoosableCoach[] = rows
    .map((r) => ({
      id: r.id,
      name: r.user.name,
      entity: r.user.entity?.code ?? null,
      dutyStation: r.user.dutyStation ? (locale === "fr" ? r.user.dutyStation.nameFr : r.user.dutyStation.nameEn) : null,
      freePlaces: freePlaces(r, r._count.engagements),
    }))
    .filter((c) => c.freePlaces > 0);
  return {
    enrolled: Boolean(enrolment),
    state: !enrolment ? ("notEnrolled" as const) : open > 0 ? ("alreadyOpen" as const) : engaged > 0 ? ("alreadyEngaged" as const) : ("ready" as const),
    workingDays: programme?.requestTimeoutWorkingDays ?? 3,
    coaches,
  };
}

/** The name of a coach profile (for "this coach cannot take new clients" on the form). */
export async function coachName(prisma: Db, profileId: string): Promise<string | null> {
  const p = await prisma.coachProfile.findUnique({ where: { id: profileId }, select: { user: { select: { name: true } } } });
  return p?.user.name ?? null;
}
