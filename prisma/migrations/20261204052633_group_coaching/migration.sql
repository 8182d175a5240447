-- CreateEnum
CREATE TYPE "CoachingGroupStatus" AS ENUM ('forming', 'running', 'completed', 'cancelled');

-- CreateEnum
CREATE TYPE "GroupSessionStatus" AS ENUM ('planned', 'scheduled', 'held', 'cancelled');

-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "offersGroupCoaching" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "CoachingGroup" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleFr" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "descriptionFr" TEXT NOT NULL,
    "status" "CoachingGroupStatus" NOT NULL DEFAULT 'forming',
    "meetingUrl" TEXT,
    "startedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CoachingGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoachingGroupMember" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leftAt" TIMESTAMP(3),

    CONSTRAINT "CoachingGroupMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoachingGroupSession" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "stepKey" TEXT NOT NULL,
    "status" "GroupSessionStatus" NOT NULL DEFAULT 'planned',
    "startsAt" TIMESTAMP(3),
    "timeZone" TEXT,
    "durationMinutes" INTEGER NOT NULL,
    "icsSequence" INTEGER NOT NULL DEFAULT 0,
    "heldAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CoachingGroupSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoachingGroupFeedback" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "usefulness" INTEGER NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoachingGroupFeedback_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CoachingGroup_cohortId_status_idx" ON "CoachingGroup"("cohortId", "status");

-- CreateIndex
CREATE INDEX "CoachingGroup_profileId_status_idx" ON "CoachingGroup"("profileId", "status");

-- CreateIndex
CREATE INDEX "CoachingGroupMember_userId_idx" ON "CoachingGroupMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "CoachingGroupMember_groupId_userId_key" ON "CoachingGroupMember"("groupId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "CoachingGroupSession_groupId_position_key" ON "CoachingGroupSession"("groupId", "position");

-- CreateIndex
CREATE INDEX "CoachingGroupFeedback_authorId_idx" ON "CoachingGroupFeedback"("authorId");

-- CreateIndex
CREATE UNIQUE INDEX "CoachingGroupFeedback_sessionId_authorId_key" ON "CoachingGroupFeedback"("sessionId", "authorId");

-- AddForeignKey
ALTER TABLE "CoachingGroup" ADD CONSTRAINT "CoachingGroup_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoachingGroup" ADD CONSTRAINT "CoachingGroup_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoachingGroup" ADD CONSTRAINT "CoachingGroup_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "MatchingProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoachingGroupMember" ADD CONSTRAINT "CoachingGroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "CoachingGroup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoachingGroupMember" ADD CONSTRAINT "CoachingGroupMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoachingGroupSession" ADD CONSTRAINT "CoachingGroupSession_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "CoachingGroup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoachingGroupFeedback" ADD CONSTRAINT "CoachingGroupFeedback_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CoachingGroupSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoachingGroupFeedback" ADD CONSTRAINT "CoachingGroupFeedback_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
