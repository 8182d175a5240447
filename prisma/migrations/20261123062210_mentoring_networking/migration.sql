-- CreateEnum
CREATE TYPE "ProfileKind" AS ENUM ('coach', 'mentor', 'networking');

-- DropIndex
DROP INDEX "CoachProfile_status_idx";

-- DropIndex
DROP INDEX "CoachProfile_userId_key";

-- AlterTable
ALTER TABLE "CoachProfile" ADD COLUMN     "careerPath" TEXT,
ADD COLUMN     "kind" "ProfileKind" NOT NULL DEFAULT 'coach',
ADD COLUMN     "profileUrl" TEXT,
ADD COLUMN     "programmeId" TEXT;

-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "profileApprovalRequired" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ContinuationDecision" (
    "id" TEXT NOT NULL,
    "engagementId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "wantsToContinue" BOOLEAN NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContinuationDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ContinuationDecision_engagementId_userId_key" ON "ContinuationDecision"("engagementId", "userId");

-- CreateIndex
CREATE INDEX "CoachProfile_kind_status_idx" ON "CoachProfile"("kind", "status");

-- CreateIndex
CREATE UNIQUE INDEX "CoachProfile_userId_kind_key" ON "CoachProfile"("userId", "kind");

-- AddForeignKey
ALTER TABLE "CoachProfile" ADD CONSTRAINT "CoachProfile_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContinuationDecision" ADD CONSTRAINT "ContinuationDecision_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContinuationDecision" ADD CONSTRAINT "ContinuationDecision_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
