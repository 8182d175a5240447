import "server-only";
// The facts the stepper and "who acts next" need, read in one query shape for the list and the page.
import type { MissionParty, MissionStatus } from "../../domain/mission-lifecycle";
import type { StepFacts } from "../../domain/mission-steps";
import type { Prisma } from "../../generated/prisma/client";

export const missionFactsSelect = {
  status: true,
  hrId: true,
  coacheeRequestAt: true,
  requestsValidatedAt: true,
  consentedAt: true,
  midpointDecision: true,
  synthesisPresentedAt: true,
  followUpImpact: true,
  milestones: { select: { kind: true, status: true } },
  proposals: {
    orderBy: { version: "desc" },
    select: { status: true, reviews: { select: { party: true, decision: true } } },
  },
  contracts: { orderBy: { version: "desc" }, select: { status: true, acceptances: { select: { party: true } } } },
  indicators: { select: { result: true } },
} satisfies Prisma.MissionSelect;
export type MissionFactsRow = Prisma.MissionGetPayload<{ select: typeof missionFactsSelect }>;

export function stepFactsOf(m: MissionFactsRow): StepFacts {
  const held = (kind: string) => m.milestones.some((x) => x.kind === kind && x.status === "held");
  const inReview = m.proposals.find((p) => p.status === "in_review");
  const openContract = m.contracts.find((c) => c.status === "open");
  return {
    status: m.status as MissionStatus,
    hasHr: Boolean(m.hrId),
    coacheeRequestWritten: Boolean(m.coacheeRequestAt),
    requestsValidated: Boolean(m.requestsValidatedAt),
    preliminaryHeld: held("preliminary_meeting"),
    coacheeMeetingHeld: held("coachee_meeting"),
    consented: Boolean(m.consentedAt),
    proposalInReview: inReview
      ? {
          reviewed: inReview.reviews.map((r) => r.party as MissionParty),
          commented: inReview.reviews.some((r) => r.decision === "commented"),
        }
      : null,
    proposalVersions: m.proposals.length,
    proposalApproved: m.proposals.some((p) => p.status === "approved"),
    contractAcceptedBy: (openContract?.acceptances ?? []).map((a) => a.party as MissionParty),
    contractAccepted: m.contracts.some((c) => c.status === "accepted"),
    midpointHeld: Boolean(m.midpointDecision),
    indicatorsTotal: m.indicators.length,
    indicatorsEvaluated: m.indicators.filter((i) => i.result).length,
    synthesisPresented: Boolean(m.synthesisPresentedAt),
    finalMeetingHeld: held("final_meeting"),
    followUpEvaluated: Boolean(m.followUpImpact),
    followUpHeld: held("follow_up"),
  };
}
