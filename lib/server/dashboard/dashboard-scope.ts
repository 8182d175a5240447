import "server-only";
// Internal to the dashboard's queries: which cohort, and which of its seekers (clients, mentees;
// by the entity and duty station on their profile). Every cohort figure joins its seeker through `seekerJoin`, so
// one filter means the same thing in every table.
import { Prisma } from "../../generated/prisma/client";
import type { DashboardFilter } from "../../validation/programmes";

export type DashboardScope = { cohortId: string } & DashboardFilter;

/**
 * `join "User" <alias> on <alias>.id = <seekerColumn> and …` restricted to the filtered seekers,
 * or nothing at all when no filter is set (no join to pay for). The filtered people are read from
 * the index User (entityId, dutyStationId, id) or (dutyStationId, id) alone, not from their rows.
 * `seekerColumn` and `alias` are fixed SQL written in this folder, never input.
 */
export function seekerJoin(seekerColumn: string, filter: DashboardFilter, alias = "fu"): Prisma.Sql {
  const conditions = placeConditions(alias, filter);
  if (conditions.length === 0) return Prisma.empty;
  return Prisma.sql`join "User" ${Prisma.raw(alias)} on ${Prisma.raw(`${alias}.id = ${seekerColumn}`)} and ${Prisma.join(conditions, " and ")}`;
}

/** Conditions on a person's entity and duty station (by their codes), for the user row `alias`. */
export function placeConditions(alias: string, filter: DashboardFilter): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filter.entity)
    conditions.push(
      Prisma.sql`${Prisma.raw(`${alias}."entityId"`)} = (select id from "Entity" where code = ${filter.entity})`,
    );
  if (filter.station)
    conditions.push(
      Prisma.sql`${Prisma.raw(`${alias}."dutyStationId"`)} = (select id from "DutyStation" where code = ${filter.station})`,
    );
  return conditions;
}

/**
 * Conditions on a dashboard tally's place (CohortSessionTally, CohortFeedbackTally, whose
 * `entityKey` and `stationKey` are the client's entity and duty station ids), for the tally row
 * `alias`: the same selection as seekerJoin.
 */
export function tallyConditions(alias: string, scope: DashboardScope): Prisma.Sql {
  const conditions = [Prisma.sql`${Prisma.raw(`${alias}."cohortId"`)} = ${scope.cohortId}`];
  if (scope.entity)
    conditions.push(
      Prisma.sql`${Prisma.raw(`${alias}."entityKey"`)} = (select id from "Entity" where code = ${scope.entity})`,
    );
  if (scope.station)
    conditions.push(
      Prisma.sql`${Prisma.raw(`${alias}."stationKey"`)} = (select id from "DutyStation" where code = ${scope.station})`,
    );
  return Prisma.join(conditions, " and ");
}

/**
 * A moment as the database's timestamp columns hold it (timestamp without time zone, in UTC),
 * whatever the connection's time zone.
 */
export function utcTimestamp(d: Date): Prisma.Sql {
  return Prisma.sql`(to_timestamp(${d.getTime() / 1000}::float8) at time zone 'UTC')`;
}
