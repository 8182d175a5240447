-- CreateEnum
CREATE TYPE "SupervisionSource" AS ENUM ('self', 'group');

-- CreateEnum
CREATE TYPE "SupervisionSessionStatus" AS ENUM ('scheduled', 'held', 'cancelled');

-- AlterTable
ALTER TABLE "MatchingProfile" ADD COLUMN     "supervisorSince" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "SupervisionRecord" ADD COLUMN     "source" "SupervisionSource" NOT NULL DEFAULT 'self',
ADD COLUMN     "supervisionSessionId" TEXT;

-- CreateTable
CREATE TABLE "SupervisionSession" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "timeZone" TEXT NOT NULL,
    "supervisorUserId" TEXT NOT NULL,
    "seats" INTEGER NOT NULL,
    "meetingLink" TEXT,
    "status" "SupervisionSessionStatus" NOT NULL DEFAULT 'scheduled',
    "icsSequence" INTEGER NOT NULL DEFAULT 0,
    "attendanceRecordedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SupervisionSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionRegistration" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "coachProfileId" TEXT NOT NULL,
    "registeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" TIMESTAMP(3),

    CONSTRAINT "SupervisionRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SupervisionSession_startsAt_idx" ON "SupervisionSession"("startsAt");

-- CreateIndex
CREATE INDEX "SupervisionSession_supervisorUserId_startsAt_idx" ON "SupervisionSession"("supervisorUserId", "startsAt");

-- CreateIndex
CREATE INDEX "SupervisionRegistration_coachProfileId_idx" ON "SupervisionRegistration"("coachProfileId");

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionRegistration_sessionId_coachProfileId_key" ON "SupervisionRegistration"("sessionId", "coachProfileId");

-- CreateIndex
CREATE INDEX "SupervisionRecord_supervisionSessionId_idx" ON "SupervisionRecord"("supervisionSessionId");

-- AddForeignKey
ALTER TABLE "SupervisionRecord" ADD CONSTRAINT "SupervisionRecord_supervisionSessionId_fkey" FOREIGN KEY ("supervisionSessionId") REFERENCES "SupervisionSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionSession" ADD CONSTRAINT "SupervisionSession_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionSession" ADD CONSTRAINT "SupervisionSession_supervisorUserId_fkey" FOREIGN KEY ("supervisorUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionRegistration" ADD CONSTRAINT "SupervisionRegistration_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "SupervisionSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionRegistration" ADD CONSTRAINT "SupervisionRegistration_coachProfileId_fkey" FOREIGN KEY ("coachProfileId") REFERENCES "MatchingProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
