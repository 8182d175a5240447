-- CreateEnum
CREATE TYPE "GoalStatus" AS ENUM ('open', 'achieved', 'dropped');

-- CreateEnum
CREATE TYPE "ActionOwner" AS ENUM ('client', 'coach');

-- CreateTable
CREATE TABLE "EngagementGoal" (
    "id" TEXT NOT NULL,
    "engagementId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sharedAt" TIMESTAMP(3),
    "status" "GoalStatus" NOT NULL DEFAULT 'open',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EngagementGoal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EngagementAction" (
    "id" TEXT NOT NULL,
    "engagementId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "owner" "ActionOwner" NOT NULL,
    "dueOn" DATE,
    "doneAt" TIMESTAMP(3),
    "doneById" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EngagementAction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EngagementGoal_engagementId_authorId_idx" ON "EngagementGoal"("engagementId", "authorId");

-- CreateIndex
CREATE INDEX "EngagementAction_engagementId_sessionId_idx" ON "EngagementAction"("engagementId", "sessionId");

-- AddForeignKey
ALTER TABLE "EngagementGoal" ADD CONSTRAINT "EngagementGoal_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EngagementGoal" ADD CONSTRAINT "EngagementGoal_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EngagementAction" ADD CONSTRAINT "EngagementAction_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EngagementAction" ADD CONSTRAINT "EngagementAction_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "EngagementSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EngagementAction" ADD CONSTRAINT "EngagementAction_doneById_fkey" FOREIGN KEY ("doneById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EngagementAction" ADD CONSTRAINT "EngagementAction_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
