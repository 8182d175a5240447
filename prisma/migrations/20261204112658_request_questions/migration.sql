-- AlterTable
ALTER TABLE "MatchRequestChoice" ADD COLUMN     "pausedAt" TIMESTAMP(3),
ADD COLUMN     "remainingSeconds" INTEGER;

-- CreateTable
CREATE TABLE "MatchRequestQuestion" (
    "id" TEXT NOT NULL,
    "choiceId" TEXT NOT NULL,
    "askedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "question" TEXT NOT NULL,
    "answeredAt" TIMESTAMP(3),
    "answer" TEXT,

    CONSTRAINT "MatchRequestQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MatchRequestQuestion_choiceId_askedAt_idx" ON "MatchRequestQuestion"("choiceId", "askedAt");

-- AddForeignKey
ALTER TABLE "MatchRequestQuestion" ADD CONSTRAINT "MatchRequestQuestion_choiceId_fkey" FOREIGN KEY ("choiceId") REFERENCES "MatchRequestChoice"("id") ON DELETE CASCADE ON UPDATE CASCADE;
