// Forms of tripartite missions: each schema is used by its form (zodResolver) and by its server
// action (safeParse). Messages are keys of the "errors" catalogue.
import { z } from "zod";
import { MAX_FRAMING_TEXT, MAX_INTERMEDIATE_REASON } from "../domain/mission-framing";
import { MILESTONE_KINDS } from "../domain/mission-lifecycle";
import {
  MAX_COST,
  MAX_EVIDENCE,
  MAX_INDICATOR,
  MAX_INDICATORS,
  MAX_MISSION_TEXT,
  MAX_REASON_TEXT,
  MAX_SYNTHESIS,
  TERM_LIMITS,
  type NumericTerm,
} from "../domain/mission-terms";
import { LOCALES } from "../i18n/config";
import { recordId } from "./record-id";

const id = recordId;
/** The language a person writes a text in (their form offers both, their interface's first). */
const language = z.enum(LOCALES);
const text = (max: number, required: string) => z.string().trim().min(1, required).max(max, "textTooLong");
const optionalText = (max: number) => z.string().trim().max(max, "textTooLong");
const term = (name: NumericTerm) =>
  z
    .number("termNumberInvalid")
    .int("termNumberInvalid")
    .min(TERM_LIMITS[name].min, "termOutOfRange")
    .max(TERM_LIMITS[name].max, "termOutOfRange");

/** The sponsor's request: the coachee, the coach, an optional HR participant, and the organisation's request. */
export const requestMissionSchema = z.object({
  coacheeId: z.string().trim().min(1, "coacheeRequired").max(64),
  coachProfileId: z.string().trim().min(1, "missionCoachRequired").max(64),
  /** "" when no one from HR takes part. */
  hrId: z.union([z.literal(""), id]),
  organisationRequest: text(MAX_MISSION_TEXT, "organisationRequestRequired"),
  language,
});
export type RequestMissionInput = z.infer<typeof requestMissionSchema>;

export const missionIdSchema = z.object({ missionId: id });

export const coacheeRequestSchema = z.object({
  missionId: id,
  coacheeRequest: text(MAX_MISSION_TEXT, "coacheeRequestRequired"),
  language,
  /** Whether the sponsor and HR may read it. */
  shared: z.boolean(),
});
export type CoacheeRequestInput = z.infer<typeof coacheeRequestSchema>;

/** "2026-12-01T14:30", read in the person's own time zone. */
export const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
export const scheduleMilestoneSchema = z.object({
  missionId: id,
  kind: z.enum(MILESTONE_KINDS),
  at: z.string().regex(LOCAL_DATE_TIME, "milestoneDateRequired"),
});
export type ScheduleMilestoneInput = z.infer<typeof scheduleMilestoneSchema>;

export const holdMilestoneSchema = z.object({
  missionId: id,
  kind: z.enum(["preliminary_meeting", "coachee_meeting", "closing_session", "final_meeting", "follow_up"]),
});

export const consentSchema = z.object({ missionId: id, decision: z.enum(["consent", "decline"]) });

export const proposalSchema = z.object({
  missionId: id,
  organisationObjectives: text(MAX_MISSION_TEXT, "objectivesRequired"),
  coacheeObjectives: text(MAX_MISSION_TEXT, "objectivesRequired"),
  indicators: z
    .array(z.object({ text: optionalText(MAX_INDICATOR) }))
    .max(MAX_INDICATORS, "tooManyIndicators")
    .refine((list) => list.some((i) => i.text.trim()), "indicatorsRequired"),
  durationMonths: term("durationMonths"),
  sessionCount: term("sessionCount"),
  sessionMinutes: term("sessionMinutes"),
  rhythmWeeks: term("rhythmWeeks"),
  cost: text(MAX_COST, "costRequired"),
  followUpMonths: term("followUpMonths"),
  /** The language of the objectives, the indicators and the cost. */
  language,
});
export type ProposalInput = z.infer<typeof proposalSchema>;

export const reviewProposalSchema = z
  .object({
    proposalId: id,
    decision: z.enum(["approved", "commented"], "reviewDecisionRequired"),
    comment: optionalText(MAX_REASON_TEXT),
  })
  .refine((v) => v.decision !== "commented" || v.comment.length > 0, {
    path: ["comment"],
    message: "reviewCommentRequired",
  });
export type ReviewProposalInput = z.infer<typeof reviewProposalSchema>;

export const acceptContractSchema = z.object({
  contractId: id,
  /** "I have read the contract, its confidentiality clause and the annexed charter." */
  read: z.boolean().refine((v) => v === true, "contractReadRequired"),
});
export type AcceptContractInput = z.infer<typeof acceptContractSchema>;

export const contractChangesSchema = z.object({
  contractId: id,
  comment: text(MAX_REASON_TEXT, "changesCommentRequired"),
});
export type ContractChangesInput = z.infer<typeof contractChangesSchema>;

export const midpointSchema = z
  .object({
    missionId: id,
    decision: z.enum(["continue", "adjust", "end_early"], "midpointDecisionRequired"),
    note: optionalText(MAX_REASON_TEXT),
  })
  .refine((v) => v.decision !== "adjust" || v.note.length > 0, { path: ["note"], message: "adjustNoteRequired" });
export type MidpointInput = z.infer<typeof midpointSchema>;

export const INDICATOR_RESULTS = ["achieved", "partly", "not_achieved"] as const;
export const indicatorEvaluationsSchema = z.object({
  missionId: id,
  evaluations: z
    .array(
      z.object({
        indicatorId: id,
        result: z.enum(INDICATOR_RESULTS, "indicatorResultRequired"),
        evidence: text(MAX_EVIDENCE, "evidenceRequired"),
      }),
    )
    .min(1)
    .max(MAX_INDICATORS),
});
export type IndicatorEvaluationsInput = z.infer<typeof indicatorEvaluationsSchema>;

export const synthesisSchema = z.object({
  missionId: id,
  synthesis: text(MAX_SYNTHESIS, "synthesisRequired"),
  recommendations: text(MAX_SYNTHESIS, "recommendationsRequired"),
  language,
  /** Present it to the sponsor and HR now (otherwise it stays a draft only the coach and the coachee read). */
  present: z.boolean(),
});
export type SynthesisInput = z.infer<typeof synthesisSchema>;

export const FOLLOW_UP_IMPACTS = ["sustained", "partly", "not_sustained"] as const;
export const followUpEvaluationSchema = z.object({
  missionId: id,
  impact: z.enum(FOLLOW_UP_IMPACTS, "impactRequired"),
  note: text(MAX_SYNTHESIS, "impactNoteRequired"),
  shared: z.boolean(),
});
export type FollowUpEvaluationInput = z.infer<typeof followUpEvaluationSchema>;

export const refuseMissionSchema = z.object({ missionId: id, reason: text(MAX_REASON_TEXT, "refusalReasonRequired") });
export type RefuseMissionInput = z.infer<typeof refuseMissionSchema>;

export const stopMissionSchema = z.object({
  missionId: id,
  reason: text(MAX_REASON_TEXT, "stopReasonRequired"),
  alternatives: text(MAX_REASON_TEXT, "stopAlternativesRequired"),
});
export type StopMissionInput = z.infer<typeof stopMissionSchema>;

/** The preliminary meeting's framing record (lib/domain/mission-framing.ts): the coach writes it. */
export const framingSchema = z
  .object({
    missionId: id,
    organisationNeeds: text(MAX_FRAMING_TEXT, "organisationNeedsRequired"),
    coacheeNeeds: optionalText(MAX_FRAMING_TEXT),
    context: text(MAX_FRAMING_TEXT, "framingContextRequired"),
    expectedResults: text(MAX_FRAMING_TEXT, "expectedResultsRequired"),
    coachExpectations: text(MAX_FRAMING_TEXT, "coachExpectationsRequired"),
    approach: text(MAX_FRAMING_TEXT, "framingApproachRequired"),
    /** The coachee took part in the preliminary meeting. */
    coacheeAttended: z.boolean(),
    language,
  })
  .refine((v) => !v.coacheeAttended || v.coacheeNeeds.length > 0, {
    path: ["coacheeNeeds"],
    message: "coacheeNeedsRequired",
  });
export type FramingInput = z.infer<typeof framingSchema>;

export const intermediateMeetingSchema = z.object({
  missionId: id,
  reason: text(MAX_INTERMEDIATE_REASON, "intermediateReasonRequired"),
  language,
});
export type IntermediateMeetingInput = z.infer<typeof intermediateMeetingSchema>;

export const scheduleIntermediateSchema = z.object({
  missionId: id,
  meetingId: id,
  at: z.string().regex(LOCAL_DATE_TIME, "milestoneDateRequired"),
});
export const holdIntermediateSchema = z.object({ missionId: id, meetingId: id });

/** A coachee's own request to a sponsor, with the coach they chose. */
export const askMissionSponsorSchema = z.object({
  sponsorId: z.string().trim().min(1, "sponsorRequired").max(64),
  coachProfileId: z.string().trim().min(1, "missionCoachRequired").max(64),
  coacheeRequest: text(MAX_MISSION_TEXT, "coacheeRequestRequired"),
  language,
});
export type AskMissionSponsorInput = z.infer<typeof askMissionSponsorSchema>;

/** The sponsor takes a coachee's request up: the organisation's request and an optional HR participant. */
export const takeUpMissionRequestSchema = z.object({
  requestId: id,
  hrId: z.union([z.literal(""), id]),
  organisationRequest: text(MAX_MISSION_TEXT, "organisationRequestRequired"),
  language,
});
export type TakeUpMissionRequestInput = z.infer<typeof takeUpMissionRequestSchema>;
