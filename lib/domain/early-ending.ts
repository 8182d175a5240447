// Finishing what one starts (seed 000: a coach completes every series they start; seed 004, the
// ethics charter: whoever stops a mission says why and proposes other options). Pure rules for an
// engagement ended before its planned sessions are held: who carries the duty, what a "real"
// reason is, and which coach or mentor may be proposed instead. The verb in
// lib/server/engagements/end-engagement.ts applies them inside its transaction; the form and the
// schema in lib/validation/requests.ts ask the same functions.
import { whyNotListed, type ListingFacts } from "./coach-lifecycle";
import { hasFreePlace, MAX_REASON } from "./match-request";
import { effectiveCapacity, type ProfileKind } from "./matching-rules";

/** The shortest reason a coach or mentor may give for stopping early: a sentence, not a word. */
export const MIN_EARLY_END_REASON = 20;
/** The longest alternative suggestion (the same bound as a reason). */
export const MAX_END_ALTERNATIVE = MAX_REASON;

export type EndingSide = "provider" | "seeker";

/**
 * Whether ending now is "early": the engagement is still under way (not completed), so some of its
 * planned sessions are not held. Ending a completed or already ended engagement is not possible.
 */
export function isEarlyEnding(engagement: { status: "active" | "ended" | "completed" }): boolean {
  return engagement.status === "active";
}

/**
 * Who carries the duty to finish what they started: the coach or mentor (the one asked), in
 * coaching and mentoring. A client or mentee ending, and networking conversations, keep the plain
 * ending (a reason, no proposal).
 */
export function carriesEndingDuty(side: EndingSide, kind: ProfileKind): boolean {
  return side === "provider" && (kind === "coach" || kind === "mentor");
}

export type ReasonProblem = "endReasonRequired" | "endReasonTooShort" | "textTooLong";

/**
 * What is wrong with a reason, or null. Everybody gives one; a coach or mentor stopping early gives
 * real reasons: at least MIN_EARLY_END_REASON characters (spaces inside counted, ends trimmed) with
 * at least two words.
 */
export function endReasonProblem(reason: string, duty: boolean): ReasonProblem | null {
  const text = reason.trim();
  if (!text) return "endReasonRequired";
  if (text.length > MAX_REASON) return "textTooLong";
  if (duty && (text.length < MIN_EARLY_END_REASON || text.split(/\s+/).length < 2)) return "endReasonTooShort";
  return null;
}

export type ReplacementCandidate = ListingFacts & {
  id: string;
  userId: string;
  kind: ProfileKind;
  programmeId: string | null;
  capacity: number;
  /** The candidate's active engagements now. */
  active: number;
};

export type ReplacementContext = {
  kind: ProfileKind;
  /** The engagement's programme (mentors must belong to it; coaches serve every coaching programme). */
  programmeId: string;
  profileCapacityLimit: number;
  /** The coach or mentor ending (never proposes themself). */
  providerUserId: string;
  /** The client or mentee (never proposed to themself). */
  seekerId: string;
};

export type ReplacementProblem = "replacementNotEligible" | "replacementFull";

/**
 * Whether a coach (mentor) may be proposed instead: of the same kind and programme, listed
 * (approved, open, credential valid, account active), not the one ending, not the client, and with
 * a free place. Null when eligible.
 */
export function replacementProblem(
  candidate: ReplacementCandidate | null,
  ctx: ReplacementContext,
): ReplacementProblem | null {
  if (!candidate || candidate.kind !== ctx.kind) return "replacementNotEligible";
  if (candidate.kind !== "coach" && candidate.programmeId !== ctx.programmeId) return "replacementNotEligible";
  if (candidate.userId === ctx.providerUserId || candidate.userId === ctx.seekerId) return "replacementNotEligible";
  if (whyNotListed(candidate) !== null) return "replacementNotEligible";
  const capacity = effectiveCapacity(candidate.capacity, ctx.profileCapacityLimit);
  if (!hasFreePlace({ capacity }, candidate.active)) return "replacementFull";
  return null;
}
