import "server-only";
import type { Db } from "../../db/client";
import { can, type Actor } from "../../domain/roles";
import { isSupervisor } from "../../domain/supervision-groups";
import { DomainError } from "../errors";
import { sessionRowSelect, toSessionRow, type SupervisionSessionRow } from "./supervision-session-row";

export type CoachSupervisionSessions = {
  /** Sessions to come, scheduled, with whether the coach holds a seat. */
  open: (SupervisionSessionRow & { registered: boolean; ledByMe: boolean })[];
  /** When the coach is a supervisor: the sessions they lead (to come, and the last held). */
  led: SupervisionSessionRow[] | null;
  /** Only an approved coach takes a seat (a coach whose credential is under review or lapsed sees none offered). */
  mayRegister: boolean;
};

/** For a coach: group supervision sessions to register for, and those they lead when they are a supervisor. */
export async function listOpenSupervisionSessions(
  prisma: Db,
  actor: Actor,
  now: Date = new Date(),
): Promise<CoachSupervisionSessions> {
  if (!can(actor.roles, "record:supervision:own")) throw new DomainError("forbidden");
  const profile = await prisma.matchingProfile.findUnique({
    where: { userId_kind: { userId: actor.id, kind: "coach" } },
    select: { id: true, status: true, supervisorSince: true },
  });
  const [open, led] = await Promise.all([
    prisma.supervisionSession.findMany({
      where: { startsAt: { gt: now }, status: "scheduled" },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: {
        ...sessionRowSelect,
        supervisorUserId: true,
        registrations: { where: { cancelledAt: null, coachProfileId: profile?.id ?? "" }, select: { id: true } },
      },
    }),
    isSupervisor(profile)
      ? prisma.supervisionSession.findMany({
          where: {
            supervisorUserId: actor.id,
            startsAt: { gt: new Date(now.getTime() - 92 * 24 * 3600_000) },
          },
          orderBy: [{ startsAt: "asc" }, { id: "asc" }],
          select: sessionRowSelect,
        })
      : null,
  ]);
  const mayRegister = profile?.status === "approved";
  return {
    mayRegister,
    open: (mayRegister ? open : []).map((s) => ({
      ...toSessionRow(s),
      registered: s.registrations.length > 0,
      ledByMe: s.supervisorUserId === actor.id,
    })),
    led: led?.map(toSessionRow) ?? null,
  };
}
