import "server-only";
import type { Db } from "../../db/client";
import { personStatus, type PersonStatus } from "../../domain/people-departure";
import { PEOPLE_PAGE_SIZE, pageCount, type PeopleQuery } from "../../domain/people-search";
import { can, type Actor, type Role } from "../../domain/roles";
import type { Prisma } from "../../generated/prisma/client";
import { DomainError } from "../errors";

export type PersonListRow = {
  id: string;
  name: string | null;
  email: string;
  staffIndexNumber: string | null;
  entityCode: string | null;
  dutyStationCode: string | null;
  status: PersonStatus;
  roles: Role[];
};

/** The `where` of a people search: text on name, e-mail or staff index number, and the filters. */
export function peopleWhere(query: PeopleQuery): Prisma.UserWhereInput {
  const and: Prisma.UserWhereInput[] = [{ anonymisedAt: null }];
  const term = query.q.trim();
  if (term) {
    and.push({
      OR: [
        { name: { contains: term, mode: "insensitive" } },
        { email: { contains: term, mode: "insensitive" } },
        { staffIndexNumber: { startsWith: term, mode: "insensitive" } },
      ],
    });
  }
  if (query.entityId) and.push({ entityId: query.entityId });
  if (query.dutyStationId) and.push({ dutyStationId: query.dutyStationId });
  if (query.appointmentType) and.push({ appointmentType: query.appointmentType });
  if (query.role) and.push({ roles: { some: { role: query.role } } });
  if (query.status === "active") and.push({ disabledAt: null, leftAt: null });
  if (query.status === "disabled") and.push({ disabledAt: { not: null }, leftAt: null });
  if (query.status === "left") and.push({ leftAt: { not: null } });
  return { AND: and };
}

/**
 * One page of the people a programme admin searches (by name, then e-mail), with the total and
 * the number of pages. Paged in the database: a page costs the same among 40,000 people as among 40.
 */
export async function listPeople(prisma: Db, actor: Actor, query: PeopleQuery) {
  if (!can(actor.roles, "manage:roles:any")) throw new DomainError("forbidden");
  const where = peopleWhere(query);
  const total = await prisma.user.count({ where });
  const pages = pageCount(total);
  const page = Math.min(query.page, pages);
  const rows = await prisma.user.findMany({
    where,
    orderBy: [{ name: "asc" }, { email: "asc" }],
    skip: (page - 1) * PEOPLE_PAGE_SIZE,
    take: PEOPLE_PAGE_SIZE,
    select: {
      id: true,
      name: true,
      email: true,
      staffIndexNumber: true,
      disabledAt: true,
      leftAt: true,
      entity: { select: { code: true } },
      dutyStation: { select: { code: true } },
      roles: { select: { role: true }, orderBy: { role: "asc" } },
    },
  });
  const people: PersonListRow[] = rows.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    staffIndexNumber: u.staffIndexNumber,
    entityCode: u.entity?.code ?? null,
    dutyStationCode: u.dutyStation?.code ?? null,
    status: personStatus(u),
    roles: u.roles.map((r) => r.role),
  }));
  return { total, page, pages, people };
}

/** The choices of the people filters: entities and duty stations by code. */
export async function listPeopleFilterOptions(prisma: Db) {
  const [entities, dutyStations] = await Promise.all([
    prisma.entity.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, nameEn: true, nameFr: true } }),
    prisma.dutyStation.findMany({
      orderBy: { code: "asc" },
      select: { id: true, code: true, nameEn: true, nameFr: true, timeZone: true },
    }),
  ]);
  return { entities, dutyStations };
}
