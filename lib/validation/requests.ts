// Forms of match requests and engagements: each schema is used by the form (zodResolver) and by
// its server action (safeParse). Messages are keys of the "errors" catalogue.
import { z } from "zod";
import { AVAILABILITIES } from "../domain/coach-lifecycle";
import { endReasonProblem, MAX_END_ALTERNATIVE } from "../domain/early-ending";
import { choiceSlotProblem, MAX_REASON, MAX_REQUEST_MESSAGE } from "../domain/match-request";
import { matchingRules, PROFILE_KINDS } from "../domain/matching-rules";

const id = z.string().trim().max(64);

/** Which matching a form is about: coaching (the default), mentoring or networking. */
export const profileKindSchema = z.enum(PROFILE_KINDS).default("coach");

export const CHOICE_FIELDS = ["choice1", "choice2", "choice3"] as const;

/**
 * The request form: up to three coaches or mentors in order of preference ("" = not chosen), or
 * one networking colleague (choice1), and a message. The choices follow the domain's rule
 * (choiceSlotProblem, with the kind's maximum), reported beside the rank at fault.
 */
export const requestMatchSchema = z
  .object({
    kind: profileKindSchema,
    choice1: id,
    choice2: id,
    choice3: id,
    message: z.string().trim().min(1, "requestMessageRequired").max(MAX_REQUEST_MESSAGE, "textTooLong"),
  })
  .superRefine((v, ctx) => {
    const problem = choiceSlotProblem(
      CHOICE_FIELDS.map((field) => v[field]),
      matchingRules(v.kind).maxChoices,
    );
    if (problem) ctx.addIssue({ code: "custom", path: [CHOICE_FIELDS[problem.index]], message: problem.error });
  });
export type RequestMatchInput = z.infer<typeof requestMatchSchema>;
export type RequestMatchFormValues = z.input<typeof requestMatchSchema>;

/** The chosen profiles, in order, from the form. */
export function choicesOf(input: Pick<RequestMatchInput, "choice1" | "choice2" | "choice3">): string[] {
  return CHOICE_FIELDS.map((f) => input[f]).filter(Boolean);
}

export const choiceIdSchema = z.object({ choiceId: id.min(1) });
export const declineRequestSchema = z.object({
  choiceId: id.min(1),
  reason: z.string().trim().max(MAX_REASON, "textTooLong"),
});
export const withdrawRequestSchema = z.object({ requestId: id.min(1) });
/** A client or mentee (or a networking colleague) ends an engagement: a reason, as before. */
export const endEngagementSchema = z.object({
  engagementId: id.min(1),
  reason: z.string().trim().min(1, "endReasonRequired").max(MAX_REASON, "textTooLong"),
});
export type EndEngagementInput = z.infer<typeof endEngagementSchema>;

/**
 * A coach or mentor ends early (lib/domain/early-ending.ts): real reasons (endReasonProblem), and
 * optionally another coach or mentor proposed ("" = none) and/or an alternative in their words.
 */
export const endEngagementEarlySchema = z
  .object({
    engagementId: id.min(1),
    reason: z.string().trim(),
    proposedProfileId: id.default(""),
    alternative: z.string().trim().max(MAX_END_ALTERNATIVE, "textTooLong").default(""),
  })
  .superRefine((v, ctx) => {
    const problem = endReasonProblem(v.reason, true);
    if (problem) ctx.addIssue({ code: "custom", path: ["reason"], message: problem });
  });
export type EndEngagementEarlyInput = z.infer<typeof endEngagementEarlySchema>;
export type EndEngagementEarlyFormValues = z.input<typeof endEngagementEarlySchema>;

/** From the notice of an early ending: the client (mentee) asks the proposed coach (mentor) at once. */
export const requestProposedSchema = z.object({
  engagementId: id.min(1),
  message: z.string().trim().min(1, "requestMessageRequired").max(MAX_REQUEST_MESSAGE, "textTooLong"),
});
export type RequestProposedInput = z.infer<typeof requestProposedSchema>;
export const availabilitySchema = z.object({ availability: z.enum(AVAILABILITIES), kind: profileKindSchema });
