import "server-only";
import type { Db } from "../../db/client";
import { LISTED_PROFILE } from "../../domain/coach-lifecycle";
import { freePlaces } from "../../domain/match-request";
import { effectiveCapacity, matchingRules, type ProfileKind } from "../../domain/matching-rules";
import { defaultProgrammeSettings } from "../../domain/programme-settings";
import { can, type Actor } from "../../domain/roles";
import { localized } from "../../i18n/localized";
import { DomainError } from "../errors";
import { findMatchingProgramme } from "./coaching-enrolment";

export type ChoosableCoach = {
  id: string;
  name: string | null;
  entity: string | null;
  dutyStation: string | null;
  freePlaces: number;
};

/**
 * What the request form needs, for one kind of matching (coaches by default, mentors): may the
 * person ask now (enrolled in a cohort of such a programme, no open request, no current pairing),
 * how many they may rank, and the listed profiles of that kind with a free place (mentors: of the
 * asker's mentoring programme, places capped by the programme).
 */
export async function loadRequestForm(prisma: Db, actor: Actor, locale: string, kind: ProfileKind = "coach") {
  const rules = matchingRules(kind);
  if (!can(actor.roles, rules.requestPermission)) throw new DomainError("forbidden");
  const programme = await findMatchingProgramme(prisma, actor.id, rules);
  const settings = programme
    ? await prisma.programme.findUniqueOrThrow({
        where: { id: programme.programmeId },
        select: { requestTimeoutWorkingDays: true },
      })
    : null;
  const [open, engaged] = programme
    ? await Promise.all([
        prisma.matchRequest.count({
          where: { seekerId: actor.id, programmeId: programme.programmeId, status: "open" },
        }),
        prisma.engagement.count({
          where: { seekerId: actor.id, programmeId: programme.programmeId, status: "active" },
        }),
      ])
    : [0, 0];
  const rows = await prisma.matchingProfile.findMany({
    where: {
      kind,
      ...LISTED_PROFILE,
      userId: { not: actor.id },
      ...(kind !== "coach" && programme ? { programmeId: programme.programmeId } : {}),
    },
    orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
    select: {
      id: true,
      capacity: true,
      _count: { select: { engagements: { where: { status: "active" } } } },
      user: {
        select: {
          name: true,
          entity: { select: { code: true } },
          dutyStation: { select: { nameEn: true, nameFr: true } },
        },
      },
    },
  });
  const coaches: ChoosableCoach[] = rows
    .map((r) => ({
      id: r.id,
      name: r.user.name,
      entity: r.user.entity?.code ?? null,
      dutyStation: r.user.dutyStation ? localized(r.user.dutyStation, "name", locale) : null,
      freePlaces: freePlaces(
        { capacity: effectiveCapacity(r.capacity, programme?.profileCapacityLimit) },
        r._count.engagements,
      ),
    }))
    .filter((c) => c.freePlaces > 0);
  const pairingBlocks = rules.onePairingAtATime;
  return {
    enrolled: Boolean(programme),
    state: !programme
      ? ("notEnrolled" as const)
      : pairingBlocks && open > 0
        ? ("alreadyOpen" as const)
        : pairingBlocks && engaged > 0
          ? ("alreadyEngaged" as const)
          : ("ready" as const),
    programmeSlug: programme?.programmeSlug ?? null,
    maxChoices: rules.maxChoices,
    workingDays: settings?.requestTimeoutWorkingDays ?? defaultProgrammeSettings().requestTimeoutWorkingDays,
    coaches,
  };
}

/** The name of a profile (for "this coach cannot take new clients" on the form). */
export async function coachName(prisma: Db, profileId: string): Promise<string | null> {
  const p = await prisma.matchingProfile.findUnique({
    where: { id: profileId },
    select: { user: { select: { name: true } } },
  });
  return p?.user.name ?? null;
}
