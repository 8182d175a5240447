-- CreateEnum
CREATE TYPE "EnrolmentStatus" AS ENUM ('enrolled', 'waitlisted', 'offered', 'withdrawn');

-- CreateEnum
CREATE TYPE "CoachRequestStatus" AS ENUM ('open', 'accepted', 'withdrawn', 'exhausted');

-- CreateEnum
CREATE TYPE "RequestChoiceStatus" AS ENUM ('waiting', 'pending', 'accepted', 'declined', 'lapsed', 'skipped');

-- CreateEnum
CREATE TYPE "EngagementStatus" AS ENUM ('active', 'ended', 'completed');

-- AlterTable
ALTER TABLE "CohortEnrolment" ADD COLUMN     "commitmentAcceptedAt" TIMESTAMP(3),
ADD COLUMN     "offerExpiresAt" TIMESTAMP(3),
ADD COLUMN     "offeredAt" TIMESTAMP(3),
ADD COLUMN     "status" "EnrolmentStatus" NOT NULL DEFAULT 'enrolled',
ADD COLUMN     "withdrawnAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "requestTimeoutWorkingDays" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "seatOfferDays" INTEGER NOT NULL DEFAULT 3;

-- CreateTable
CREATE TABLE "CoachRequest" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "cohortId" TEXT,
    "clientId" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "status" "CoachRequestStatus" NOT NULL DEFAULT 'open',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "CoachRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoachRequestChoice" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "coachProfileId" TEXT NOT NULL,
    "status" "RequestChoiceStatus" NOT NULL DEFAULT 'waiting',
    "askedAt" TIMESTAMP(3),
    "dueAt" TIMESTAMP(3),
    "remindedAt" TIMESTAMP(3),
    "answeredAt" TIMESTAMP(3),
    "declineReason" TEXT,

    CONSTRAINT "CoachRequestChoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Engagement" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "cohortId" TEXT,
    "coachProfileId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "requestId" TEXT,
    "status" "EngagementStatus" NOT NULL DEFAULT 'active',
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),
    "endReason" TEXT,
    "endedById" TEXT,

    CONSTRAINT "Engagement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CoachRequest_clientId_programmeId_status_idx" ON "CoachRequest"("clientId", "programmeId", "status");

-- CreateIndex
CREATE INDEX "CoachRequestChoice_coachProfileId_status_idx" ON "CoachRequestChoice"("coachProfileId", "status");

-- CreateIndex
CREATE INDEX "CoachRequestChoice_status_dueAt_idx" ON "CoachRequestChoice"("status", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "CoachRequestChoice_requestId_rank_key" ON "CoachRequestChoice"("requestId", "rank");

-- CreateIndex
CREATE UNIQUE INDEX "CoachRequestChoice_requestId_coachProfileId_key" ON "CoachRequestChoice"("requestId", "coachProfileId");

-- CreateIndex
CREATE UNIQUE INDEX "Engagement_requestId_key" ON "Engagement"("requestId");

-- CreateIndex
CREATE INDEX "Engagement_coachProfileId_status_idx" ON "Engagement"("coachProfileId", "status");

-- CreateIndex
CREATE INDEX "Engagement_clientId_programmeId_status_idx" ON "Engagement"("clientId", "programmeId", "status");

-- CreateIndex
CREATE INDEX "CohortEnrolment_cohortId_role_status_enrolledAt_idx" ON "CohortEnrolment"("cohortId", "role", "status", "enrolledAt");

-- AddForeignKey
ALTER TABLE "CoachRequest" ADD CONSTRAINT "CoachRequest_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoachRequest" ADD CONSTRAINT "CoachRequest_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoachRequest" ADD CONSTRAINT "CoachRequest_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoachRequestChoice" ADD CONSTRAINT "CoachRequestChoice_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "CoachRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoachRequestChoice" ADD CONSTRAINT "CoachRequestChoice_coachProfileId_fkey" FOREIGN KEY ("coachProfileId") REFERENCES "CoachProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Engagement" ADD CONSTRAINT "Engagement_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Engagement" ADD CONSTRAINT "Engagement_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Engagement" ADD CONSTRAINT "Engagement_coachProfileId_fkey" FOREIGN KEY ("coachProfileId") REFERENCES "CoachProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Engagement" ADD CONSTRAINT "Engagement_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Engagement" ADD CONSTRAINT "Engagement_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "CoachRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Engagement" ADD CONSTRAINT "Engagement_endedById_fkey" FOREIGN KEY ("endedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
