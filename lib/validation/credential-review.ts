// HR's decision on a coach's credentials. Shared by the review form (zodResolver) and the server
// action: the same schema says which decisions need a message. Error messages are keys of the
// "errors" catalogue.
import { z } from "zod";
import { decisionNeedsMessage } from "../domain/coach-lifecycle";
import { CREDENTIAL_KINDS, type CredentialKind } from "../domain/coach-profile";

export const CREDENTIAL_DECISIONS = ["approve", "reject", "requestChanges", "revoke"] as const;
export type CredentialDecision = (typeof CREDENTIAL_DECISIONS)[number];
/** The decisions on a submission, in the order the reviewer reads them (the positive one first); revoke ends an approval. */
export const REVIEW_DECISIONS = [
  "approve",
  "requestChanges",
  "reject",
] as const satisfies readonly CredentialDecision[];
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export function isReviewDecision(decision: CredentialDecision): decision is ReviewDecision {
  return (REVIEW_DECISIONS as readonly string[]).includes(decision);
}

export const CHECKLIST_ITEMS = ["credentialValid", "trainingHours", "observedPractice"] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];
/** What the reviewer ticked: true or false, or null when the item does not apply (ICF credential holders). */
export type Checklist = Record<ChecklistItem, boolean | null>;

export const MAX_DECISION_MESSAGE = 2000;

/** A checkbox as a browser sends it ("on" when ticked, absent otherwise) or as a boolean. */
const tick = z
  .union([z.boolean(), z.literal(["on", "true", "false", ""])])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

export const credentialDecisionSchema = z
  .object({
    profileId: z.string().min(1),
    decision: z.enum(CREDENTIAL_DECISIONS, { error: "decisionRequired" }),
    message: z.string().trim().max(MAX_DECISION_MESSAGE, { error: "decisionMessageTooLong" }).default(""),
    credentialValid: tick,
    trainingHours: tick,
    observedPractice: tick,
  })
  .superRefine((input, ctx) => {
    if (decisionNeedsMessage(input.decision) && !input.message) {
      ctx.addIssue({ code: "custom", path: ["message"], message: messageRequiredKey(input.decision) });
    }
  });

export type CredentialDecisionInput = z.input<typeof credentialDecisionSchema>;
export type CredentialDecisionValues = z.output<typeof credentialDecisionSchema>;

/** The "errors" key shown when a decision that must say why (or what to change) says nothing. */
export function messageRequiredKey(decision: CredentialDecision): "decisionReasonRequired" | "decisionMessageRequired" {
  return decision === "requestChanges" ? "decisionMessageRequired" : "decisionReasonRequired";
}

// --- the queue's filters (from the URL) ------------------------------------------------------

export const QUEUE_STATUSES = ["submitted", "changes_requested", "approved", "rejected", "revoked"] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];
/** The queue's filter by kind of credential (lib/domain/coach-profile.ts). */
export { CREDENTIAL_KINDS };
export type CredentialKindValue = CredentialKind;

/** A GET form's values; anything unknown falls back to the default rather than failing. */
export const credentialQueueFilterSchema = z.object({
  status: z
    .enum([...QUEUE_STATUSES, "all"])
    .catch("submitted")
    .default("submitted"),
  entity: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,20}$/)
    .optional()
    .catch(undefined),
  kind: z.enum(CREDENTIAL_KINDS).optional().catch(undefined),
});
export type CredentialQueueFilter = z.output<typeof credentialQueueFilterSchema>;
