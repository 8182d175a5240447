import "server-only";
import type { Prisma } from "../../generated/prisma/client";

type Tx = Prisma.TransactionClient;

/**
 * Everything Binôme holds about one person, as the "data.json" of their archive.
 *
 * The rule (what goes in, what never does):
 * 1. Rows that describe the person: their own User row without secrets (no sign-in tokens, no
 *    session tokens, no provider tokens: only which sign-in methods are linked), their roles,
 *    matching profiles (with credential documents' metadata and supervision records), cohort
 *    places and networks.
 * 2. Rows they take part in: their requests (as the seeker) and the requests they were asked to
 *    answer (as a profile holder), their engagements with the sessions' schedule, their missions
 *    (as coachee, sponsor, HR participant or coach) and the check-ins of those missions that they
 *    are a party to (only the coachee and the coach ever are). The other party appears by name
 *    only, as the app already shows it to them: never their e-mail or other attributes.
 * 3. Text they wrote themselves: their session notes, their goals (shared or not), what they said they
 *    seek, their fit-check answers and midway pulses, the questions asked before answering a request
 *    and the replies (both sides of the thread: each was written to the other), the actions agreed
 *    in their engagements' sessions (whoever wrote them: both people read them), their session feedback and closing
 *    evaluations, their continuation decisions, their proposal reviews, their contract
 *    acceptances, their checklist ticks, their check-in messages (and the coach's answers to them,
 *    which were written for them), the texts of a mission they own (the coachee's request,
 *    synthesis and follow-up; the sponsor's organisation request).
 * 4. Audit rows where they are the actor or the target (a User row of theirs).
 * Never: another person's private session notes or goals, another person's feedback or closing evaluation
 * (even about a session with this person), another person's decline reasons or request messages,
 * a mission's texts that the person may not read in the app (e.g. a coachee's unpresented
 * synthesis for a sponsor). Feedback about a coach is confidential to its author; it is not the coach's data.
 */
export async function collectPersonalData(tx: Tx, userId: string, now: Date) {
  const user = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      emailVerified: true,
      image: true,
      preferredLanguage: true,
      timeZone: true,
      appointmentType: true,
      gender: true,
      languages: true,
      staffIndexNumber: true,
      scimExternalId: true,
      disabledAt: true,
      leftAt: true,
      anonymisedAt: true,
      createdAt: true,
      updatedAt: true,
      entity: { select: { code: true, nameEn: true, nameFr: true } },
      dutyStation: { select: { code: true, nameEn: true, nameFr: true, timeZone: true } },
      supervisor: { select: { name: true } },
      networks: { select: { code: true, nameEn: true, nameFr: true } },
      // What they said they seek, per programme ("Suggested for you").
      matchPreferences: {
        select: {
          programme: { select: { slug: true } },
          expertiseAreas: true,
          languages: true,
          entityPreference: true,
          gender: true,
          timeZoneOverlap: true,
          goal: true,
          updatedAt: true,
        },
      },
      accounts: { select: { provider: true, type: true } },
      roles: { select: { role: true, grantedAt: true }, orderBy: { role: "asc" } },
    },
  });
  const who = { select: { name: true } } as const;
  const holder = { select: { kind: true, user: who } } as const;

  const profiles = await tx.matchingProfile.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    omit: { searchText: true, sortName: true, userId: true },
    include: {
      programme: { select: { slug: true, nameEn: true, nameFr: true } },
      documents: {
        select: { id: true, fileName: true, contentType: true, size: true, uploadedAt: true },
        orderBy: { uploadedAt: "asc" },
      },
      supervisionRecords: {
        select: { heldOn: true, supervisor: true, attended: true, createdAt: true },
        orderBy: { heldOn: "asc" },
      },
      credentialRenewals: {
        select: {
          credentialDate: true,
          expiresOn: true,
          status: true,
          submittedAt: true,
          reviewedAt: true,
          reviewMessage: true,
          documentId: true,
        },
        orderBy: { submittedAt: "asc" },
      },
      developmentActivities: {
        select: { date: true, minutes: true, title: true, documentId: true, createdAt: true },
        orderBy: { date: "asc" },
      },
    },
  });
  const enrolments = await tx.cohortEnrolment.findMany({
    where: { userId },
    orderBy: { enrolledAt: "asc" },
    omit: { userId: true },
    include: {
      cohort: { select: { slug: true, nameEn: true, nameFr: true, programme: { select: { slug: true } } } },
    },
  });
  const requests = await tx.matchRequest.findMany({
    where: { seekerId: userId },
    orderBy: { createdAt: "asc" },
    omit: { seekerId: true },
    include: {
      programme: { select: { slug: true } },
      // Which profiles they asked and what became of each; the asked person's reason stays theirs.
      choices: {
        orderBy: { rank: "asc" },
        select: {
          rank: true,
          status: true,
          askedAt: true,
          dueAt: true,
          answeredAt: true,
          profile: holder,
          // The asked person's questions were written to them, and the replies are theirs.
          questions: {
            orderBy: { askedAt: "asc" },
            select: { askedAt: true, question: true, answeredAt: true, answer: true },
          },
        },
      },
    },
  });
  const requestsReceived = await tx.matchRequestChoice.findMany({
    where: { profile: { userId } },
    orderBy: { askedAt: "asc" },
    select: {
      // The questions they asked before answering, and the replies written to them.
      questions: {
        orderBy: { askedAt: "asc" },
        select: { askedAt: true, question: true, answeredAt: true, answer: true },
      },
      id: true,
      rank: true,
      status: true,
      askedAt: true,
      dueAt: true,
      remindedAt: true,
      answeredAt: true,
      declineReason: true,
      profile: { select: { kind: true } },
      request: { select: { id: true, createdAt: true, programme: { select: { slug: true } }, seeker: who } },
    },
  });
  const engagements = await tx.engagement.findMany({
    where: { OR: [{ seekerId: userId }, { profile: { userId } }] },
    orderBy: { startedAt: "asc" },
    select: {
      id: true,
      status: true,
      startedAt: true,
      endedAt: true,
      completedAt: true,
      // An end reason is shown to both sides of the engagement.
      endReason: true,
      endedById: true,
      programme: { select: { slug: true, nameEn: true, nameFr: true } },
      cohort: { select: { slug: true } },
      seeker: { select: { id: true, name: true } },
      profile: { select: { kind: true, user: { select: { id: true, name: true } } } },
      continuationDecisions: { where: { userId }, select: { wantsToContinue: true, decidedAt: true } },
      // Their own goals (shared or not); the other person's goals are theirs, never in this export.
      goals: {
        where: { authorId: userId },
        orderBy: { createdAt: "asc" },
        select: { text: true, status: true, sharedAt: true, createdAt: true, updatedAt: true },
      },
      // The actions agreed in the engagement's sessions: both people read them.
      actions: {
        orderBy: { createdAt: "asc" },
        select: {
          text: true,
          owner: true,
          dueOn: true,
          doneAt: true,
          createdAt: true,
          createdById: true,
          session: { select: { position: true } },
        },
      },
      // Their own fit-check answer and midway pulse; the other person's stay theirs.
      fitAnswers: { where: { userId }, select: { fits: true, comment: true, answeredAt: true } },
      pulses: { where: { userId }, select: { score: true, comment: true, answeredAt: true } },
      closingEvaluations: {
        where: { authorId: userId },
        select: { usefulness: true, objectivesMet: true, wouldRecommend: true, comment: true, createdAt: true },
      },
      sessions: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          stepKey: true,
          status: true,
          suggestedAt: true,
          startsAt: true,
          durationMinutes: true,
          timeZone: true,
          mode: true,
          location: true,
          proposedAt: true,
          completedAt: true,
          cancelledAt: true,
          feedback: {
            where: { authorId: userId },
            select: { usefulness: true, helped: true, comment: true, createdAt: true },
          },
          notes: { where: { authorId: userId }, select: { body: true, updatedAt: true } },
          checklistTicks: { where: { userId }, select: { itemKey: true, tickedAt: true } },
        },
      },
    },
  });
  const missions = await tx.mission.findMany({
    where: {
      OR: [{ coacheeId: userId }, { sponsorId: userId }, { hrId: userId }, { coachProfile: { userId } }],
    },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      status: true,
      createdAt: true,
      closedAt: true,
      coacheeId: true,
      sponsorId: true,
      hrId: true,
      organisationRequest: true,
      coacheeRequest: true,
      coacheeRequestShared: true,
      synthesis: true,
      recommendations: true,
      synthesisPresentedAt: true,
      followUpImpact: true,
      followUpNote: true,
      followUpShared: true,
      refusalReason: true,
      stopReason: true,
      programme: { select: { slug: true } },
      coachee: who,
      sponsor: who,
      hr: who,
      coachProfile: { select: { user: { select: { id: true, name: true } } } },
      checkIns: {
        orderBy: { createdAt: "asc" },
        select: {
          kind: true,
          authorId: true,
          body: true,
          preferredTimes: true,
          createdAt: true,
          answer: true,
          answeredAt: true,
        },
      },
    },
  });

  const proposalReviews = await tx.missionProposalReview.findMany({
    where: { reviewerId: userId },
    orderBy: { createdAt: "asc" },
    select: {
      party: true,
      decision: true,
      comment: true,
      createdAt: true,
      proposal: { select: { missionId: true, version: true } },
    },
  });
  const contractAcceptances = await tx.missionContractAcceptance.findMany({
    where: { userId },
    orderBy: { acceptedAt: "asc" },
    select: { party: true, acceptedAt: true, contract: { select: { missionId: true, version: true } } },
  });
  const agreementAcceptances = await tx.engagementAgreementAcceptance.findMany({
    where: { userId },
    orderBy: { acceptedAt: "asc" },
    select: { engagementId: true, role: true, version: true, commitmentsVersion: true, acceptedAt: true },
  });
  const auditRows = await tx.auditLog.findMany({
    where: { OR: [{ actorId: userId }, { targetType: "User", targetId: userId }] },
    orderBy: { at: "asc" },
    select: { at: true, action: true, targetType: true, targetId: true, data: true, actorId: true },
  });

  const { entity, dutyStation, supervisor, networks, accounts, roles, ...attributes } = user;
  return {
    format: "binome-personal-data/1",
    exportedAt: now.toISOString(),
    person: {
      ...attributes,
      entity,
      dutyStation,
      supervisor: supervisor?.name ?? null,
      networks,
      signInMethods: accounts,
    },
    roles,
    profiles,
    enrolments,
    requests,
    requestsReceived,
    engagements: engagements.map(({ seeker, profile, endedById, actions, ...e }) => ({
      ...e,
      actions: actions.map(({ createdById, session, ...a }) => ({
        ...a,
        agreedInSession: session.position,
        writtenByYou: createdById === userId,
      })),
      yourSide: seeker.id === userId ? "seeker" : "profile holder",
      with: seeker.id === userId ? profile.user.name : seeker.name,
      profileKind: profile.kind,
      endedByYou: endedById === userId,
    })),
    missions: missions.map((m) => missionSeenBy(m, userId)),
    proposalReviews,
    contractAcceptances,
    agreementAcceptances,
    audit: auditRows.map(({ actorId, ...row }) => ({ ...row, byYou: actorId === userId })),
  };
}

type MissionRow = {
  coacheeId: string;
  sponsorId: string;
  hrId: string | null;
  coacheeRequest: string | null;
  coacheeRequestShared: boolean;
  synthesis: string | null;
  recommendations: string | null;
  synthesisPresentedAt: Date | null;
  followUpNote: string | null;
  followUpShared: boolean;
  coachProfile: { user: { id: string; name: string | null } };
  checkIns: { authorId: string }[];
  coachee: { name: string | null };
  sponsor: { name: string | null };
  hr: { name: string | null } | null;
};

/**
 * A mission as its party sees it (lib/domain/mission-visibility.ts): the coachee's own texts go to
 * the coachee and the coach, and to the sponsor and HR only once shared or presented; check-ins
 * only to the coachee and the coach.
 */
function missionSeenBy<M extends MissionRow>(mission: M, userId: string) {
  const {
    coacheeId,
    sponsorId,
    hrId,
    coachProfile,
    checkIns,
    coachee,
    sponsor,
    hr,
    coacheeRequest,
    synthesis,
    recommendations,
    followUpNote,
    ...rest
  } = mission;
  const parties = [
    coacheeId === userId && "coachee",
    sponsorId === userId && "sponsor",
    hrId === userId && "hr",
    coachProfile.user.id === userId && "coach",
  ].filter((p): p is string => Boolean(p));
  const insider = parties.includes("coachee") || parties.includes("coach");
  return {
    ...rest,
    yourParts: parties,
    coachee: coachee.name,
    sponsor: sponsor.name,
    hr: hr?.name ?? null,
    coach: coachProfile.user.name,
    coacheeRequest: insider || mission.coacheeRequestShared ? coacheeRequest : null,
    synthesis: insider || mission.synthesisPresentedAt ? synthesis : null,
    recommendations: insider || mission.synthesisPresentedAt ? recommendations : null,
    followUpNote: insider || mission.followUpShared ? followUpNote : null,
    checkIns: insider ? checkIns.map(({ authorId, ...c }) => ({ ...c, byYou: authorId === userId })) : [],
  };
}

export type PersonalData = Awaited<ReturnType<typeof collectPersonalData>>;
