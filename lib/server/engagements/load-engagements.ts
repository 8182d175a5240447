import "server-only";
import type { Db } from "../../db/client";
import { freePlaces } from "../../domain/coach-request";
import { can, type Role } from "../../domain/roles";
import { DomainError } from "../errors";

const place = { select: { nameEn: true, nameFr: true } } as const;
const person = { select: { id: true, name: true, email: true, entity: place, dutyStation: place } } as const;

export type Place = { nameEn: string; nameFr: string } | null;
export type PersonDto = { id: string; name: string | null; email: string; entity: Place; dutyStation: Place };
export type EngagementDto = {
  id: string;
  status: "active" | "ended" | "completed";
  role: "coach" | "client";
  other: PersonDto;
  programme: { nameEn: string; nameFr: string };
  startedAt: Date;
  endedAt: Date | null;
  endReason: string | null;
  endedByMe: boolean;
};
export type IncomingDto = { choiceId: string; client: PersonDto; message: string; askedAt: Date | null; dueAt: Date | null; programme: { nameEn: string; nameFr: string } };
export type ChoiceDto = { id: string; rank: number; status: string; coachName: string | null; coachProfileId: string; askedAt: Date | null; dueAt: Date | null; answeredAt: Date | null; declineReason: string | null };
export type RequestDto = { id: string; status: "open" | "accepted" | "withdrawn" | "exhausted"; message: string; createdAt: Date; closedAt: Date | null; choices: ChoiceDto[] };

export type EngagementsView = {
  coach: { availability: "open" | "paused"; status: string; capacity: number; freePlaces: number; incoming: IncomingDto[] } | null;
  client: { request: RequestDto | null } | null;
  active: EngagementDto[];
  past: EngagementDto[];
};

/** What /engagements shows the caller: only their own requests and engagements, as DTOs. */
export async function loadEngagements(prisma: Db, actor: { id: string; roles: readonly Role[] }): Promise<EngagementsView> {
  if (!can(actor.roles, "view:engagement:own")) throw new DomainError("forbidden");
  const profile = actor.roles.includes("coach")
    ? await prisma.coachProfile.findUnique({ where: { userId: actor.id }, select: { id: true, status: true, availability: true, capacity: true } })
    : null;

  const rows = await prisma.engagement.findMany({
    where: { OR: [{ clientId: actor.id }, ...(profile ? [{ coachProfileId: profile.id }] : [])] },
    orderBy: [{ startedAt: "desc" }],
    select: {
      id: true,
      status: true,
      clientId: true,
      startedAt: true,
      endedAt: true,
      endReason: true,
      endedById: true,
      programme: { select: { nameEn: true, nameFr: true } },
      client: person,
      coachProfile: { select: { user: person } },
    },
  });
  const engagements: EngagementDto[] = rows.map((e) => {
    const role = e.clientId === actor.id ? "client" : "coach";
    return {
      id: e.id,
      status: e.status,
      role,
      other: role === "client" ? e.coachProfile.user : e.client,
      programme: e.programme,
      startedAt: e.startedAt,
      endedAt: e.endedAt,
      endReason: e.endReason,
      endedByMe: e.endedById === actor.id,
    };
  });
  const active = engagements.filter((e) => e.status === "active");

  let coach: EngagementsView["coach"] = null;
  if (profile) {
    const incoming = await prisma.coachRequestChoice.findMany({
      where: { coachProfileId: profile.id, status: "pending", request: { status: "open" } },
      orderBy: { dueAt: "asc" },
      select: { id: true, askedAt: true, dueAt: true, request: { select: { message: true, client: person, programme: { select: { nameEn: true, nameFr: true } } } } },
    });
    const mine = active.filter((e) => e.role === "coach").length;
    coach = {
      availability: profile.availability,
      status: profile.status,
      capacity: profile.capacity,
      freePlaces: freePlaces(profile, mine),
      incoming: incoming.map((c) => ({ choiceId: c.id, client: c.request.client, message: c.request.message, askedAt: c.askedAt, dueAt: c.dueAt, programme: c.request.programme })),
    };
  }

  let client: EngagementsView["client"] = null;
  if (actor.roles.includes("client")) {
    // The latest request: open, or just ended (exhausted shows "choose again").
    const r = await prisma.coachRequest.findFirst({
      where: { clientId: actor.id, status: { in: ["open", "exhausted"] } },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        status: true,
        message: true,
        createdAt: true,
        closedAt: true,
        choices: {
          orderBy: { rank: "asc" },
          select: { id: true, rank: true, status: true, coachProfileId: true, askedAt: true, dueAt: true, answeredAt: true, declineReason: true, coachProfile: { select: { user: { select: { name: true } } } } },
        },
      },
    });
    // An exhausted request stays shown until the client makes a new one or gets a coach.
    const superseded = r?.status === "exhausted" && (active.some((e) => e.role === "client") || (await prisma.coachRequest.count({ where: { clientId: actor.id, createdAt: { gt: r.createdAt } } })) > 0);
    client = {
      request:
        r && !superseded
          ? { ...r, choices: r.choices.map(({ coachProfile, ...c }) => ({ ...c, coachName: coachProfile.user.name })) }
          : null,
    };
  }

  return { coach, client, active, past: engagements.filter((e) => e.status !== "active") };
}
