-- CreateEnum
CREATE TYPE "MissionSponsorshipStatus" AS ENUM ('open', 'taken_up');

-- AlterTable
ALTER TABLE "Mission" ADD COLUMN     "framingApproach" TEXT,
ADD COLUMN     "framingCoachExpectations" TEXT,
ADD COLUMN     "framingCoacheeAttended" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "framingCoacheeNeeds" TEXT,
ADD COLUMN     "framingContext" TEXT,
ADD COLUMN     "framingExpectedResults" TEXT,
ADD COLUMN     "framingLanguage" "Locale" NOT NULL DEFAULT 'en',
ADD COLUMN     "framingOrganisationNeeds" TEXT,
ADD COLUMN     "framingRecordedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "MissionIntermediateMeeting" (
    "id" TEXT NOT NULL,
    "missionId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "requestedByParty" "MissionParty" NOT NULL,
    "reason" TEXT NOT NULL,
    "reasonLanguage" "Locale" NOT NULL DEFAULT 'en',
    "status" "MissionMilestoneStatus" NOT NULL DEFAULT 'planned',
    "scheduledAt" TIMESTAMP(3),
    "heldAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MissionIntermediateMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MissionSponsorshipRequest" (
    "id" TEXT NOT NULL,
    "coacheeId" TEXT NOT NULL,
    "sponsorId" TEXT NOT NULL,
    "coachProfileId" TEXT NOT NULL,
    "coacheeRequest" TEXT NOT NULL,
    "language" "Locale" NOT NULL DEFAULT 'en',
    "status" "MissionSponsorshipStatus" NOT NULL DEFAULT 'open',
    "missionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "takenUpAt" TIMESTAMP(3),

    CONSTRAINT "MissionSponsorshipRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MissionIntermediateMeeting_missionId_createdAt_idx" ON "MissionIntermediateMeeting"("missionId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "MissionSponsorshipRequest_missionId_key" ON "MissionSponsorshipRequest"("missionId");

-- CreateIndex
CREATE INDEX "MissionSponsorshipRequest_sponsorId_status_idx" ON "MissionSponsorshipRequest"("sponsorId", "status");

-- CreateIndex
CREATE INDEX "MissionSponsorshipRequest_coacheeId_status_idx" ON "MissionSponsorshipRequest"("coacheeId", "status");

-- AddForeignKey
ALTER TABLE "MissionIntermediateMeeting" ADD CONSTRAINT "MissionIntermediateMeeting_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionIntermediateMeeting" ADD CONSTRAINT "MissionIntermediateMeeting_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionSponsorshipRequest" ADD CONSTRAINT "MissionSponsorshipRequest_coacheeId_fkey" FOREIGN KEY ("coacheeId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionSponsorshipRequest" ADD CONSTRAINT "MissionSponsorshipRequest_sponsorId_fkey" FOREIGN KEY ("sponsorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionSponsorshipRequest" ADD CONSTRAINT "MissionSponsorshipRequest_coachProfileId_fkey" FOREIGN KEY ("coachProfileId") REFERENCES "MatchingProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionSponsorshipRequest" ADD CONSTRAINT "MissionSponsorshipRequest_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
