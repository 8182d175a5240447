// A mentor's profile: what saving it does to its status. Pure; the verb re-checks it in its
// transaction. No credential is reviewed for mentors (lib/domain/matching-rules.ts): a profile is
// listed as soon as it is saved, or once a programme admin approves it where the programme says so.
//
//   (none) | draft | changes_requested ──save──▶ approved (no approval) | submitted (approval)
//   submitted ──save──▶ submitted (still waiting)      approved ──save──▶ approved
//   rejected | revoked ──save──▶ refused
import type { ProfileStatus } from "./coach-lifecycle";
import { CAPACITY_MAX, CAPACITY_MIN } from "./coach-profile";
import { statusOnSubmit, type MatchingRules } from "./matching-rules";

export type MentorSave =
  { ok: true; status: ProfileStatus; submitted: boolean } | { ok: false; error: "mentorProfileRefused" };

/** The status a mentor profile takes when its owner saves it (null: no profile yet). */
export function mentorStatusOnSave(
  current: ProfileStatus | null,
  rules: Pick<MatchingRules, "credentialRequired" | "approvalRequired">,
): MentorSave {
  if (current === "rejected" || current === "revoked") return { ok: false, error: "mentorProfileRefused" };
  if (current === "approved" || current === "submitted") return { ok: true, status: current, submitted: false };
  return { ok: true, status: statusOnSubmit(rules), submitted: true };
}

/** The most mentees one mentor may take: what the programme allows, within CAPACITY_MIN to CAPACITY_MAX. */
export function mentorCapacityMax(programmeMax: number | null | undefined): number {
  return Math.max(CAPACITY_MIN, Math.min(CAPACITY_MAX, programmeMax ?? CAPACITY_MAX));
}
