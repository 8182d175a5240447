import "server-only";
// Internal to the programme verbs: the stored fields of a programme from its form, and the
// refusal of a taken address (slug) even when two admins create the same one at once.
import { programmeSettingIssues } from "../../domain/programme-settings";
import type { ProgrammeInput } from "../../validation/programmes";
import { FieldDomainError } from "../errors";

/** The verbs check the rules again (whoever calls them): the first problem, beside its field. */
export function refuseProgrammeIssues(v: ProgrammeInput): void {
  const [issue] = programmeSettingIssues(v);
  if (issue) throw new FieldDomainError(issue.code, issue.field);
}

/** The columns a programme's form writes (the slug is set once, at creation). */
export function programmeData(v: ProgrammeInput, now: Date, archivedAt: Date | null) {
  return {
    type: v.type,
    nameEn: v.nameEn,
    nameFr: v.nameFr,
    descriptionEn: v.descriptionEn,
    descriptionFr: v.descriptionFr,
    sessionPlan: v.sessionPlan,
    eligibleAppointmentTypes: [...new Set(v.eligibleAppointmentTypes)],
    requestTimeoutWorkingDays: v.requestTimeoutWorkingDays,
    seatOfferDays: v.seatOfferDays,
    profileCapacityLimit: v.profileCapacityLimit,
    defaultSeats: v.defaultSeats,
    // Approval of profiles only means something where no credential is reviewed (mentoring, networking).
    ...(v.profileApprovalRequired === undefined
      ? {}
      : {
          profileApprovalRequired:
            v.type === "mentoring" || v.type === "networking" ? v.profileApprovalRequired : false,
        }),
    ...(v.checkInWorkingDays === undefined ? {} : { checkInWorkingDays: v.checkInWorkingDays }),
    // Group coaching is a coaching programme's option only.
    ...(v.offersGroupCoaching === undefined
      ? {}
      : { offersGroupCoaching: v.type === "coaching" ? v.offersGroupCoaching : false }),
    // Archiving keeps the first date it was archived; un-archiving clears it.
    archivedAt: v.archived ? (archivedAt ?? now) : null,
  };
}

/** A unique-constraint failure (Prisma P2002) becomes the form's "address taken" message. */
export function slugTaken(error: unknown, code: "programmeSlugTaken" | "cohortSlugTaken"): never {
  if ((error as { code?: string } | null)?.code === "P2002") throw new FieldDomainError(code, "slug");
  throw error;
}
