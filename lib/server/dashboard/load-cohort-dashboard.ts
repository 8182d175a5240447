import "server-only";
import type { Db } from "../../db/client";
import {
  cohortProgress,
  completionRate,
  dashboardAccess,
  funnelRates,
  rate,
  sessionsPastEnd,
  type DashboardAccess,
} from "../../domain/cohort-figures";
import type { Role } from "../../domain/roles";
import type { DashboardFilter } from "../../validation/programmes";
import { DomainError } from "../errors";
import { aggregateFeedback } from "./aggregate-feedback";
import { aggregatePulse } from "./aggregate-pulse";
import { countEngagementOutcomes } from "./count-engagement-outcomes";
import { countFunnel } from "./count-funnel";
import { countPendingRequests } from "./count-pending-requests";
import { countSeats } from "./count-seats";
import { countSessionsByMonth } from "./count-sessions-by-month";
import type { DashboardScope } from "./dashboard-scope";
import { listEarlyEndings } from "./list-early-endings";
import { listFilterOptions } from "./list-filter-options";
import { measureCoachFigures } from "./measure-coach-figures";
import { measureCredentialQueue } from "./measure-credential-queue";
import { measureFitRate } from "./measure-fit-rate";
import { measureTimeToMatch } from "./measure-time-to-match";

export type DashboardCohort = {
  id: string;
  slug: string;
  nameEn: string;
  nameFr: string;
  startsOn: Date;
  endsOn: Date;
  status: "draft" | "open" | "running" | "closed";
  seats: number;
  programme: { slug: string; type: string; nameEn: string; nameFr: string };
};

async function loadCohortFigures(
  prisma: Db,
  scope: DashboardScope,
  cohort: { seats: number; startsOn: Date; endsOn: Date; status: string },
  now: Date,
  endingsTake: number,
) {
  const seats = cohort.seats;
  const [
    seatFigures,
    funnel,
    timeToMatch,
    pending,
    sessionsByMonth,
    outcomes,
    earlyEndings,
    { coaches, supervision },
    feedback,
    fit,
    pulse,
  ] = await Promise.all([
    countSeats(prisma, scope, seats),
    countFunnel(prisma, scope),
    measureTimeToMatch(prisma, scope),
    countPendingRequests(prisma, scope, now),
    countSessionsByMonth(prisma, scope, now),
    countEngagementOutcomes(prisma, scope),
    listEarlyEndings(prisma, scope, endingsTake),
    measureCoachFigures(prisma, scope, cohort, now),
    aggregateFeedback(prisma, scope),
    measureFitRate(prisma, scope),
    aggregatePulse(prisma, scope),
  ]);
  const held = sessionsByMonth.reduce((n, m) => n + m.held, 0);
  const planned = sessionsByMonth.reduce((n, m) => n + m.planned, 0);
  const missed = sessionsByMonth.reduce((n, m) => n + m.missed, 0);
  return {
    seats: seatFigures,
    funnel,
    funnelRates: funnelRates(funnel),
    timeToMatch,
    pending,
    sessionsByMonth,
    sessions: { held, planned, missed, heldRate: rate(held, planned) },
    outcomes,
    completionRate: completionRate(outcomes),
    progress: cohortProgress(cohort, now, sessionsByMonth, outcomes),
    pastEnd: { ...sessionsPastEnd(sessionsByMonth), endsOn: cohort.endsOn },
    earlyEndings,
    coaches,
    supervision,
    feedback,
    fit,
    pulse,
  };
}

export type CohortFigures = Awaited<ReturnType<typeof loadCohortFigures>>;

export type CohortDashboard = {
  access: Exclude<DashboardAccess, "none">;
  cohort: DashboardCohort;
  filter: DashboardFilter;
  options: Awaited<ReturnType<typeof listFilterOptions>>;
  /** Null for HR reviewers, who see only the credential queue. */
  figures: CohortFigures | null;
  credentialQueue: Awaited<ReturnType<typeof measureCredentialQueue>>;
};

/**
 * Everything a cohort dashboard shows, filtered by the clients' entity and duty station: every
 * figure for programme admins, the credential queue's figures only for HR reviewers, a refusal for
 * anyone else. Each figure is one aggregate query in the database; they run side by side. Null
 * when the cohort does not exist.
 */
export async function loadCohortDashboard(
  prisma: Db,
  actor: { roles: readonly Role[] },
  cohortId: string,
  filter: DashboardFilter,
  { now = new Date(), endingsTake = 20 }: { now?: Date; endingsTake?: number } = {},
): Promise<CohortDashboard | null> {
  const access = dashboardAccess(actor.roles);
  if (access === "none") throw new DomainError("forbidden");
  const cohort = await prisma.cohort.findUnique({
    where: { id: cohortId },
    select: {
      id: true,
      slug: true,
      nameEn: true,
      nameFr: true,
      startsOn: true,
      endsOn: true,
      status: true,
      seats: true,
      programme: { select: { slug: true, type: true, nameEn: true, nameFr: true } },
    },
  });
  if (!cohort) return null;
  const scope: DashboardScope = { cohortId: cohort.id, ...filter };
  const [options, figures, credentialQueue] = await Promise.all([
    listFilterOptions(prisma),
    access === "full" ? loadCohortFigures(prisma, scope, cohort, now, endingsTake) : Promise.resolve(null),
    measureCredentialQueue(prisma, filter, now),
  ]);
  return { access, cohort, filter, options, figures, credentialQueue };
}
