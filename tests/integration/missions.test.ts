// Tripartite coaching missions end to end through the verbs: every step, invalid jumps refused,
// the sponsor's (and HR's, and an outsider's) calls to every verb and loader refused or stripped
// of what they may not read, check-ins, and the races at the last approval and acceptance.
// Runs on PGlite and, when TEST_DATABASE_URL is set, on a PostgreSQL server.
import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/domain/roles";
import { refusal } from "../support/refusal";
import { setUpApp } from "../support/app";
import type { Person, ProfileHolder } from "../support/factories";

const { prisma, make } = await setUpApp();
/** The verbs and loaders of missions, check-ins and the sessions they share with engagements. */
const v = {
  ...(await import("@/lib/server/missions/request-mission")),
  ...(await import("@/lib/server/missions/write-coachee-request")),
  ...(await import("@/lib/server/missions/validate-mission-requests")),
  ...(await import("@/lib/server/missions/schedule-milestone")),
  ...(await import("@/lib/server/missions/hold-milestone")),
  ...(await import("@/lib/server/missions/decide-mission-consent")),
  ...(await import("@/lib/server/missions/submit-mission-proposal")),
  ...(await import("@/lib/server/missions/review-mission-proposal")),
  ...(await import("@/lib/server/missions/accept-mission-contract")),
  ...(await import("@/lib/server/missions/request-contract-changes")),
  ...(await import("@/lib/server/missions/record-midpoint-review")),
  ...(await import("@/lib/server/missions/start-mission-closing")),
  ...(await import("@/lib/server/missions/evaluate-mission-indicators")),
  ...(await import("@/lib/server/missions/save-mission-synthesis")),
  ...(await import("@/lib/server/missions/record-follow-up-evaluation")),
  ...(await import("@/lib/server/missions/end-mission")),
  ...(await import("@/lib/server/missions/load-mission")),
  ...(await import("@/lib/server/missions/list-missions")),
  ...(await import("@/lib/server/missions/load-mission-contract")),
  ...(await import("@/lib/server/missions/load-mission-form")),
  ...(await import("@/lib/server/check-ins/create-check-in")),
  ...(await import("@/lib/server/check-ins/answer-check-in")),
  ...(await import("@/lib/server/check-ins/count-overdue-check-ins")),
  ...(await import("@/lib/server/sessions/load-engagement-page")),
  ...(await import("@/lib/server/sessions/save-session-note")),
  ...(await import("@/lib/server/feedback/load-own-feedback")),
  ...(await import("@/lib/server/outbox-worker")),
};
await make.programme({
  slug: "tripartite-coaching",
  type: "tripartite_coaching",
  sessionPlan: "coaching",
  nameEn: "Tripartite Coaching",
  nameFr: "Coaching tripartite",
});

type Coach = ProfileHolder;
const person = (roles: Role[], name?: string): Promise<Person> =>
  make.person({ roles, name, timeZone: "Europe/Zurich" });
const coach = (capacity = 3): Promise<Coach> => make.coach({ timeZone: "Europe/Zurich", capacity });

const TERMS = {
  organisationObjectives: "Lead the new unit through its reorganisation.",
  coacheeObjectives: "Delegate more and handle disagreements constructively.",
  indicators: ["Weekly team meeting run by the coachee", "Two projects delegated and delivered"],
  durationMonths: 6,
  sessionCount: 4,
  sessionMinutes: 60,
  rhythmWeeks: 3,
  cost: "No charge (internal)",
  followUpMonths: 3,
};

/** Everything a verb could change, to prove a refusal changed nothing. */
async function snapshot() {
  return JSON.stringify({
    missions: await prisma.mission.findMany({ orderBy: { id: "asc" } }),
    milestones: await prisma.missionMilestone.findMany({ orderBy: { id: "asc" } }),
    proposals: await prisma.missionProposal.findMany({ orderBy: { id: "asc" } }),
    reviews: await prisma.missionProposalReview.count(),
    contracts: await prisma.missionContract.findMany({ orderBy: { id: "asc" } }),
    acceptances: await prisma.missionContractAcceptance.count(),
    indicators: await prisma.missionIndicator.findMany({ orderBy: { id: "asc" } }),
    checkIns: await prisma.checkIn.findMany({ orderBy: { id: "asc" } }),
    engagements: await prisma.engagement.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true } }),
    notes: await prisma.sessionNote.count(),
    audit: await prisma.auditLog.count(),
    emails: await prisma.outboxEmail.count(),
  });
}

type Cast = { sponsor: Person; hr: Person; coachee: Person; coach: Coach; outsider: Person };
async function cast(options: { hr?: boolean; capacity?: number } = {}): Promise<Cast> {
  return {
    sponsor: await person(["sponsor"], "Sam Taylor"),
    hr: await person(["hr_reviewer"], "Hana Kim"),
    coachee: await person(["client"], "Amina Diallo"),
    coach: await coach(options.capacity ?? 3),
    outsider: await person(["client", "sponsor", "hr_reviewer", "programme_admin"], "Olga Outsider"),
  };
}

async function newMission(c: Cast, hr = true): Promise<string> {
  const { missionId } = await v.requestMission(prisma, c.sponsor, {
    coacheeId: c.coachee.id,
    coachProfileId: c.coach.profileId,
    hrId: hr ? c.hr.id : null,
    organisationRequest: "Help Amina lead her new unit.",
  });
  return missionId;
}

/** Moves a new mission to the given point through the verbs. */
async function advance(
  c: Cast,
  missionId: string,
  to: "proposal" | "contracting" | "in_progress" | "closing" | "follow_up",
  hr = true,
) {
  await v.writeCoacheeRequest(prisma, c.coachee, {
    missionId,
    coacheeRequest: "I want to delegate better.",
    shared: false,
  });
  await v.validateMissionRequests(prisma, c.coach, { missionId });
  await v.holdMilestone(prisma, c.coach, { missionId, kind: "preliminary_meeting" });
  await v.holdMilestone(prisma, c.coach, { missionId, kind: "coachee_meeting" });
  await v.decideMissionConsent(prisma, c.coachee, { missionId, decision: "consent" });
  if (to === "proposal") return;
  await v.submitMissionProposal(prisma, c.coach, { missionId, ...TERMS });
  const proposal = await prisma.missionProposal.findFirstOrThrow({ where: { missionId, status: "in_review" } });
  for (const p of [c.coachee, c.sponsor, ...(hr ? [c.hr] : [])])
    await v.reviewMissionProposal(prisma, p, { proposalId: proposal.id, decision: "approved", comment: "" });
  if (to === "contracting") return;
  const contract = await prisma.missionContract.findFirstOrThrow({ where: { missionId, status: "open" } });
  for (const p of [c.coachee, c.sponsor, c.coach])
    await v.acceptMissionContract(prisma, p, { contractId: contract.id });
  if (to === "in_progress") return;
  await v.recordMidpointReview(prisma, c.coach, { missionId, decision: "end_early", note: "" });
  if (to === "closing") return;
  const indicators = await prisma.missionIndicator.findMany({ where: { missionId } });
  await v.evaluateMissionIndicators(prisma, c.coach, {
    missionId,
    evaluations: indicators.map((i) => ({
      indicatorId: i.id,
      result: "achieved" as const,
      evidence: "Seen in the team.",
    })),
  });
  await v.saveMissionSynthesis(prisma, c.coachee, {
    missionId,
    synthesis: "What I learnt.",
    recommendations: "Keep the weekly meeting.",
    present: true,
  });
  await v.holdMilestone(prisma, c.coach, { missionId, kind: "final_meeting" });
}

const statusOf = async (id: string) => (await prisma.mission.findUniqueOrThrow({ where: { id } })).status;

describe("a whole tripartite mission, step by step", () => {
  it("goes from the sponsor's request to the follow-up, with versions, e-mails and an audit trail", async () => {
    const c = await cast();
    const missionId = await newMission(c);
    expect(await statusOf(missionId)).toBe("requested");
    expect(await prisma.missionMilestone.count({ where: { missionId } })).toBe(6);
    expect(
      (await prisma.outboxEmail.findMany({ where: { to: { in: [c.coachee.email, c.coach.email, c.hr.email] } } }))
        .map((e) => e.to)
        .sort(),
    ).toEqual([c.coachee.email, c.coach.email, c.hr.email].sort());

    // 1. Two levels of request; the coach validates.
    expect(await refusal(v.validateMissionRequests(prisma, c.coach, { missionId }))).toBe("coacheeRequestMissing");
    await v.writeCoacheeRequest(prisma, c.coachee, {
      missionId,
      coacheeRequest: "I want to delegate better.",
      shared: false,
    });
    await v.validateMissionRequests(prisma, c.coach, { missionId });
    expect(await statusOf(missionId)).toBe("framing");

    // 2. Preliminary meeting, scheduled in the coach's zone (Europe/Zurich, UTC+1 in December).
    await v.scheduleMilestone(prisma, c.coach, { missionId, kind: "preliminary_meeting", at: "2026-12-01T14:30" });
    const prelim = await prisma.missionMilestone.findUniqueOrThrow({
      where: { missionId_kind: { missionId, kind: "preliminary_meeting" } },
    });
    expect(prelim.scheduledAt?.toISOString()).toBe("2026-12-01T13:30:00.000Z");
    expect(
      await prisma.outboxEmail.count({
        where: { kind: "mission-milestoneScheduled", to: { in: [c.sponsor.email, c.hr.email] } },
      }),
    ).toBe(2);
    expect(await refusal(v.decideMissionConsent(prisma, c.coachee, { missionId, decision: "consent" }))).toBe(
      "missionStepNotAllowed",
    );
    await v.holdMilestone(prisma, c.coach, { missionId, kind: "preliminary_meeting" });
    expect(await refusal(v.holdMilestone(prisma, c.coach, { missionId, kind: "preliminary_meeting" }))).toBe(
      "missionStepNotAllowed",
    );

    // 3. Meeting with the coachee, who then consents.
    await v.holdMilestone(prisma, c.coach, { missionId, kind: "coachee_meeting" });
    expect(await statusOf(missionId)).toBe("awaiting_consent");
    await v.decideMissionConsent(prisma, c.coachee, { missionId, decision: "consent" });
    expect(await statusOf(missionId)).toBe("proposal");

    // 4. Proposal: HR comments, the coach revises, all three approve.
    expect((await v.submitMissionProposal(prisma, c.coach, { missionId, ...TERMS })).version).toBe(1);
    const v1 = await prisma.missionProposal.findFirstOrThrow({ where: { missionId, version: 1 } });
    await v.reviewMissionProposal(prisma, c.sponsor, { proposalId: v1.id, decision: "approved", comment: "" });
    expect(
      await refusal(
        v.reviewMissionProposal(prisma, c.sponsor, { proposalId: v1.id, decision: "approved", comment: "" }),
      ),
    ).toBe("alreadyReviewed");
    expect(
      await refusal(v.reviewMissionProposal(prisma, c.hr, { proposalId: v1.id, decision: "commented", comment: "  " })),
    ).toBe("reviewCommentRequired");
    await v.reviewMissionProposal(prisma, c.hr, {
      proposalId: v1.id,
      decision: "commented",
      comment: "Add an indicator on the team's workload.",
    });
    expect(await prisma.outboxEmail.count({ where: { kind: "mission-proposalCommented", to: c.coach.email } })).toBe(1);
    await v.submitMissionProposal(prisma, c.coach, {
      missionId,
      ...TERMS,
      indicators: [...TERMS.indicators, "Overtime in the team down by a third"],
    });
    expect((await prisma.missionProposal.findUniqueOrThrow({ where: { id: v1.id } })).status).toBe("superseded");
    expect(
      await refusal(
        v.reviewMissionProposal(prisma, c.coachee, { proposalId: v1.id, decision: "approved", comment: "" }),
      ),
    ).toBe("proposalNotInReview");
    const v2 = await prisma.missionProposal.findFirstOrThrow({ where: { missionId, version: 2 } });
    for (const p of [c.coachee, c.sponsor])
      await v.reviewMissionProposal(prisma, p, { proposalId: v2.id, decision: "approved", comment: "" });
    expect(await statusOf(missionId)).toBe("proposal");
    await v.reviewMissionProposal(prisma, c.hr, { proposalId: v2.id, decision: "approved", comment: "" });
    expect(await statusOf(missionId)).toBe("contracting");

    // 5. Contract v1: the sponsor asks for changes; v3 of the proposal makes contract v2, accepted by all three.
    const c1 = await prisma.missionContract.findFirstOrThrow({ where: { missionId, version: 1 } });
    expect(c1.proposalId).toBe(v2.id);
    await v.acceptMissionContract(prisma, c.coachee, { contractId: c1.id });
    await v.requestContractChanges(prisma, c.sponsor, { contractId: c1.id, comment: "Make it five sessions." });
    expect(await statusOf(missionId)).toBe("proposal");
    expect(await refusal(v.acceptMissionContract(prisma, c.coach, { contractId: c1.id }))).toBe(
      "missionStepNotAllowed",
    );
    await v.submitMissionProposal(prisma, c.coach, { missionId, ...TERMS, sessionCount: 5 });
    const v3 = await prisma.missionProposal.findFirstOrThrow({ where: { missionId, version: 3 } });
    for (const p of [c.coachee, c.sponsor, c.hr])
      await v.reviewMissionProposal(prisma, p, { proposalId: v3.id, decision: "approved", comment: "" });
    const c2 = await prisma.missionContract.findFirstOrThrow({ where: { missionId, version: 2 } });
    expect(c2.commitmentsVersion).toBeTruthy();
    expect(await refusal(v.acceptMissionContract(prisma, c.hr, { contractId: c2.id }))).toBe("forbidden");
    for (const p of [c.sponsor, c.coachee])
      expect((await v.acceptMissionContract(prisma, p, { contractId: c2.id })).started).toBe(false);
    expect(await prisma.engagement.count({ where: { seekerId: c.coachee.id } })).toBe(0);
    expect((await v.acceptMissionContract(prisma, c.coach, { contractId: c2.id })).started).toBe(true);

    // 6. The engagement with the contract's sessions; the indicators of the accepted version.
    const mission = await prisma.mission.findUniqueOrThrow({
      where: { id: missionId },
      include: { engagement: { include: { sessions: { orderBy: { position: "asc" } } } }, indicators: true },
    });
    expect(mission.status).toBe("in_progress");
    expect(mission.engagement?.seekerId).toBe(c.coachee.id);
    expect(mission.engagement?.profileId).toBe(c.coach.profileId);
    expect(mission.engagement?.sessions.map((s) => s.stepKey)).toEqual([
      "coaching.intro",
      "coaching.session-1",
      "coaching.session-2",
      "coaching.session-3",
      "coaching.session-4",
    ]);
    expect(mission.engagement?.sessions.every((s) => s.durationMinutes === 60)).toBe(true);
    expect(mission.indicators.map((i) => i.description).sort()).toEqual([...TERMS.indicators].sort());

    // Check-ins between sessions.
    const { checkInId, dueAt } = await v.createCheckIn(prisma, c.coachee, {
      missionId,
      kind: "call",
      body: "Can we talk about Friday's meeting?",
      preferredTimes: "Thursday morning",
    });
    expect(dueAt.getTime()).toBeGreaterThan(Date.now());
    const toCoach = await prisma.outboxEmail.findFirstOrThrow({
      where: { kind: "mission-checkInCreated", to: c.coach.email },
    });
    expect(toCoach.text).not.toContain("Friday");
    await v.answerCheckIn(prisma, c.coach, { checkInId, answer: "Thursday 9:00 works." });
    expect(await refusal(v.answerCheckIn(prisma, c.coach, { checkInId, answer: "Again" }))).toBe(
      "checkInAlreadyAnswered",
    );

    // The mid-point review's date becomes the suggested date of the plan's mid-point session.
    await v.scheduleMilestone(prisma, c.coach, { missionId, kind: "midpoint_review", at: "2027-01-10T10:00" });
    const [review, midpointSession] = await Promise.all([
      prisma.missionMilestone.findFirstOrThrow({ where: { missionId, kind: "midpoint_review" } }),
      prisma.engagementSession.findFirstOrThrow({
        where: { engagementId: mission.engagementId!, stepKey: "coaching.session-3" },
      }),
    ]);
    expect(midpointSession.suggestedAt).toEqual(review.scheduledAt);

    // 7. Mid-point review: adjust needs a note.
    expect(await refusal(v.recordMidpointReview(prisma, c.coach, { missionId, decision: "adjust", note: "" }))).toBe(
      "adjustNoteRequired",
    );
    await v.recordMidpointReview(prisma, c.coach, {
      missionId,
      decision: "adjust",
      note: "One more session on delegation.",
    });
    expect(await statusOf(missionId)).toBe("continuing");
    await v.startMissionClosing(prisma, c.coach, { missionId });

    // 8. Closing: indicators, the coachee's synthesis (draft, then presented), the final meeting.
    expect(await refusal(v.holdMilestone(prisma, c.coach, { missionId, kind: "final_meeting" }))).toBe(
      "indicatorsNotEvaluated",
    );
    const indicators = await prisma.missionIndicator.findMany({ where: { missionId }, orderBy: { position: "asc" } });
    await v.evaluateMissionIndicators(prisma, c.coach, {
      missionId,
      evaluations: indicators.map((i, n) => ({
        indicatorId: i.id,
        result: (["achieved", "partly", "not_achieved"] as const)[n % 3],
        evidence: `Evidence ${n + 1}`,
      })),
    });
    await v.saveMissionSynthesis(prisma, c.coachee, {
      missionId,
      synthesis: "Draft synthesis",
      recommendations: "Draft recommendations",
      present: false,
    });
    expect(await refusal(v.holdMilestone(prisma, c.coach, { missionId, kind: "final_meeting" }))).toBe(
      "synthesisNotPresented",
    );
    await v.saveMissionSynthesis(prisma, c.coachee, {
      missionId,
      synthesis: "Final synthesis",
      recommendations: "Keep the weekly meeting.",
      present: true,
    });
    await v.holdMilestone(prisma, c.coach, { missionId, kind: "closing_session" });
    const before = Date.now();
    await v.holdMilestone(prisma, c.coach, { missionId, kind: "final_meeting" });
    expect(await statusOf(missionId)).toBe("follow_up");
    const followUp = await prisma.missionMilestone.findUniqueOrThrow({
      where: { missionId_kind: { missionId, kind: "follow_up" } },
    });
    expect(followUp.status).toBe("scheduled");
    const months =
      (followUp.scheduledAt!.getUTCFullYear() - new Date(before).getUTCFullYear()) * 12 +
      followUp.scheduledAt!.getUTCMonth() -
      new Date(before).getUTCMonth();
    expect(months).toBe(3);
    expect((await prisma.engagement.findUniqueOrThrow({ where: { id: mission.engagementId! } })).status).toBe(
      "completed",
    );

    // 9. Follow-up: the coachee's evaluation first.
    expect(await refusal(v.holdMilestone(prisma, c.coach, { missionId, kind: "follow_up" }))).toBe(
      "followUpEvaluationMissing",
    );
    await v.recordFollowUpEvaluation(prisma, c.coachee, {
      missionId,
      impact: "sustained",
      note: "I still run the weekly meeting.",
      shared: true,
    });
    await v.holdMilestone(prisma, c.coach, { missionId, kind: "follow_up" });
    const done = await prisma.mission.findUniqueOrThrow({ where: { id: missionId } });
    expect(done.status).toBe("completed");
    expect(done.closedAt).not.toBeNull();

    const actions = (
      await prisma.auditLog.findMany({ where: { targetType: "Mission", targetId: missionId }, orderBy: { at: "asc" } })
    ).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "mission.request",
        "mission.validate-requests",
        "mission.consent",
        "mission.proposal.submit",
        "mission.contract.issue",
        "mission.contract.changes",
        "mission.contract.accept",
        "mission.start",
        "mission.midpoint",
        "mission.synthesis.present",
        "mission.follow-up.evaluate",
      ]),
    );
    const stepper = await v.loadMission(prisma, c.sponsor, missionId);
    expect(stepper.steps.every((s) => s.state === "done")).toBe(true);
  });

  it("lets the coachee decline without a reason, ending the mission; the others learn only the decision", async () => {
    const c = await cast();
    const missionId = await newMission(c);
    await v.decideMissionConsent(prisma, c.coachee, { missionId, decision: "decline" });
    expect(await statusOf(missionId)).toBe("declined");
    const mail = await prisma.outboxEmail.findFirstOrThrow({
      where: { kind: "mission-declined", to: c.sponsor.email },
    });
    expect(mail.subject).toContain("Amina Diallo");
    expect(
      await refusal(v.writeCoacheeRequest(prisma, c.coachee, { missionId, coacheeRequest: "x", shared: false })),
    ).toBe("missionStepNotAllowed");
  });

  it("lets the coach refuse with a reason before the contract, and stop with reasons and other options under it", async () => {
    const c = await cast();
    const refused = await newMission(c);
    expect(await refusal(v.refuseMission(prisma, c.coach, { missionId: refused, reason: " " }))).toBe(
      "refusalReasonRequired",
    );
    await v.refuseMission(prisma, c.coach, { missionId: refused, reason: "I coached this team's manager last year." });
    const r = await prisma.mission.findUniqueOrThrow({ where: { id: refused } });
    expect([r.status, r.refusalReason]).toEqual(["refused", "I coached this team's manager last year."]);
    expect(
      await prisma.outboxEmail.count({
        where: { kind: "mission-refused", to: { in: [c.coachee.email, c.sponsor.email, c.hr.email] } },
      }),
    ).toBe(3);

    const c2 = await cast();
    const stopped = await newMission(c2);
    await advance(c2, stopped, "in_progress");
    expect(await refusal(v.refuseMission(prisma, c2.coach, { missionId: stopped, reason: "x" }))).toBe(
      "missionStepNotAllowed",
    );
    expect(
      await refusal(
        v.stopMission(prisma, c2.coach, {
          missionId: stopped,
          reason: "I can no longer keep my stance.",
          alternatives: "",
        }),
      ),
    ).toBe("stopAlternativesRequired");
    await v.stopMission(prisma, c2.coach, {
      missionId: stopped,
      reason: "I can no longer keep my stance.",
      alternatives: "Another coach from the directory.",
    });
    const s = await prisma.mission.findUniqueOrThrow({ where: { id: stopped }, include: { engagement: true } });
    expect([s.status, s.stopReason, s.stopAlternatives]).toEqual([
      "stopped",
      "I can no longer keep my stance.",
      "Another coach from the directory.",
    ]);
    expect(s.engagement?.status).toBe("ended");
    expect(s.engagement?.endReason).toBe("I can no longer keep my stance.");
  });

  it("refuses a coachee already in a mission, an HR participant without the role, and a coach who is a party", async () => {
    const c = await cast();
    await newMission(c);
    const again = v.requestMission(prisma, c.sponsor, {
      coacheeId: c.coachee.id,
      coachProfileId: c.coach.profileId,
      hrId: null,
      organisationRequest: "Again",
    });
    expect(await refusal(again)).toBe("missionAlreadyOpen");
    const c2 = await cast();
    const client = await person(["client"]);
    expect(
      await refusal(
        v.requestMission(prisma, c2.sponsor, {
          coacheeId: c2.coachee.id,
          coachProfileId: c2.coach.profileId,
          hrId: client.id,
          organisationRequest: "x",
        }),
      ),
    ).toBe("hrInvalid");
    expect(
      await refusal(
        v.requestMission(prisma, c2.sponsor, {
          coacheeId: c2.sponsor.id,
          coachProfileId: c2.coach.profileId,
          hrId: null,
          organisationRequest: "x",
        }),
      ),
    ).toBe("coacheeInvalid");
    const sponsorCoach = await coach();
    await prisma.roleGrant.create({ data: { userId: sponsorCoach.id, role: "sponsor" } });
    expect(
      await refusal(
        v.requestMission(
          prisma,
          { ...sponsorCoach, roles: ["coach", "sponsor"] },
          { coacheeId: c2.coachee.id, coachProfileId: sponsorCoach.profileId, hrId: null, organisationRequest: "x" },
        ),
      ),
    ).toBe("missionCoachConflict");
    expect(
      await refusal(
        v.requestMission(prisma, c2.coachee, {
          coacheeId: c2.coachee.id,
          coachProfileId: c2.coach.profileId,
          hrId: null,
          organisationRequest: "x",
        }),
      ),
    ).toBe("forbidden");
  });

  it("does not start the coaching when the coach has no free place left at the last acceptance", async () => {
    const c = await cast({ capacity: 1 });
    const missionId = await newMission(c);
    await advance(c, missionId, "contracting");
    const other = await person(["client"]);
    const programme = await prisma.programme.findFirstOrThrow({ where: { type: "tripartite_coaching" } });
    await prisma.engagement.create({
      data: { programmeId: programme.id, profileId: c.coach.profileId, seekerId: other.id },
    });
    const contract = await prisma.missionContract.findFirstOrThrow({ where: { missionId, status: "open" } });
    await v.acceptMissionContract(prisma, c.coachee, { contractId: contract.id });
    await v.acceptMissionContract(prisma, c.sponsor, { contractId: contract.id });
    const before = await snapshot();
    expect(await refusal(v.acceptMissionContract(prisma, c.coach, { contractId: contract.id }))).toBe(
      "missionCoachFull",
    );
    expect(await snapshot()).toBe(before);
  });
});

describe("confidentiality: the sponsor (and HR, and anyone else) against every verb and loader", () => {
  /** A mission under contract with a check-in, a private note and feedback from the coachee. */
  async function confidentialMission() {
    const c = await cast();
    const missionId = await newMission(c);
    await advance(c, missionId, "in_progress");
    const mission = await prisma.mission.findUniqueOrThrow({
      where: { id: missionId },
      include: { engagement: { include: { sessions: { orderBy: { position: "asc" } } } } },
    });
    const session = mission.engagement!.sessions[0];
    await prisma.engagementSession.update({
      where: { id: session.id },
      data: { status: "completed", completedAt: new Date() },
    });
    await prisma.sessionNote.create({
      data: { sessionId: session.id, authorId: c.coachee.id, body: "SECRET-NOTE about my manager" },
    });
    await prisma.sessionFeedback.create({
      data: {
        sessionId: session.id,
        authorId: c.coachee.id,
        usefulness: 5,
        helped: [],
        comment: "SECRET-FEEDBACK very useful",
      },
    });
    const { checkInId } = await v.createCheckIn(prisma, c.coachee, {
      missionId,
      kind: "message",
      body: "SECRET-CHECKIN I am struggling",
      preferredTimes: "",
    });
    return { c, missionId, engagementId: mission.engagementId!, sessionId: session.id, checkInId };
  }

  it("gives the sponsor and HR a view without the coachee's unshared request, sessions, check-ins, notes or feedback", async () => {
    const { c, missionId } = await confidentialMission();
    for (const viewer of [c.sponsor, c.hr]) {
      const view = await v.loadMission(prisma, viewer, missionId);
      expect(view.party).toBe(viewer === c.sponsor ? "sponsor" : "hr");
      expect(view.checkIns).toBeNull();
      expect(view.sessions).toBeNull();
      expect(view.coacheeRequest.text).toBeNull();
      expect(view.synthesis).toBeNull();
      expect(view.followUp).toBeNull();
      const json = JSON.stringify(view);
      for (const secret of ["SECRET-NOTE", "SECRET-FEEDBACK", "SECRET-CHECKIN", "I want to delegate better."])
        expect(json).not.toContain(secret);
      // What they may read is there.
      expect(view.contracts[0].status).toBe("accepted");
      expect(view.milestones).toHaveLength(6);
      expect(view.indicators).toHaveLength(2);
      // Their one action: asking for an intermediate tripartite meeting (any party may).
      const { requestIntermediateMeeting, ...others } = view.can;
      expect(requestIntermediateMeeting).toBe(true);
      expect(
        Object.values(others).filter(
          (x) => x === true || (Array.isArray(x) && x.length > 0) || (typeof x === "string" && x),
        ),
      ).toEqual([]);
    }
    const coachView = await v.loadMission(prisma, c.coach, missionId);
    expect(coachView.checkIns?.[0].body).toBe("SECRET-CHECKIN I am struggling");
    expect(coachView.coacheeRequest.text).toBe("I want to delegate better.");
    expect(JSON.stringify(coachView)).not.toContain("SECRET-NOTE");
    expect(JSON.stringify(coachView)).not.toContain("SECRET-FEEDBACK");
  });

  it("shows the sponsor what the coachee chose to share, and only that", async () => {
    const c = await cast();
    const missionId = await newMission(c);
    await v.writeCoacheeRequest(prisma, c.coachee, { missionId, coacheeRequest: "Shared request text", shared: true });
    expect((await v.loadMission(prisma, c.sponsor, missionId)).coacheeRequest.text).toBe("Shared request text");
    await v.writeCoacheeRequest(prisma, c.coachee, { missionId, coacheeRequest: "Now private", shared: false });
    expect((await v.loadMission(prisma, c.sponsor, missionId)).coacheeRequest.text).toBeNull();

    const c2 = await cast();
    const m2 = await newMission(c2);
    await advance(c2, m2, "closing");
    await v.saveMissionSynthesis(prisma, c2.coachee, {
      missionId: m2,
      synthesis: "DRAFT-SYNTHESIS",
      recommendations: "r",
      present: false,
    });
    expect(JSON.stringify(await v.loadMission(prisma, c2.sponsor, m2))).not.toContain("DRAFT-SYNTHESIS");
    expect((await v.loadMission(prisma, c2.coach, m2)).synthesis?.text).toBe("DRAFT-SYNTHESIS");
    await v.saveMissionSynthesis(prisma, c2.coachee, {
      missionId: m2,
      synthesis: "PRESENTED-SYNTHESIS",
      recommendations: "r",
      present: true,
    });
    expect((await v.loadMission(prisma, c2.sponsor, m2)).synthesis?.text).toBe("PRESENTED-SYNTHESIS");
  });

  it("shows a proposal comment to the coach and its author, not to the other reviewers", async () => {
    const c = await cast();
    const missionId = await newMission(c);
    await advance(c, missionId, "proposal");
    await v.submitMissionProposal(prisma, c.coach, { missionId, ...TERMS });
    const p = await prisma.missionProposal.findFirstOrThrow({ where: { missionId } });
    await v.reviewMissionProposal(prisma, c.coachee, {
      proposalId: p.id,
      decision: "commented",
      comment: "COACHEE-COMMENT please no mention of my leave",
    });
    expect(JSON.stringify(await v.loadMission(prisma, c.sponsor, missionId))).not.toContain("COACHEE-COMMENT");
    expect(JSON.stringify(await v.loadMission(prisma, c.hr, missionId))).not.toContain("COACHEE-COMMENT");
    expect((await v.loadMission(prisma, c.coach, missionId)).proposals[0].reviews[0].comment).toContain(
      "COACHEE-COMMENT",
    );
    expect((await v.loadMission(prisma, c.coachee, missionId)).proposals[0].reviews[0].comment).toContain(
      "COACHEE-COMMENT",
    );
    expect((await v.loadMission(prisma, c.sponsor, missionId)).proposals[0].reviews[0].decision).toBe("commented");
  });

  it("refuses the sponsor and HR every verb that is not theirs, changing nothing", async () => {
    const { c, missionId, engagementId, sessionId, checkInId } = await confidentialMission();
    for (const who of [c.sponsor, c.hr]) {
      const before = await snapshot();
      // Called one at a time, each as the sponsor (or HR) would from the page or a crafted request.
      const calls: [string, () => Promise<unknown>][] = [
        [
          "writeCoacheeRequest",
          () => v.writeCoacheeRequest(prisma, who, { missionId, coacheeRequest: "x", shared: true }),
        ],
        ["validateMissionRequests", () => v.validateMissionRequests(prisma, who, { missionId })],
        [
          "scheduleMilestone",
          () => v.scheduleMilestone(prisma, who, { missionId, kind: "midpoint_review", at: "2027-01-10T10:00" }),
        ],
        ["holdMilestone", () => v.holdMilestone(prisma, who, { missionId, kind: "closing_session" })],
        ["decideMissionConsent", () => v.decideMissionConsent(prisma, who, { missionId, decision: "decline" })],
        ["submitMissionProposal", () => v.submitMissionProposal(prisma, who, { missionId, ...TERMS })],
        [
          "recordMidpointReview",
          () => v.recordMidpointReview(prisma, who, { missionId, decision: "end_early", note: "" }),
        ],
        ["startMissionClosing", () => v.startMissionClosing(prisma, who, { missionId })],
        [
          "evaluateMissionIndicators",
          () =>
            v.evaluateMissionIndicators(prisma, who, {
              missionId,
              evaluations: [{ indicatorId: "x", result: "achieved", evidence: "x" }],
            }),
        ],
        [
          "saveMissionSynthesis",
          () => v.saveMissionSynthesis(prisma, who, { missionId, synthesis: "x", recommendations: "x", present: true }),
        ],
        [
          "recordFollowUpEvaluation",
          () => v.recordFollowUpEvaluation(prisma, who, { missionId, impact: "sustained", note: "x", shared: true }),
        ],
        ["refuseMission", () => v.refuseMission(prisma, who, { missionId, reason: "x" })],
        ["stopMission", () => v.stopMission(prisma, who, { missionId, reason: "x", alternatives: "x" })],
        [
          "createCheckIn",
          () => v.createCheckIn(prisma, who, { missionId, kind: "message", body: "x", preferredTimes: "" }),
        ],
        ["answerCheckIn", () => v.answerCheckIn(prisma, who, { checkInId, answer: "x" })],
        ["saveSessionNote", () => v.saveSessionNote(prisma, who, { sessionId, body: "x" })],
        ["loadEngagementPage", () => v.loadEngagementPage(prisma, who, engagementId)],
        ["countOverdueCheckIns", () => v.countOverdueCheckIns(prisma, who)],
      ];
      for (const [name, call] of calls) {
        const code = await refusal(call());
        expect(["forbidden", "notFound", "missionStepNotAllowed", "sessionNotFound"], `${name}: ${code}`).toContain(
          code,
        );
      }
      // A check-in's existence is not even confirmed to them.
      expect(await refusal(v.answerCheckIn(prisma, who, { checkInId, answer: "x" }))).toBe("notFound");
      expect(await snapshot()).toBe(before);
      expect((await v.loadOwnFeedback(prisma, who.id, engagementId)).size).toBe(0);
    }
    expect(await refusal(v.loadMissionForm(prisma, c.hr, "en"))).toBe("forbidden");
  });

  it("tells anyone who is not a party that the mission does not exist, whatever their roles", async () => {
    const { c, missionId, checkInId } = await confidentialMission();
    const before = await snapshot();
    expect(await refusal(v.loadMission(prisma, c.outsider, missionId))).toBe("notFound");
    expect(await refusal(v.loadMissionContract(prisma, c.outsider, missionId))).toBe("notFound");
    expect(await refusal(v.validateMissionRequests(prisma, c.outsider, { missionId }))).toBe("notFound");
    expect(
      await refusal(
        v.scheduleMilestone(prisma, c.outsider, { missionId, kind: "midpoint_review", at: "2027-01-10T10:00" }),
      ),
    ).toBe("notFound");
    expect(await refusal(v.answerCheckIn(prisma, c.outsider, { checkInId, answer: "x" }))).toBe("notFound");
    expect(await refusal(v.stopMission(prisma, c.outsider, { missionId, reason: "x", alternatives: "x" }))).toBe(
      "notFound",
    );
    const contract = await prisma.missionContract.findFirstOrThrow({ where: { missionId } });
    expect(await refusal(v.acceptMissionContract(prisma, c.outsider, { contractId: contract.id }))).toBe("notFound");
    expect(await v.listMissions(prisma, c.outsider)).toEqual([]);
    expect(await snapshot()).toBe(before);
  });

  it("lists each party's own missions with whose turn it is, and overdue check-ins for the coach only", async () => {
    const { c, missionId } = await confidentialMission();
    const later = new Date(Date.now() + 10 * 86_400_000);
    const coachList = await v.listMissions(prisma, c.coach, later);
    expect(coachList.find((m) => m.id === missionId)).toMatchObject({
      party: "coach",
      overdueCheckIns: 1,
      myTurn: true,
      step: { key: "sessions", index: 6 },
    });
    const sponsorList = await v.listMissions(prisma, c.sponsor, later);
    expect(sponsorList.find((m) => m.id === missionId)).toMatchObject({
      party: "sponsor",
      overdueCheckIns: 0,
      myTurn: false,
    });
    const admin = await person(["programme_admin"]);
    const counts = await v.countOverdueCheckIns(prisma, admin, later);
    expect(counts.overdue).toBeGreaterThanOrEqual(1);
    expect(counts.byCoach.find((x) => x.coachProfileId === c.coach.profileId)?.overdue).toBe(1);
    expect(JSON.stringify(counts)).not.toContain("SECRET-CHECKIN");
  });

  it("shows the printable contract to the three parties and HR", async () => {
    const c = await cast();
    const missionId = await newMission(c);
    await advance(c, missionId, "contracting");
    for (const who of [c.coachee, c.sponsor, c.hr, c.coach]) {
      const contract = await v.loadMissionContract(prisma, who, missionId);
      expect(contract?.version).toBe(1);
      expect(contract?.terms.indicators).toEqual(TERMS.indicators);
    }
  });
});

describe("the language of people's texts", () => {
  it("keeps the language each writer says, or their own language, and gives it to every party's view", async () => {
    const c = await cast();
    await prisma.user.update({ where: { id: c.sponsor.id }, data: { preferredLanguage: "fr" } });
    // The sponsor's form did not say: the request takes the sponsor's language (French).
    const missionId = await newMission(c);
    await v.writeCoacheeRequest(prisma, c.coachee, {
      missionId,
      coacheeRequest: "Je veux mieux déléguer.",
      shared: true,
      language: "fr",
    });
    await v.validateMissionRequests(prisma, c.coach, { missionId });
    await v.holdMilestone(prisma, c.coach, { missionId, kind: "preliminary_meeting" });
    await v.holdMilestone(prisma, c.coach, { missionId, kind: "coachee_meeting" });
    await v.decideMissionConsent(prisma, c.coachee, { missionId, decision: "consent" });
    await v.submitMissionProposal(prisma, c.coach, {
      missionId,
      ...TERMS,
      organisationObjectives: "Conduire la nouvelle unité dans sa réorganisation.",
      language: "fr",
    });
    const proposal = await prisma.missionProposal.findFirstOrThrow({ where: { missionId, status: "in_review" } });
    for (const p of [c.coachee, c.sponsor, c.hr])
      await v.reviewMissionProposal(prisma, p, { proposalId: proposal.id, decision: "approved", comment: "" });
    const contract = await prisma.missionContract.findFirstOrThrow({ where: { missionId, status: "open" } });
    for (const p of [c.coachee, c.sponsor, c.coach])
      await v.acceptMissionContract(prisma, p, { contractId: contract.id });

    const sponsorView = await v.loadMission(prisma, c.sponsor, missionId);
    expect(sponsorView.organisationRequestLanguage).toBe("fr");
    expect(sponsorView.coacheeRequest).toMatchObject({ text: "Je veux mieux déléguer.", language: "fr" });
    expect(sponsorView.proposals[0].language).toBe("fr");
    expect(sponsorView.indicators.map((i) => i.language)).toEqual(["fr", "fr"]);
    const printable = await v.loadMissionContract(prisma, c.hr, missionId);
    expect(printable?.terms.language).toBe("fr");

    await v.recordMidpointReview(prisma, c.coach, { missionId, decision: "end_early", note: "" });
    await v.saveMissionSynthesis(prisma, c.coachee, {
      missionId,
      synthesis: "What I learnt.",
      recommendations: "Keep the weekly meeting.",
      present: false,
      language: "en",
    });
    const coachView = await v.loadMission(prisma, c.coach, missionId);
    expect(coachView.synthesis).toMatchObject({ text: "What I learnt.", language: "en" });
  });

  it("takes the coachee's own language for a text whose form did not say", async () => {
    const c = await cast();
    await prisma.user.update({ where: { id: c.coachee.id }, data: { preferredLanguage: "fr" } });
    const missionId = await newMission(c);
    await v.writeCoacheeRequest(prisma, c.coachee, { missionId, coacheeRequest: "Déléguer.", shared: false });
    const m = await prisma.mission.findUniqueOrThrow({ where: { id: missionId } });
    expect([m.organisationRequestLanguage, m.coacheeRequestLanguage]).toEqual(["en", "fr"]);
  });
});

describe("races", () => {
  it("makes one contract when the last two approvals arrive at once", async () => {
    const c = await cast();
    const missionId = await newMission(c, false);
    await advance(c, missionId, "proposal", false);
    await v.submitMissionProposal(prisma, c.coach, { missionId, ...TERMS });
    const p = await prisma.missionProposal.findFirstOrThrow({ where: { missionId } });
    await Promise.allSettled(
      [c.coachee, c.sponsor].map((who) =>
        v.reviewMissionProposal(prisma, who, { proposalId: p.id, decision: "approved", comment: "" }),
      ),
    );
    expect(await prisma.missionContract.count({ where: { missionId } })).toBe(1);
    expect(await statusOf(missionId)).toBe("contracting");
  });

  it("starts one engagement when the three acceptances arrive at once", async () => {
    const c = await cast();
    const missionId = await newMission(c);
    await advance(c, missionId, "contracting");
    const contract = await prisma.missionContract.findFirstOrThrow({ where: { missionId, status: "open" } });
    const results = await Promise.allSettled(
      [c.coachee, c.sponsor, c.coach].map((who) => v.acceptMissionContract(prisma, who, { contractId: contract.id })),
    );
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    expect(await prisma.engagement.count({ where: { seekerId: c.coachee.id } })).toBe(1);
    expect(await prisma.missionContractAcceptance.count({ where: { contractId: contract.id } })).toBe(3);
    expect(await statusOf(missionId)).toBe("in_progress");
  });
});
