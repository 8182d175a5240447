import "server-only";
import type { Db } from "../../db/client";
import { checkInState, sortForCoach, type CheckInState } from "../../domain/check-ins";
import {
  type ACTIONS,
  canScheduleMilestone,
  checkAction,
  checkEvent,
  eventOpen,
  MILESTONE_ATTENDEES,
  MILESTONE_KINDS,
  MILESTONE_EVENT,
  proposalReviewers,
  type MilestoneKind,
  type MissionParty,
  type MissionStatus,
} from "../../domain/mission-lifecycle";
import { nextActions, stepStates, type MissionStep, type NextAction, type StepState } from "../../domain/mission-steps";
import { canSee, canSeeComment, type Shared } from "../../domain/mission-visibility";
import {
  canManageIntermediateMeeting,
  canRecordFraming,
  canRequestIntermediateMeeting,
  type FramingTexts,
} from "../../domain/mission-framing";
import type { ProposalTerms } from "../../domain/mission-terms";
import type { Actor } from "../../domain/roles";
import type { Locale } from "../../i18n/config";
import { DomainError } from "../errors";
import { partyOf } from "./mission-access";
import { missionFactsSelect, stepFactsOf } from "./mission-facts";
import type { HeldMilestone } from "./hold-milestone";

const person = {
  select: { id: true, name: true, email: true, entity: { select: { code: true, nameEn: true, nameFr: true } } },
} as const;
export type MissionPerson = {
  id: string;
  name: string | null;
  email: string;
  entity: { code: string; nameEn: string; nameFr: string } | null;
};

export type ProposalView = ProposalTerms & {
  id: string;
  /** The language the coach wrote the objectives, indicators and cost in. */
  language: Locale;
  version: number;
  status: "in_review" | "approved" | "superseded";
  createdAt: Date;
  reviews: {
    party: MissionParty;
    name: string | null;
    decision: "approved" | "commented";
    createdAt: Date;
    comment: string | null;
  }[];
};
export type ContractSummary = {
  id: string;
  version: number;
  status: "open" | "accepted" | "superseded";
  createdAt: Date;
  proposalVersion: number;
  acceptances: { party: MissionParty; name: string | null; acceptedAt: Date }[];
  changesRequestedBy: MissionParty | null;
  /** What the party who asked for changes wrote: for the coach and that party only. */
  changesComment: string | null;
};
export type CheckInView = {
  id: string;
  kind: "message" | "call";
  body: string;
  preferredTimes: string | null;
  createdAt: Date;
  dueAt: Date;
  answer: string | null;
  answeredAt: Date | null;
  state: CheckInState;
};

export type MissionView = {
  id: string;
  status: MissionStatus;
  party: MissionParty;
  createdAt: Date;
  closedAt: Date | null;
  /** checkInWorkingDays: the coach answers check-ins within two working days, not two days. */
  programme: { nameEn: string; nameFr: string; checkInWorkingDays: boolean };
  people: { coachee: MissionPerson; coach: MissionPerson; sponsor: MissionPerson; hr: MissionPerson | null };
  steps: { step: MissionStep; state: StepState }[];
  next: NextAction[];
  shared: Shared;
  organisationRequest: string;
  /** The language the sponsor wrote the organisation's request in (people's texts are marked with theirs). */
  organisationRequestLanguage: Locale;
  /** The coachee's own request: `text` is null for whoever may not read it. */
  coacheeRequest: {
    written: boolean;
    text: string | null;
    language: Locale;
    shared: boolean;
    at: Date | null;
    validatedAt: Date | null;
  };
  milestones: {
    kind: MilestoneKind;
    status: "planned" | "scheduled" | "held";
    scheduledAt: Date | null;
    heldAt: Date | null;
    attendees: MissionParty[];
  }[];
  midpoint: { decision: "continue" | "adjust" | "end_early"; note: string | null } | null;
  proposals: ProposalView[];
  contracts: ContractSummary[];
  indicators: {
    id: string;
    position: number;
    description: string;
    language: Locale;
    result: "achieved" | "partly" | "not_achieved" | null;
    evidence: string | null;
    evaluatedAt: Date | null;
  }[];
  /** null for whoever may not read it (yet). */
  synthesis: {
    text: string | null;
    recommendations: string | null;
    language: Locale;
    presentedAt: Date | null;
  } | null;
  followUp: { impact: "sustained" | "partly" | "not_sustained" | null; note: string | null; shared: boolean } | null;
  ending: {
    declinedAt: Date | null;
    refusedAt: Date | null;
    refusalReason: string | null;
    stoppedAt: Date | null;
    stopReason: string | null;
    stopAlternatives: string | null;
  };
  /** The coachee and the coach only. */
  sessions: { engagementId: string; completed: number; total: number } | null;
  /** The coachee and the coach only. */
  checkIns: CheckInView[] | null;
  /** The preliminary meeting's framing record (its synthesis document); null until the coach writes it. */
  framing: {
    /** `coacheeNeeds` is null for whoever may not read it. */
    texts: Omit<FramingTexts, "coacheeNeeds"> & { coacheeNeeds: string | null };
    coacheeAttended: boolean;
    language: Locale;
    recordedAt: Date;
  } | null;
  /** Extra tripartite meetings a party asked for, newest first. */
  intermediateMeetings: {
    id: string;
    requestedBy: MissionParty;
    requestedByName: string | null;
    reason: string;
    reasonLanguage: Locale;
    status: "planned" | "scheduled" | "held";
    scheduledAt: Date | null;
    heldAt: Date | null;
    createdAt: Date;
  }[];
  /** What the viewer may do now (the same rules the verbs check). */
  can: {
    recordFraming: boolean;
    requestIntermediateMeeting: boolean;
    /** The coach schedules and marks held the intermediate meetings not yet held. */
    manageIntermediateMeetings: boolean;
    writeCoacheeRequest: boolean;
    validateRequests: boolean;
    schedule: MilestoneKind[];
    hold: HeldMilestone[];
    decideConsent: boolean;
    decline: boolean;
    submitProposal: boolean;
    reviewProposalId: string | null;
    acceptContractId: string | null;
    requestContractChanges: boolean;
    recordMidpoint: boolean;
    startClosing: boolean;
    evaluateIndicators: boolean;
    writeSynthesis: boolean;
    presentSynthesis: boolean;
    evaluateFollowUp: boolean;
    refuse: boolean;
    stop: boolean;
    createCheckIn: boolean;
    answerCheckIns: boolean;
  };
};

/**
 * What /missions/[id] shows one of the mission's parties, built section by section through the
 * visibility policy (lib/domain/mission-visibility.ts): the sponsor's and HR's views never hold
 * the coachee's unshared texts, sessions or check-ins — those are not even read for them. Anyone
 * who is not a party gets "not found". Session notes and feedback are never read here.
 */
export async function loadMission(
  prisma: Db,
  actor: Actor,
  missionId: string,
  now: Date = new Date(),
): Promise<MissionView> {
  // No role check: being one of the mission's parties is what counts (checked below).
  const m = await prisma.mission.findUnique({
    where: { id: missionId },
    select: {
      ...missionFactsSelect,
      id: true,
      createdAt: true,
      closedAt: true,
      engagementId: true,
      sponsorId: true,
      coacheeId: true,
      organisationRequest: true,
      organisationRequestLanguage: true,
      coacheeRequest: true,
      coacheeRequestLanguage: true,
      coacheeRequestShared: true,
      midpointNote: true,
      synthesis: true,
      recommendations: true,
      synthesisLanguage: true,
      followUpNote: true,
      followUpShared: true,
      declinedAt: true,
      refusedAt: true,
      refusalReason: true,
      stoppedAt: true,
      stopReason: true,
      stopAlternatives: true,
      framingOrganisationNeeds: true,
      framingCoacheeNeeds: true,
      framingContext: true,
      framingExpectedResults: true,
      framingCoachExpectations: true,
      framingApproach: true,
      framingCoacheeAttended: true,
      framingLanguage: true,
      framingRecordedAt: true,
      intermediateMeetings: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          requestedByParty: true,
          reason: true,
          reasonLanguage: true,
          status: true,
          scheduledAt: true,
          heldAt: true,
          createdAt: true,
          requestedBy: { select: { name: true } },
        },
      },
      programme: { select: { nameEn: true, nameFr: true, checkInWorkingDays: true } },
      coachee: person,
      sponsor: person,
      hr: person,
      coachProfile: { select: { userId: true, user: person } },
      milestones: { select: { kind: true, status: true, scheduledAt: true, heldAt: true } },
      proposals: {
        orderBy: { version: "desc" },
        select: {
          id: true,
          version: true,
          status: true,
          createdAt: true,
          organisationObjectives: true,
          coacheeObjectives: true,
          indicators: true,
          language: true,
          durationMonths: true,
          sessionCount: true,
          sessionMinutes: true,
          rhythmWeeks: true,
          cost: true,
          followUpMonths: true,
          reviews: {
            orderBy: { createdAt: "asc" },
            select: {
              party: true,
              decision: true,
              createdAt: true,
              comment: true,
              reviewer: { select: { name: true } },
            },
          },
        },
      },
      contracts: {
        orderBy: { version: "desc" },
        select: {
          id: true,
          version: true,
          status: true,
          createdAt: true,
          changesRequestedBy: true,
          changesComment: true,
          proposal: { select: { version: true } },
          acceptances: {
            orderBy: { acceptedAt: "asc" },
            select: { party: true, acceptedAt: true, user: { select: { name: true } } },
          },
        },
      },
      indicators: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          description: true,
          language: true,
          result: true,
          evidence: true,
          evaluatedAt: true,
        },
      },
    },
  });
  const party = m && partyOf(m, actor.id);
  if (!m || !party) throw new DomainError("notFound");
  const status = m.status as MissionStatus;
  const shared: Shared = {
    coacheeRequest: m.coacheeRequestShared,
    synthesis: Boolean(m.synthesisPresentedAt),
    followUpEvaluation: m.followUpShared,
    framingCoacheeNeeds: m.framingCoacheeAttended,
  };
  const sees = (section: Parameters<typeof canSee>[1]) => canSee(party, section, shared);
  const facts = stepFactsOf(m);

  const pair = sees("sessions");
  const [sessionRows, checkInRows] = await Promise.all([
    pair && m.engagementId
      ? prisma.engagementSession.findMany({ where: { engagementId: m.engagementId }, select: { status: true } })
      : Promise.resolve(null),
    sees("checkIns")
      ? prisma.checkIn.findMany({ where: { missionId: m.id }, orderBy: { createdAt: "desc" } })
      : Promise.resolve(null),
  ]);

  const inReview = m.proposals.find((p) => p.status === "in_review");
  const openContract = m.contracts.find((c) => c.status === "open");
  const actionOk = (action: keyof typeof ACTIONS) => checkAction(status, action, party).ok;

  const milestones = MILESTONE_KINDS.map((kind) => {
    const row = m.milestones.find((x) => x.kind === kind);
    return {
      kind,
      status: (row?.status ?? "planned") as "planned" | "scheduled" | "held",
      scheduledAt: row?.scheduledAt ?? null,
      heldAt: row?.heldAt ?? null,
      attendees: MILESTONE_ATTENDEES[kind].filter((p) => p !== "hr" || m.hrId),
    };
  });
  const notHeld = (kind: MilestoneKind) => milestones.find((x) => x.kind === kind)?.status !== "held";
  const holdable = (Object.keys(MILESTONE_EVENT) as HeldMilestone[]).filter((kind) => {
    if (!notHeld(kind)) return false;
    const event = MILESTONE_EVENT[kind];
    // The final meeting and the follow-up show their button while their guard still waits; the verb explains.
    return event ? eventOpen(status, event, party) : actionOk("holdClosingSession");
  });

  return {
    id: m.id,
    status,
    party,
    createdAt: m.createdAt,
    closedAt: m.closedAt,
    programme: m.programme,
    people: { coachee: m.coachee, coach: m.coachProfile.user, sponsor: m.sponsor, hr: m.hr },
    steps: stepStates(facts),
    next: nextActions(facts),
    shared,
    organisationRequest: m.organisationRequest,
    organisationRequestLanguage: m.organisationRequestLanguage,
    coacheeRequest: {
      written: Boolean(m.coacheeRequestAt),
      text: sees("coacheeRequest") ? m.coacheeRequest : null,
      language: m.coacheeRequestLanguage,
      shared: m.coacheeRequestShared,
      at: m.coacheeRequestAt,
      validatedAt: m.requestsValidatedAt,
    },
    milestones,
    midpoint:
      m.midpointDecision && sees("midpointOutcome") ? { decision: m.midpointDecision, note: m.midpointNote } : null,
    proposals: sees("proposal")
      ? m.proposals.map(({ reviews, ...p }) => ({
          ...p,
          reviews: reviews.map((r) => ({
            party: r.party as MissionParty,
            name: r.reviewer.name,
            decision: r.decision,
            createdAt: r.createdAt,
            comment: canSeeComment(party, r.party as MissionParty) ? r.comment : null,
          })),
        }))
      : [],
    contracts: sees("contract")
      ? m.contracts.map((c) => ({
          id: c.id,
          version: c.version,
          status: c.status,
          createdAt: c.createdAt,
          proposalVersion: c.proposal.version,
          acceptances: c.acceptances.map((a) => ({
            party: a.party as MissionParty,
            name: a.user.name,
            acceptedAt: a.acceptedAt,
          })),
          changesRequestedBy: c.changesRequestedBy as MissionParty | null,
          changesComment:
            c.changesRequestedBy && canSeeComment(party, c.changesRequestedBy as MissionParty)
              ? c.changesComment
              : null,
        }))
      : [],
    indicators: sees("indicators") ? m.indicators : [],
    synthesis: sees("synthesis")
      ? {
          text: m.synthesis,
          recommendations: m.recommendations,
          language: m.synthesisLanguage,
          presentedAt: m.synthesisPresentedAt,
        }
      : null,
    followUp: sees("followUpEvaluation")
      ? { impact: m.followUpImpact, note: m.followUpNote, shared: m.followUpShared }
      : null,
    ending: sees("endReasons")
      ? {
          declinedAt: m.declinedAt,
          refusedAt: m.refusedAt,
          refusalReason: m.refusalReason,
          stoppedAt: m.stoppedAt,
          stopReason: m.stopReason,
          stopAlternatives: m.stopAlternatives,
        }
      : {
          declinedAt: m.declinedAt,
          refusedAt: m.refusedAt,
          refusalReason: null,
          stoppedAt: m.stoppedAt,
          stopReason: null,
          stopAlternatives: null,
        },
    framing:
      m.framingRecordedAt && sees("framing")
        ? {
            texts: {
              organisationNeeds: m.framingOrganisationNeeds ?? "",
              coacheeNeeds: sees("framingCoacheeNeeds") ? m.framingCoacheeNeeds : null,
              context: m.framingContext ?? "",
              expectedResults: m.framingExpectedResults ?? "",
              coachExpectations: m.framingCoachExpectations ?? "",
              approach: m.framingApproach ?? "",
            },
            coacheeAttended: m.framingCoacheeAttended,
            language: m.framingLanguage,
            recordedAt: m.framingRecordedAt,
          }
        : null,
    intermediateMeetings: sees("intermediateMeetings")
      ? m.intermediateMeetings.map((i) => ({
          id: i.id,
          requestedBy: i.requestedByParty as MissionParty,
          requestedByName: i.requestedBy.name,
          reason: i.reason,
          reasonLanguage: i.reasonLanguage,
          status: i.status,
          scheduledAt: i.scheduledAt,
          heldAt: i.heldAt,
          createdAt: i.createdAt,
        }))
      : [],
    sessions:
      sessionRows && m.engagementId
        ? {
            engagementId: m.engagementId,
            completed: sessionRows.filter((s) => s.status === "completed").length,
            total: sessionRows.filter((s) => s.status !== "cancelled").length,
          }
        : null,
    checkIns: checkInRows
      ? sortForCoach(checkInRows, now).map((c) => ({
          id: c.id,
          kind: c.kind,
          body: c.body,
          preferredTimes: c.preferredTimes,
          createdAt: c.createdAt,
          dueAt: c.dueAt,
          answer: c.answer,
          answeredAt: c.answeredAt,
          state: checkInState(c, now),
        }))
      : null,
    can: {
      recordFraming: canRecordFraming(status, party).ok,
      requestIntermediateMeeting: canRequestIntermediateMeeting(
        status,
        party,
        m.intermediateMeetings.filter((i) => i.status !== "held").length,
      ).ok,
      manageIntermediateMeetings: canManageIntermediateMeeting(status, party, { status: "planned" }).ok,
      writeCoacheeRequest: actionOk("writeCoacheeRequest"),
      validateRequests: eventOpen(status, "validateRequests", party),
      schedule: MILESTONE_KINDS.filter((kind) => notHeld(kind) && canScheduleMilestone(status, kind, party).ok),
      hold: holdable,
      decideConsent: checkEvent(status, "consent", party).ok,
      decline: checkEvent(status, "decline", party).ok,
      submitProposal: actionOk("submitProposal"),
      reviewProposalId:
        inReview &&
        actionOk("reviewProposal") &&
        proposalReviewers(Boolean(m.hrId)).includes(party) &&
        !inReview.reviews.some((r) => r.party === party)
          ? inReview.id
          : null,
      acceptContractId:
        openContract && actionOk("acceptContract") && !openContract.acceptances.some((a) => a.party === party)
          ? openContract.id
          : null,
      requestContractChanges:
        Boolean(openContract) &&
        checkEvent(status, "requestContractChanges", party).ok &&
        !openContract?.acceptances.some((a) => a.party === party),
      recordMidpoint: checkEvent(status, "reviewContinue", party).ok,
      startClosing: checkEvent(status, "startClosing", party).ok,
      evaluateIndicators: actionOk("evaluateIndicators"),
      writeSynthesis: actionOk("writeSynthesis"),
      presentSynthesis: actionOk("presentSynthesis"),
      evaluateFollowUp: actionOk("evaluateFollowUp"),
      refuse: checkEvent(status, "refuse", party).ok,
      stop: checkEvent(status, "stop", party).ok,
      createCheckIn: actionOk("createCheckIn"),
      answerCheckIns: party === "coach",
    },
  };
}
