-- CreateEnum
CREATE TYPE "SessionPlan" AS ENUM ('coaching', 'mentoring', 'networking');

-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('planned', 'proposed', 'scheduled', 'completed', 'missed', 'cancelled');

-- CreateEnum
CREATE TYPE "SessionMode" AS ENUM ('in_person', 'video', 'phone');

-- AlterTable
ALTER TABLE "Engagement" ADD COLUMN     "completedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "attachments" JSONB;

-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "defaultSeats" INTEGER NOT NULL DEFAULT 40,
ADD COLUMN     "eligibleAppointmentTypes" "AppointmentType"[] DEFAULT ARRAY['temporary', 'fixed_term', 'permanent', 'continuing']::"AppointmentType"[],
ADD COLUMN     "maxClientsPerCoach" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "sessionPlan" "SessionPlan" NOT NULL DEFAULT 'coaching';

-- CreateTable
CREATE TABLE "EngagementSession" (
    "id" TEXT NOT NULL,
    "engagementId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "stepKey" TEXT NOT NULL,
    "status" "SessionStatus" NOT NULL DEFAULT 'planned',
    "suggestedAt" TIMESTAMP(3) NOT NULL,
    "durationMinutes" INTEGER NOT NULL DEFAULT 45,
    "startsAt" TIMESTAMP(3),
    "timeZone" TEXT,
    "mode" "SessionMode",
    "location" TEXT,
    "proposedById" TEXT,
    "proposedAt" TIMESTAMP(3),
    "icsSequence" INTEGER NOT NULL DEFAULT 0,
    "completedAt" TIMESTAMP(3),
    "completedById" TEXT,
    "cancelledAt" TIMESTAMP(3),
    "reminderSentAt" TIMESTAMP(3),
    "nudgedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EngagementSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionFeedback" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "usefulness" INTEGER NOT NULL,
    "helped" TEXT[],
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionFeedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionNote" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SessionNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionChecklistTick" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "itemKey" TEXT NOT NULL,
    "tickedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionChecklistTick_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClosingEvaluation" (
    "id" TEXT NOT NULL,
    "engagementId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "usefulness" INTEGER NOT NULL,
    "objectivesMet" TEXT NOT NULL,
    "wouldRecommend" BOOLEAN NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClosingEvaluation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EngagementSession_status_startsAt_idx" ON "EngagementSession"("status", "startsAt");

-- CreateIndex
CREATE INDEX "EngagementSession_completedAt_idx" ON "EngagementSession"("completedAt");

-- CreateIndex
CREATE UNIQUE INDEX "EngagementSession_engagementId_position_key" ON "EngagementSession"("engagementId", "position");

-- CreateIndex
CREATE INDEX "SessionFeedback_authorId_idx" ON "SessionFeedback"("authorId");

-- CreateIndex
CREATE UNIQUE INDEX "SessionFeedback_sessionId_authorId_key" ON "SessionFeedback"("sessionId", "authorId");

-- CreateIndex
CREATE UNIQUE INDEX "SessionNote_sessionId_authorId_key" ON "SessionNote"("sessionId", "authorId");

-- CreateIndex
CREATE UNIQUE INDEX "SessionChecklistTick_sessionId_userId_itemKey_key" ON "SessionChecklistTick"("sessionId", "userId", "itemKey");

-- CreateIndex
CREATE UNIQUE INDEX "ClosingEvaluation_engagementId_authorId_key" ON "ClosingEvaluation"("engagementId", "authorId");

-- CreateIndex
CREATE INDEX "Engagement_cohortId_status_idx" ON "Engagement"("cohortId", "status");

-- AddForeignKey
ALTER TABLE "EngagementSession" ADD CONSTRAINT "EngagementSession_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EngagementSession" ADD CONSTRAINT "EngagementSession_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EngagementSession" ADD CONSTRAINT "EngagementSession_completedById_fkey" FOREIGN KEY ("completedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionFeedback" ADD CONSTRAINT "SessionFeedback_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "EngagementSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionFeedback" ADD CONSTRAINT "SessionFeedback_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionNote" ADD CONSTRAINT "SessionNote_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "EngagementSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionNote" ADD CONSTRAINT "SessionNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionChecklistTick" ADD CONSTRAINT "SessionChecklistTick_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "EngagementSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionChecklistTick" ADD CONSTRAINT "SessionChecklistTick_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClosingEvaluation" ADD CONSTRAINT "ClosingEvaluation_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClosingEvaluation" ADD CONSTRAINT "ClosingEvaluation_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
