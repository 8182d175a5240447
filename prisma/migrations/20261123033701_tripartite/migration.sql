-- CreateEnum
CREATE TYPE "MissionStatus" AS ENUM ('requested', 'framing', 'coachee_meeting', 'awaiting_consent', 'proposal', 'contracting', 'in_progress', 'continuing', 'closing', 'follow_up', 'completed', 'declined', 'refused', 'stopped');

-- CreateEnum
CREATE TYPE "MissionMilestoneKind" AS ENUM ('preliminary_meeting', 'coachee_meeting', 'midpoint_review', 'closing_session', 'final_meeting', 'follow_up');

-- CreateEnum
CREATE TYPE "MissionMilestoneStatus" AS ENUM ('planned', 'scheduled', 'held');

-- CreateEnum
CREATE TYPE "MissionParty" AS ENUM ('coachee', 'sponsor', 'hr', 'coach');

-- CreateEnum
CREATE TYPE "MidpointDecision" AS ENUM ('continue', 'adjust', 'end_early');

-- CreateEnum
CREATE TYPE "MissionProposalStatus" AS ENUM ('in_review', 'approved', 'superseded');

-- CreateEnum
CREATE TYPE "ProposalReviewDecision" AS ENUM ('approved', 'commented');

-- CreateEnum
CREATE TYPE "MissionContractStatus" AS ENUM ('open', 'accepted', 'superseded');

-- CreateEnum
CREATE TYPE "IndicatorResult" AS ENUM ('achieved', 'partly', 'not_achieved');

-- CreateEnum
CREATE TYPE "FollowUpImpact" AS ENUM ('sustained', 'partly', 'not_sustained');

-- CreateEnum
CREATE TYPE "CheckInKind" AS ENUM ('message', 'call');

-- CreateTable
CREATE TABLE "Mission" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "sponsorId" TEXT NOT NULL,
    "hrId" TEXT,
    "coacheeId" TEXT NOT NULL,
    "coachProfileId" TEXT NOT NULL,
    "engagementId" TEXT,
    "status" "MissionStatus" NOT NULL DEFAULT 'requested',
    "organisationRequest" TEXT NOT NULL,
    "coacheeRequest" TEXT,
    "coacheeRequestAt" TIMESTAMP(3),
    "coacheeRequestShared" BOOLEAN NOT NULL DEFAULT false,
    "requestsValidatedAt" TIMESTAMP(3),
    "consentedAt" TIMESTAMP(3),
    "declinedAt" TIMESTAMP(3),
    "midpointDecision" "MidpointDecision",
    "midpointNote" TEXT,
    "synthesis" TEXT,
    "recommendations" TEXT,
    "synthesisPresentedAt" TIMESTAMP(3),
    "followUpImpact" "FollowUpImpact",
    "followUpNote" TEXT,
    "followUpShared" BOOLEAN NOT NULL DEFAULT false,
    "refusedAt" TIMESTAMP(3),
    "refusalReason" TEXT,
    "stoppedAt" TIMESTAMP(3),
    "stopReason" TEXT,
    "stopAlternatives" TEXT,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Mission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MissionMilestone" (
    "id" TEXT NOT NULL,
    "missionId" TEXT NOT NULL,
    "kind" "MissionMilestoneKind" NOT NULL,
    "status" "MissionMilestoneStatus" NOT NULL DEFAULT 'planned',
    "scheduledAt" TIMESTAMP(3),
    "heldAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MissionMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MissionProposal" (
    "id" TEXT NOT NULL,
    "missionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "MissionProposalStatus" NOT NULL DEFAULT 'in_review',
    "organisationObjectives" TEXT NOT NULL,
    "coacheeObjectives" TEXT NOT NULL,
    "indicators" TEXT[],
    "durationMonths" INTEGER NOT NULL,
    "sessionCount" INTEGER NOT NULL,
    "sessionMinutes" INTEGER NOT NULL,
    "rhythmWeeks" INTEGER NOT NULL,
    "cost" TEXT NOT NULL,
    "followUpMonths" INTEGER NOT NULL DEFAULT 3,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MissionProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MissionProposalReview" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "party" "MissionParty" NOT NULL,
    "decision" "ProposalReviewDecision" NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MissionProposalReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MissionContract" (
    "id" TEXT NOT NULL,
    "missionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "proposalId" TEXT NOT NULL,
    "status" "MissionContractStatus" NOT NULL DEFAULT 'open',
    "commitmentsVersion" TEXT NOT NULL,
    "changesRequestedBy" "MissionParty",
    "changesComment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MissionContract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MissionContractAcceptance" (
    "id" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "party" "MissionParty" NOT NULL,
    "acceptedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MissionContractAcceptance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MissionIndicator" (
    "id" TEXT NOT NULL,
    "missionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "result" "IndicatorResult",
    "evidence" TEXT,
    "evaluatedAt" TIMESTAMP(3),

    CONSTRAINT "MissionIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" TEXT NOT NULL,
    "missionId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "kind" "CheckInKind" NOT NULL,
    "body" TEXT NOT NULL,
    "preferredTimes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "answer" TEXT,
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionRecord" (
    "id" TEXT NOT NULL,
    "coachProfileId" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "supervisor" TEXT NOT NULL,
    "attended" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupervisionRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Mission_engagementId_key" ON "Mission"("engagementId");

-- CreateIndex
CREATE INDEX "Mission_sponsorId_idx" ON "Mission"("sponsorId");

-- CreateIndex
CREATE INDEX "Mission_hrId_idx" ON "Mission"("hrId");

-- CreateIndex
CREATE INDEX "Mission_coacheeId_idx" ON "Mission"("coacheeId");

-- CreateIndex
CREATE INDEX "Mission_coachProfileId_status_idx" ON "Mission"("coachProfileId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "MissionMilestone_missionId_kind_key" ON "MissionMilestone"("missionId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "MissionProposal_missionId_version_key" ON "MissionProposal"("missionId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "MissionProposalReview_proposalId_party_key" ON "MissionProposalReview"("proposalId", "party");

-- CreateIndex
CREATE UNIQUE INDEX "MissionContract_missionId_version_key" ON "MissionContract"("missionId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "MissionContractAcceptance_contractId_party_key" ON "MissionContractAcceptance"("contractId", "party");

-- CreateIndex
CREATE UNIQUE INDEX "MissionIndicator_missionId_position_key" ON "MissionIndicator"("missionId", "position");

-- CreateIndex
CREATE INDEX "CheckIn_missionId_createdAt_idx" ON "CheckIn"("missionId", "createdAt");

-- CreateIndex
CREATE INDEX "CheckIn_answeredAt_dueAt_idx" ON "CheckIn"("answeredAt", "dueAt");

-- CreateIndex
CREATE INDEX "SupervisionRecord_heldOn_idx" ON "SupervisionRecord"("heldOn");

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionRecord_coachProfileId_heldOn_key" ON "SupervisionRecord"("coachProfileId", "heldOn");

-- AddForeignKey
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_sponsorId_fkey" FOREIGN KEY ("sponsorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_hrId_fkey" FOREIGN KEY ("hrId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_coacheeId_fkey" FOREIGN KEY ("coacheeId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_coachProfileId_fkey" FOREIGN KEY ("coachProfileId") REFERENCES "CoachProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionMilestone" ADD CONSTRAINT "MissionMilestone_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionProposal" ADD CONSTRAINT "MissionProposal_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionProposalReview" ADD CONSTRAINT "MissionProposalReview_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "MissionProposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionProposalReview" ADD CONSTRAINT "MissionProposalReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionContract" ADD CONSTRAINT "MissionContract_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionContract" ADD CONSTRAINT "MissionContract_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "MissionProposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionContractAcceptance" ADD CONSTRAINT "MissionContractAcceptance_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "MissionContract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionContractAcceptance" ADD CONSTRAINT "MissionContractAcceptance_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionIndicator" ADD CONSTRAINT "MissionIndicator_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionRecord" ADD CONSTRAINT "SupervisionRecord_coachProfileId_fkey" FOREIGN KEY ("coachProfileId") REFERENCES "CoachProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
