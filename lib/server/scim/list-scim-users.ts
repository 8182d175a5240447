import "server-only";
import type { Db } from "../../db/client";
import { SCIM_MAX_RESULTS } from "../../domain/scim-discovery";
import { readScimFilter, readScimPaging, SCIM_SCHEMAS, toScimUser, type ScimUserQuery } from "../../domain/scim-user";
import type { Prisma } from "../../generated/prisma/client";
import { scimPersonOf, scimPersonSelect, scimVisible, type ScimClient } from "./scim-person";

function whereOf(query: ScimUserQuery): Prisma.UserWhereInput {
  return {
    ...scimVisible,
    ...(query.id !== undefined ? { id: query.id } : {}),
    ...(query.userName !== undefined ? { email: { equals: query.userName, mode: "insensitive" } } : {}),
    ...(query.externalId !== undefined ? { scimExternalId: query.externalId } : {}),
    ...(query.employeeNumber !== undefined ? { staffIndexNumber: query.employeeNumber } : {}),
    ...(query.active === true ? { disabledAt: null, leftAt: null } : {}),
    ...(query.active === false ? { OR: [{ disabledAt: { not: null } }, { leftAt: { not: null } }] } : {}),
  };
}

/** GET /Users: a page of the people a filter selects (RFC 7644 §3.4.2), oldest first. */
export async function listScimUsers(
  prisma: Db,
  _client: ScimClient,
  params: { filter: string | null; startIndex: string | null; count: string | null },
  baseUrl: string,
) {
  const where = whereOf(readScimFilter(params.filter));
  const { startIndex, count } = readScimPaging(params.startIndex, params.count, { count: 100, max: SCIM_MAX_RESULTS });
  const totalResults = await prisma.user.count({ where });
  const rows =
    count === 0
      ? []
      : await prisma.user.findMany({
          where,
          select: scimPersonSelect,
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          skip: startIndex - 1,
          take: count,
        });
  return {
    schemas: [SCIM_SCHEMAS.listResponse],
    totalResults,
    startIndex,
    itemsPerPage: rows.length,
    Resources: rows.map((row) => toScimUser(scimPersonOf(row), baseUrl)),
  };
}
