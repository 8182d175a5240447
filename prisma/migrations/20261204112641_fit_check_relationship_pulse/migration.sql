-- AlterTable
ALTER TABLE "Engagement" ADD COLUMN     "endedAsNotAFit" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "EngagementFitAnswer" (
    "id" TEXT NOT NULL,
    "engagementId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "fits" BOOLEAN NOT NULL,
    "comment" TEXT,
    "answeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EngagementFitAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RelationshipPulse" (
    "id" TEXT NOT NULL,
    "engagementId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "comment" TEXT,
    "answeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RelationshipPulse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EngagementFitAnswer_engagementId_userId_key" ON "EngagementFitAnswer"("engagementId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "RelationshipPulse_engagementId_userId_key" ON "RelationshipPulse"("engagementId", "userId");

-- AddForeignKey
ALTER TABLE "EngagementFitAnswer" ADD CONSTRAINT "EngagementFitAnswer_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EngagementFitAnswer" ADD CONSTRAINT "EngagementFitAnswer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RelationshipPulse" ADD CONSTRAINT "RelationshipPulse_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RelationshipPulse" ADD CONSTRAINT "RelationshipPulse_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
