import "server-only";
import type { Db } from "../../db/client";
import { can, type Actor } from "../../domain/roles";
import { DomainError } from "../errors";
import { sessionRowSelect, toSessionRow, type SupervisionSessionRow } from "./supervision-session-row";

export type SupervisionAdminView = {
  upcoming: SupervisionSessionRow[];
  past: SupervisionSessionRow[];
  /** Approved coaches named supervisor, who may lead a session. */
  supervisors: { profileId: string; name: string }[];
  /** Approved coaches who are not supervisors (an admin may name them). */
  coaches: { profileId: string; name: string }[];
  programmes: { id: string; nameEn: string; nameFr: string }[];
};

const PAST_SHOWN = 24;

/** For programme admins: group supervision sessions to come and the latest held, supervisors and who may become one. */
export async function listSupervisionSessions(
  prisma: Db,
  actor: Pick<Actor, "roles">,
  now: Date = new Date(),
): Promise<SupervisionAdminView> {
  if (!can(actor.roles, "manage:supervision:any")) throw new DomainError("forbidden");
  const [upcoming, past, profiles, programmes] = await Promise.all([
    prisma.supervisionSession.findMany({
      where: { startsAt: { gt: now } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: sessionRowSelect,
    }),
    prisma.supervisionSession.findMany({
      where: { startsAt: { lte: now } },
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
      take: PAST_SHOWN,
      select: sessionRowSelect,
    }),
    prisma.matchingProfile.findMany({
      where: { kind: "coach", status: "approved" },
      orderBy: [{ sortName: "asc" }, { id: "asc" }],
      select: { id: true, supervisorSince: true, user: { select: { name: true, email: true } } },
    }),
    prisma.programme.findMany({
      where: { archivedAt: null, type: "coaching" },
      orderBy: { nameEn: "asc" },
      select: { id: true, nameEn: true, nameFr: true },
    }),
  ]);
  const named = (p: (typeof profiles)[number]) => ({ profileId: p.id, name: p.user.name ?? p.user.email });
  return {
    upcoming: upcoming.map(toSessionRow),
    past: past.map(toSessionRow),
    supervisors: profiles.filter((p) => p.supervisorSince).map(named),
    coaches: profiles.filter((p) => !p.supervisorSince).map(named),
    programmes,
  };
}
