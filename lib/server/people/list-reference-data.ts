import "server-only";
import type { Db } from "../../db/client";
import { can, type Actor } from "../../domain/roles";
import { DomainError } from "../errors";

/** The three lists of /admin/reference, by code, with how many people each is used by. */
export async function listReferenceData(prisma: Db, actor: Actor) {
  if (!can(actor.roles, "manage:programme:any")) throw new DomainError("forbidden");
  const [entities, dutyStations, networks] = await Promise.all([
    prisma.entity.findMany({
      orderBy: { code: "asc" },
      select: { id: true, code: true, nameEn: true, nameFr: true, _count: { select: { users: true } } },
    }),
    prisma.dutyStation.findMany({
      orderBy: { code: "asc" },
      select: { id: true, code: true, nameEn: true, nameFr: true, timeZone: true, _count: { select: { users: true } } },
    }),
    prisma.professionalNetwork.findMany({
      orderBy: { code: "asc" },
      select: { id: true, code: true, nameEn: true, nameFr: true, _count: { select: { users: true } } },
    }),
  ]);
  const rows = <T extends { _count: { users: number } }>(list: T[]) =>
    list.map(({ _count, ...r }) => ({ ...r, people: _count.users }));
  return { entity: rows(entities), dutyStation: rows(dutyStations), network: rows(networks) };
}
