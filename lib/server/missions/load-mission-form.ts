import "server-only";
import type { Db } from "../../db/client";
import { freePlaces } from "../../domain/match-request";
import { LISTED_PROFILE } from "../../domain/coach-lifecycle";
import { FINAL_STATUSES } from "../../domain/mission-lifecycle";
import { can, type Actor } from "../../domain/roles";
import { localized } from "../../i18n/localized";
import { DomainError } from "../errors";
import { tripartiteProgrammeId } from "./request-mission";

export type MissionFormOption = { id: string; label: string };

/**
 * What the sponsor's request form offers: staff members who may be coached (client role, not
 * already in a mission), listed coaches with a free place, and the people from HR (HR reviewers
 * and other sponsors) who may join.
 */
export async function loadMissionForm(prisma: Db, actor: Actor, locale: string) {
  if (!can(actor.roles, "request:mission")) throw new DomainError("forbidden");
  const entity = { select: { code: true } } as const;
  const [programmeId, coachees, coaches, hrPeople] = await Promise.all([
    tripartiteProgrammeId(prisma),
    prisma.user.findMany({
      where: {
        id: { not: actor.id },
        disabledAt: null,
        roles: { some: { role: "client" } },
        missionsAsCoachee: { none: { status: { notIn: [...FINAL_STATUSES] } } },
      },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: 500,
      select: { id: true, name: true, email: true, entity },
    }),
    prisma.matchingProfile.findMany({
      where: { kind: "coach", ...LISTED_PROFILE, userId: { not: actor.id } },
      orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
      select: {
        id: true,
        capacity: true,
        _count: { select: { engagements: { where: { status: "active" } } } },
        user: { select: { name: true, entity, dutyStation: { select: { nameEn: true, nameFr: true } } } },
      },
    }),
    prisma.user.findMany({
      where: { id: { not: actor.id }, disabledAt: null, roles: { some: { role: { in: ["hr_reviewer", "sponsor"] } } } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: 500,
      select: { id: true, name: true, email: true, entity },
    }),
  ]);
  const label = (p: { name: string | null; email: string; entity: { code: string } | null }) =>
    [p.name ?? p.email, p.entity?.code].filter(Boolean).join(" · ");
  return {
    ready: Boolean(programmeId),
    coachees: coachees.map((p) => ({ id: p.id, label: label(p) })),
    coaches: coaches
      .map((c) => ({
        id: c.id,
        name: c.user.name,
        entity: c.user.entity?.code ?? null,
        dutyStation: c.user.dutyStation ? localized(c.user.dutyStation, "name", locale) : null,
        freePlaces: freePlaces(c, c._count.engagements),
      }))
      .filter((c) => c.freePlaces > 0),
    hrPeople: hrPeople.map((p) => ({ id: p.id, label: label(p) })),
  };
}
