// One matching machinery serves coaching, mentoring and networking: the same profiles
// (MatchingProfile, whatever its kind), the same ranked requests, the same capacity checks under
// row locks, the same engagements and session plans. What differs between programme types is
// decided here, from the programme's settings, and nowhere else. Pure rules, no I/O.
import type { ProgrammeType } from "./enrolment";
import { MAX_CHOICES } from "./match-request";
import type { Permission, Role } from "./roles";

export const PROFILE_KINDS = ["coach", "mentor", "networking"] as const;
export type ProfileKind = (typeof PROFILE_KINDS)[number];

/** Programme types whose people are matched through the directory (tripartite missions are not). */
export const MATCHED_PROGRAMME_TYPES = [
  "coaching",
  "mentoring",
  "networking",
] as const satisfies readonly ProgrammeType[];
export type MatchedProgrammeType = (typeof MATCHED_PROGRAMME_TYPES)[number];

export type MatchingRules = {
  kind: ProfileKind;
  programmeType: MatchedProgrammeType;
  /** The role whose cohort enrolment lets a person ask, or null when no cohort is needed. */
  seekerRole: "client" | "mentee" | null;
  /** The permission asking needs. */
  requestPermission: Permission;
  /** The permission managing one's own profile of this kind (and answering requests) needs. */
  providerPermission: Permission;
  /** ICF credentials reviewed by HR before the profile is listed. */
  credentialRequired: boolean;
  /** A programme admin approves the profile before it is listed. */
  approvalRequired: boolean;
  /** How many people one request may rank. */
  maxChoices: number;
  /**
   * One pairing at a time per programme (a client has one coach, a mentee one mentor); networking
   * conversations may run side by side, but only one at a time with the same colleague.
   */
  onePairingAtATime: boolean;
  /** Where people browse profiles of this kind. */
  directoryPath: "/coaches" | "/mentors" | "/networking";
};

export function profileKindFor(type: MatchedProgrammeType): ProfileKind {
  return type === "coaching" ? "coach" : type === "mentoring" ? "mentor" : "networking";
}

export function programmeTypeFor(kind: ProfileKind): MatchedProgrammeType {
  return kind === "coach" ? "coaching" : kind === "mentor" ? "mentoring" : "networking";
}

export function isMatchedProgrammeType(type: string): type is MatchedProgrammeType {
  return (MATCHED_PROGRAMME_TYPES as readonly string[]).includes(type);
}

/**
 * The rules of one kind of matching, given the programme's settings (`profileApprovalRequired`
 * only matters where no credential is reviewed: coaches are always reviewed by HR).
 */
export function matchingRules(kind: ProfileKind, settings: { profileApprovalRequired?: boolean } = {}): MatchingRules {
  switch (kind) {
    case "coach":
      return {
        kind,
        programmeType: "coaching",
        seekerRole: "client",
        requestPermission: "request:coach",
        providerPermission: "manage:coach-profile:own",
        credentialRequired: true,
        approvalRequired: false,
        maxChoices: MAX_CHOICES,
        onePairingAtATime: true,
        directoryPath: "/coaches",
      };
    case "mentor":
      return {
        kind,
        programmeType: "mentoring",
        seekerRole: "mentee",
        requestPermission: "request:mentor",
        providerPermission: "manage:mentor-profile:own",
        credentialRequired: false,
        approvalRequired: settings.profileApprovalRequired ?? false,
        maxChoices: MAX_CHOICES,
        onePairingAtATime: true,
        directoryPath: "/mentors",
      };
    case "networking":
      return {
        kind,
        programmeType: "networking",
        seekerRole: null,
        requestPermission: "request:networking",
        providerPermission: "manage:networking-profile:own",
        credentialRequired: false,
        approvalRequired: settings.profileApprovalRequired ?? false,
        maxChoices: 1,
        onePairingAtATime: false,
        directoryPath: "/networking",
      };
  }
}

/** The status a profile takes when its owner submits it (or opts in): reviewed, or listed at once. */
export function statusOnSubmit(
  rules: Pick<MatchingRules, "credentialRequired" | "approvalRequired">,
): "submitted" | "approved" {
  return rules.credentialRequired || rules.approvalRequired ? "submitted" : "approved";
}

/**
 * How many people a profile takes at once: what its owner chose, never more than the
 * programme allows (Programme.profileCapacityLimit).
 */
export function effectiveCapacity(profileCapacity: number, programmeMax: number | null | undefined): number {
  return programmeMax == null ? profileCapacity : Math.min(profileCapacity, programmeMax);
}

/** The role a person needs to keep a profile of this kind (networking needs none: anyone may opt in). */
export function providerRole(kind: ProfileKind): Role | null {
  return kind === "coach" ? "coach" : kind === "mentor" ? "mentor" : null;
}
