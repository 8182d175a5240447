// Tripartite framing and the meetings a party adds, through the verbs: the coach's framing record
// (saved, and read only by whom the confidentiality rules allow), intermediate meetings asked for
// by each kind of party (the others told in their language), a coachee's own request taken up by
// the sponsor it was addressed to, and hostile calls refused without changing anything.
// Runs on PGlite and, when TEST_DATABASE_URL is set, on a PostgreSQL server.
import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/domain/roles";
import { refusal } from "../support/refusal";
import { setUpApp } from "../support/app";
import type { Person, ProfileHolder } from "../support/factories";

const { prisma, make } = await setUpApp();
const v = {
  ...(await import("@/lib/server/missions/request-mission")),
  ...(await import("@/lib/server/missions/write-coachee-request")),
  ...(await import("@/lib/server/missions/validate-mission-requests")),
  ...(await import("@/lib/server/missions/hold-milestone")),
  ...(await import("@/lib/server/missions/decide-mission-consent")),
  ...(await import("@/lib/server/missions/submit-mission-proposal")),
  ...(await import("@/lib/server/missions/review-mission-proposal")),
  ...(await import("@/lib/server/missions/accept-mission-contract")),
  ...(await import("@/lib/server/missions/load-mission")),
  ...(await import("@/lib/server/missions/save-mission-framing")),
  ...(await import("@/lib/server/missions/request-intermediate-meeting")),
  ...(await import("@/lib/server/missions/schedule-intermediate-meeting")),
  ...(await import("@/lib/server/missions/hold-intermediate-meeting")),
  ...(await import("@/lib/server/missions/ask-mission-sponsor")),
  ...(await import("@/lib/server/missions/take-up-mission-request")),
  ...(await import("@/lib/server/missions/load-sponsorship")),
};
await make.programme({
  slug: "tripartite-coaching",
  type: "tripartite_coaching",
  sessionPlan: "coaching",
  nameEn: "Tripartite Coaching",
  nameFr: "Coaching tripartite",
});

const person = (roles: Role[], name: string, preferredLanguage: "en" | "fr" = "en"): Promise<Person> =>
  make.person({ roles, name, timeZone: "Europe/Zurich", preferredLanguage });

type Cast = { sponsor: Person; hr: Person; coachee: Person; coach: ProfileHolder; outsider: Person };
async function cast(): Promise<Cast> {
  return {
    sponsor: await person(["sponsor"], "Sam Taylor", "fr"),
    hr: await person(["hr_reviewer"], "Hana Kim"),
    coachee: await person(["client"], "Amina Diallo"),
    coach: await make.coach({ timeZone: "Europe/Zurich" }),
    outsider: await person(["client", "sponsor", "hr_reviewer", "programme_admin"], "Olga Outsider"),
  };
}

const FRAMING = {
  organisationNeeds: "The unit needs a lead who settles disagreements without escalating.",
  coacheeNeeds: "I want to feel at ease delegating.",
  context: "A new unit of twelve people, merged in September.",
  expectedResults: "A weekly team meeting run by Amina; fewer escalations.",
  coachExpectations: "Challenge and a confidential space.",
  approach: "Six sessions on delegation and constructive confrontation.",
};

async function validated(c: Cast): Promise<string> {
  const { missionId } = await v.requestMission(prisma, c.sponsor, {
    coacheeId: c.coachee.id,
    coachProfileId: c.coach.profileId,
    hrId: c.hr.id,
    organisationRequest: "Help Amina lead her new unit.",
  });
  await v.writeCoacheeRequest(prisma, c.coachee, { missionId, coacheeRequest: "Delegate better.", shared: false });
  await v.validateMissionRequests(prisma, c.coach, { missionId });
  return missionId;
}

async function underContract(c: Cast): Promise<string> {
  const missionId = await validated(c);
  await v.holdMilestone(prisma, c.coach, { missionId, kind: "preliminary_meeting" });
  await v.holdMilestone(prisma, c.coach, { missionId, kind: "coachee_meeting" });
  await v.decideMissionConsent(prisma, c.coachee, { missionId, decision: "consent" });
  await v.submitMissionProposal(prisma, c.coach, {
    missionId,
    organisationObjectives: "Lead the unit.",
    coacheeObjectives: "Delegate.",
    indicators: ["Weekly meeting"],
    durationMonths: 6,
    sessionCount: 4,
    sessionMinutes: 60,
    rhythmWeeks: 3,
    cost: "Internal",
    followUpMonths: 3,
  });
  const proposal = await prisma.missionProposal.findFirstOrThrow({ where: { missionId, status: "in_review" } });
  for (const p of [c.coachee, c.sponsor, c.hr])
    await v.reviewMissionProposal(prisma, p, { proposalId: proposal.id, decision: "approved", comment: "" });
  const contract = await prisma.missionContract.findFirstOrThrow({ where: { missionId, status: "open" } });
  for (const p of [c.coachee, c.sponsor, c.coach])
    await v.acceptMissionContract(prisma, p, { contractId: contract.id });
  return missionId;
}

async function snapshot() {
  return JSON.stringify({
    missions: await prisma.mission.findMany({ orderBy: { id: "asc" } }),
    meetings: await prisma.missionIntermediateMeeting.findMany({ orderBy: { id: "asc" } }),
    asks: await prisma.missionSponsorshipRequest.findMany({ orderBy: { id: "asc" } }),
    audit: await prisma.auditLog.count(),
    emails: await prisma.outboxEmail.count(),
  });
}

describe("the framing record of the preliminary meeting", () => {
  it("is written by the coach, told to the parties once, and read by each as the rules allow", async () => {
    const c = await cast();
    const missionId = await validated(c);
    const before = await snapshot();
    for (const p of [c.coachee, c.sponsor, c.hr])
      expect(
        await refusal(v.saveMissionFraming(prisma, p, { missionId, ...FRAMING, coacheeAttended: false })),
        p.name ?? "",
      ).toBe("forbidden");
    expect(
      await refusal(v.saveMissionFraming(prisma, c.outsider, { missionId, ...FRAMING, coacheeAttended: false })),
    ).toBe("notFound");
    expect(
      await refusal(
        v.saveMissionFraming(prisma, c.coach, { missionId, ...FRAMING, coacheeNeeds: "", coacheeAttended: true }),
      ),
    ).toBe("coacheeNeedsRequired");
    expect(await snapshot()).toBe(before);

    await v.saveMissionFraming(prisma, c.coach, { missionId, ...FRAMING, coacheeAttended: false });
    const row = await prisma.mission.findUniqueOrThrow({ where: { id: missionId } });
    expect(row.framingOrganisationNeeds).toBe(FRAMING.organisationNeeds);
    expect(row.framingCoacheeNeeds).toBe(FRAMING.coacheeNeeds);
    expect(row.framingContext).toBe(FRAMING.context);
    expect(row.framingExpectedResults).toBe(FRAMING.expectedResults);
    expect(row.framingCoachExpectations).toBe(FRAMING.coachExpectations);
    expect(row.framingApproach).toBe(FRAMING.approach);
    expect(row.framingRecordedAt).not.toBeNull();
    const told = await prisma.outboxEmail.findMany({ where: { kind: "mission-framingRecorded" } });
    expect(told.map((e) => e.to).sort()).toEqual([c.coachee.email, c.sponsor.email, c.hr.email].sort());
    // The sponsor reads French: their e-mail is in French.
    expect(told.find((e) => e.to === c.sponsor.email)?.subject).toContain("document de synthèse du cadrage");

    // The coachee did not attend: the sponsor and HR read everything but the coachee's needs.
    for (const p of [c.sponsor, c.hr]) {
      const view = await v.loadMission(prisma, p, missionId);
      expect(view.framing?.texts.organisationNeeds).toBe(FRAMING.organisationNeeds);
      expect(view.framing?.texts.approach).toBe(FRAMING.approach);
      expect(view.framing?.texts.coacheeNeeds).toBeNull();
      expect(JSON.stringify(view)).not.toContain(FRAMING.coacheeNeeds);
    }
    for (const p of [c.coachee, c.coach])
      expect((await v.loadMission(prisma, p, missionId)).framing?.texts.coacheeNeeds).toBe(FRAMING.coacheeNeeds);
    expect(await refusal(v.loadMission(prisma, c.outsider, missionId))).toBe("notFound");

    // Corrected after the preliminary meeting, which the coachee attended: now the sponsor reads it; nobody is told twice.
    await v.holdMilestone(prisma, c.coach, { missionId, kind: "preliminary_meeting" });
    await v.saveMissionFraming(prisma, c.coach, { missionId, ...FRAMING, coacheeAttended: true });
    expect((await v.loadMission(prisma, c.sponsor, missionId)).framing?.texts.coacheeNeeds).toBe(FRAMING.coacheeNeeds);
    expect(await prisma.outboxEmail.count({ where: { kind: "mission-framingRecorded" } })).toBe(3);
    expect(await prisma.auditLog.count({ where: { action: "mission.framing.record", targetId: missionId } })).toBe(2);
  });

  it("cannot be written before the requests are validated, nor once the contract is accepted", async () => {
    const c = await cast();
    const { missionId } = await v.requestMission(prisma, c.sponsor, {
      coacheeId: c.coachee.id,
      coachProfileId: c.coach.profileId,
      hrId: null,
      organisationRequest: "Help Amina.",
    });
    expect(
      await refusal(v.saveMissionFraming(prisma, c.coach, { missionId, ...FRAMING, coacheeAttended: false })),
    ).toBe("missionStepNotAllowed");
    const c2 = await cast();
    const running = await underContract(c2);
    expect(
      await refusal(v.saveMissionFraming(prisma, c2.coach, { missionId: running, ...FRAMING, coacheeAttended: false })),
    ).toBe("missionStepNotAllowed");
  });
});

describe("intermediate tripartite meetings", () => {
  it("are asked for by the sponsor, HR, the coachee or the coach, the others told; the coach schedules and holds them", async () => {
    const c = await cast();
    const missionId = await underContract(c);
    const parties = [c.sponsor, c.hr, c.coachee, c.coach];
    for (const asker of parties) {
      const emailsBefore = await prisma.outboxEmail.findMany({ where: { kind: "mission-intermediateRequested" } });
      const { meetingId } = await v.requestIntermediateMeeting(prisma, asker, {
        missionId,
        reason: `Asked by ${asker.name}: the team changed.`,
      });
      const emails = (await prisma.outboxEmail.findMany({ where: { kind: "mission-intermediateRequested" } })).filter(
        (e) => !emailsBefore.some((b) => b.id === e.id),
      );
      expect(emails.map((e) => e.to).sort(), asker.name ?? "").toEqual(
        parties
          .filter((p) => p !== asker)
          .map((p) => p.email)
          .sort(),
      );
      const toSponsor = emails.find((e) => e.to === c.sponsor.email);
      if (toSponsor) expect(toSponsor.subject).toContain("une réunion intermédiaire est demandée");
      // No reason in the e-mail: it is read on the mission's page.
      for (const e of emails) expect(e.text).not.toContain("the team changed");

      // One waits at a time; the coach alone schedules and holds it.
      expect(await refusal(v.requestIntermediateMeeting(prisma, c.coachee, { missionId, reason: "Another" }))).toBe(
        "intermediateMeetingOpen",
      );
      for (const p of [c.coachee, c.sponsor, c.hr])
        expect(
          await refusal(v.scheduleIntermediateMeeting(prisma, p, { missionId, meetingId, at: "2027-01-12T10:00" })),
        ).toBe("forbidden");
      await v.scheduleIntermediateMeeting(prisma, c.coach, { missionId, meetingId, at: "2027-01-12T10:00" });
      await v.holdIntermediateMeeting(prisma, c.coach, { missionId, meetingId });
      expect(await refusal(v.holdIntermediateMeeting(prisma, c.coach, { missionId, meetingId }))).toBe(
        "milestoneAlreadyHeld",
      );
    }
    const rows = await prisma.missionIntermediateMeeting.findMany({
      where: { missionId },
      orderBy: { createdAt: "asc" },
    });
    expect(rows.map((r) => r.requestedByParty)).toEqual(["sponsor", "hr", "coachee", "coach"]);
    expect(rows.every((r) => r.status === "held" && r.scheduledAt?.toISOString() === "2027-01-12T09:00:00.000Z")).toBe(
      true,
    );
    expect(await prisma.outboxEmail.count({ where: { kind: "mission-intermediateScheduled" } })).toBe(4 * 3);
    // Every party reads who asked and why.
    const seen = await v.loadMission(prisma, c.sponsor, missionId);
    expect(seen.intermediateMeetings.map((m) => m.requestedBy)).toEqual(["coach", "coachee", "hr", "sponsor"]);
    expect(seen.intermediateMeetings[1]?.reason).toContain("Asked by Amina Diallo");
  });

  it("are refused to outsiders, to the coachee of another mission, and before the contract", async () => {
    const c = await cast();
    const missionId = await underContract(c);
    const other = await cast();
    const otherMission = await validated(other);
    const before = await snapshot();
    expect(await refusal(v.requestIntermediateMeeting(prisma, c.outsider, { missionId, reason: "Let me in" }))).toBe(
      "notFound",
    );
    expect(await refusal(v.requestIntermediateMeeting(prisma, other.coachee, { missionId, reason: "Not mine" }))).toBe(
      "notFound",
    );
    expect(
      await refusal(
        v.requestIntermediateMeeting(prisma, other.coachee, { missionId: otherMission, reason: "Too early" }),
      ),
    ).toBe("missionStepNotAllowed");
    expect(await refusal(v.requestIntermediateMeeting(prisma, c.coachee, { missionId, reason: "   " }))).toBe(
      "intermediateReasonRequired",
    );
    expect(await snapshot()).toBe(before);
    const { meetingId } = await v.requestIntermediateMeeting(prisma, c.coachee, { missionId, reason: "Mine" });
    // Another mission's coach cannot schedule it, even naming their own mission.
    expect(
      await refusal(
        v.scheduleIntermediateMeeting(prisma, other.coach, {
          missionId: otherMission,
          meetingId,
          at: "2027-01-12T10:00",
        }),
      ),
    ).toBe("notFound");
    expect(
      await refusal(
        v.scheduleIntermediateMeeting(prisma, other.coach, { missionId, meetingId, at: "2027-01-12T10:00" }),
      ),
    ).toBe("notFound");
  });
});

describe("a tripartite request started by the coachee", () => {
  it("is taken up by the sponsor it was addressed to and then proceeds as a sponsor's request", async () => {
    const c = await cast();
    const otherSponsor = await person(["sponsor"], "Omar Other");
    const { requestId } = await v.askMissionSponsor(prisma, c.coachee, {
      sponsorId: c.sponsor.id,
      coachProfileId: c.coach.profileId,
      coacheeRequest: "I would like coaching to lead my new unit.",
    });
    const asked = await prisma.outboxEmail.findFirstOrThrow({ where: { kind: "mission-sponsorshipAsked" } });
    expect(asked.to).toBe(c.sponsor.email);
    expect(asked.subject).toContain("vous demande de parrainer");
    expect((await v.loadOpenSponsorships(prisma, c.sponsor)).addressedToMe.map((r) => r.id)).toEqual([requestId]);
    expect((await v.loadOpenSponsorships(prisma, otherSponsor)).addressedToMe).toEqual([]);
    expect((await v.loadOpenSponsorships(prisma, c.coachee)).mine.map((r) => r.id)).toEqual([requestId]);

    const before = await snapshot();
    const takeUp = { requestId, hrId: c.hr.id, organisationRequest: "The unit needs a confident lead." };
    expect(await refusal(v.takeUpMissionRequest(prisma, otherSponsor, takeUp))).toBe("notFound");
    expect(await refusal(v.takeUpMissionRequest(prisma, c.coachee, takeUp))).toBe("forbidden");
    expect(await refusal(v.takeUpMissionRequest(prisma, c.outsider, takeUp))).toBe("notFound");
    expect(await refusal(v.takeUpMissionRequest(prisma, c.sponsor, { ...takeUp, organisationRequest: " " }))).toBe(
      "organisationRequestRequired",
    );
    expect(await snapshot()).toBe(before);

    const { missionId } = await v.takeUpMissionRequest(prisma, c.sponsor, takeUp);
    const mission = await prisma.mission.findUniqueOrThrow({ where: { id: missionId } });
    expect(mission).toMatchObject({
      status: "requested",
      sponsorId: c.sponsor.id,
      hrId: c.hr.id,
      coacheeId: c.coachee.id,
      coachProfileId: c.coach.profileId,
      coacheeRequest: "I would like coaching to lead my new unit.",
      coacheeRequestShared: true,
    });
    expect(await prisma.outboxEmail.count({ where: { kind: "mission-sponsorshipTakenUp", to: c.coachee.email } })).toBe(
      1,
    );
    expect(await prisma.outboxEmail.count({ where: { kind: "mission-requestedCoach", to: c.coach.email } })).toBe(1);
    expect(await refusal(v.takeUpMissionRequest(prisma, c.sponsor, takeUp))).toBe("sponsorshipAlreadyTakenUp");
    expect((await v.loadOpenSponsorships(prisma, c.sponsor)).addressedToMe).toEqual([]);
    // The coachee's request is already written: the coach validates it straight away.
    await v.validateMissionRequests(prisma, c.coach, { missionId });
    expect((await prisma.mission.findUniqueOrThrow({ where: { id: missionId } })).status).toBe("framing");
  });

  it("is refused when addressed to someone who is not a sponsor, by someone who may not be coached, or twice", async () => {
    const c = await cast();
    const input = { sponsorId: c.sponsor.id, coachProfileId: c.coach.profileId, coacheeRequest: "Coaching, please." };
    expect(await refusal(v.askMissionSponsor(prisma, c.coachee, { ...input, sponsorId: c.hr.id }))).toBe(
      "sponsorInvalid",
    );
    expect(await refusal(v.askMissionSponsor(prisma, c.coachee, { ...input, sponsorId: c.coachee.id }))).toBe(
      "sponsorInvalid",
    );
    expect(await refusal(v.askMissionSponsor(prisma, c.sponsor, input))).toBe("forbidden");
    expect(await refusal(v.askMissionSponsor(prisma, c.coachee, { ...input, coachProfileId: "nope" }))).toBe(
      "coachNotApproved",
    );
    await v.askMissionSponsor(prisma, c.coachee, input);
    expect(await refusal(v.askMissionSponsor(prisma, c.coachee, input))).toBe("sponsorshipAlreadyOpen");
    expect(await prisma.missionSponsorshipRequest.count({ where: { coacheeId: c.coachee.id } })).toBe(1);
  });
});
