import "server-only";
import type { Db } from "../../db/client";
import { clientEligibility } from "../../domain/eligibility";
import {
  canJoin,
  CURRENT_COHORT_STATUSES,
  enrolmentRoleFor,
  enrolmentWindow,
  type EnrolmentWindow,
  joinOutcome,
  SEAT_HOLDING_STATUSES,
} from "../../domain/enrolment";
import type { Actor } from "../../domain/roles";
import { localized } from "../../i18n/localized";
import { waitlistPosition } from "./offer-next-seat";

export type EnrolmentSituation =
  | { kind: "notEnrollable" }
  | { kind: "notEligible"; reason: "appointment-not-eligible" | "appointment-unknown" }
  | { kind: "roleMissing"; role: "client" | "mentee" }
  | { kind: "noCohort" }
  | { kind: "enrolled"; since: Date }
  | { kind: "waitlisted"; position: number }
  | { kind: "offered"; expiresAt: Date }
  | { kind: "windowClosed"; reason: Extract<EnrolmentWindow, { open: false }>["reason"] }
  | { kind: "canJoin"; outcome: "enrolled" | "waitlisted" };

export type ProgrammeEnrolmentView = {
  programme: {
    slug: string;
    type: "coaching" | "mentoring" | "networking" | "tripartite_coaching";
    name: string;
    description: string;
    seatOfferDays: number;
  };
  role: "client" | "mentee" | null;
  cohort: {
    id: string;
    name: string;
    status: "draft" | "open" | "running" | "closed";
    startsOn: Date;
    endsOn: Date;
    enrolmentOpensOn: Date;
    enrolmentClosesOn: Date;
    seats: number;
    held: number;
    waitlisted: number;
  } | null;
  situation: EnrolmentSituation;
};

/**
 * What /programmes/[slug] shows one person: the programme, its current cohort (the one they hold
 * a place in, else the one open for enrolment) with its seats, and their situation. Null for an
 * unknown programme.
 */
export async function loadProgrammeEnrolment(
  prisma: Db,
  viewer: Actor,
  slug: string,
  locale: string,
  now = new Date(),
): Promise<ProgrammeEnrolmentView | null> {
  const programme = await prisma.programme.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      type: true,
      nameEn: true,
      nameFr: true,
      descriptionEn: true,
      descriptionFr: true,
      seatOfferDays: true,
      eligibleAppointmentTypes: true,
    },
  });
  if (!programme) return null;
  const role = enrolmentRoleFor(programme.type);
  const [person, cohorts] = await Promise.all([
    prisma.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { appointmentType: true } }),
    prisma.cohort.findMany({
      where: { programmeId: programme.id, status: { in: [...CURRENT_COHORT_STATUSES] } },
      orderBy: { startsOn: "asc" },
      select: {
        id: true,
        nameEn: true,
        nameFr: true,
        status: true,
        startsOn: true,
        endsOn: true,
        enrolmentOpensOn: true,
        enrolmentClosesOn: true,
        seats: true,
        // The viewer's own place (none for a programme without enrolment: role null).
        enrolments: {
          where: { userId: viewer.id, role: role ?? "client", cohort: { programme: { type: { not: "networking" } } } },
          select: { id: true, cohortId: true, status: true, enrolledAt: true, offerExpiresAt: true },
        },
      },
    }),
  ]);
  const mine = cohorts.find((c) => c.enrolments.some((e) => e.status !== "withdrawn"));
  const current = mine ?? cohorts.find((c) => c.status === "open") ?? null;
  const own = current?.enrolments[0] ?? null;

  let cohort: ProgrammeEnrolmentView["cohort"] = null;
  if (current) {
    const [held, waitlisted] = await Promise.all([
      prisma.cohortEnrolment.count({ where: { cohortId: current.id, status: { in: [...SEAT_HOLDING_STATUSES] } } }),
      prisma.cohortEnrolment.count({ where: { cohortId: current.id, status: "waitlisted" } }),
    ]);
    const { enrolments: _, ...c } = current;
    cohort = { ...c, name: localized(c, "name", locale), held, waitlisted };
  }

  const situation = await (async (): Promise<EnrolmentSituation> => {
    if (!role) return { kind: "notEnrollable" };
    const eligibility = clientEligibility(person.appointmentType, programme.eligibleAppointmentTypes);
    if (!eligibility.eligible) return { kind: "notEligible", reason: eligibility.reason };
    if (!viewer.roles.includes(role)) return { kind: "roleMissing", role };
    if (!current || !cohort) return { kind: "noCohort" };
    if (own && !canJoin(own.status)) {
      if (own.status === "enrolled") return { kind: "enrolled", since: own.enrolledAt };
      if (own.status === "offered") return { kind: "offered", expiresAt: own.offerExpiresAt ?? now };
      return { kind: "waitlisted", position: await waitlistPosition(prisma, own) };
    }
    const window = enrolmentWindow(current, now);
    if (!window.open) return { kind: "windowClosed", reason: window.reason };
    return { kind: "canJoin", outcome: joinOutcome(cohort.seats, cohort.held) };
  })();

  return {
    programme: {
      slug: programme.slug,
      type: programme.type,
      name: localized(programme, "name", locale),
      description: localized(programme, "description", locale),
      seatOfferDays: programme.seatOfferDays,
    },
    role,
    cohort,
    situation,
  };
}
