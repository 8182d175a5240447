-- CreateEnum
CREATE TYPE "EntityPreference" AS ENUM ('any', 'inside', 'outside');

-- CreateTable
CREATE TABLE "MatchPreference" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "expertiseAreas" "ExpertiseArea"[],
    "languages" TEXT[],
    "entityPreference" "EntityPreference" NOT NULL DEFAULT 'any',
    "gender" "Gender",
    "timeZoneOverlap" BOOLEAN NOT NULL DEFAULT false,
    "goal" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MatchPreference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MatchWeights" (
    "programmeId" TEXT NOT NULL,
    "expertise" INTEGER NOT NULL,
    "language" INTEGER NOT NULL,
    "entity" INTEGER NOT NULL,
    "gender" INTEGER NOT NULL,
    "timeZone" INTEGER NOT NULL,
    "freePlaces" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MatchWeights_pkey" PRIMARY KEY ("programmeId")
);

-- CreateIndex
CREATE UNIQUE INDEX "MatchPreference_userId_programmeId_key" ON "MatchPreference"("userId", "programmeId");

-- AddForeignKey
ALTER TABLE "MatchPreference" ADD CONSTRAINT "MatchPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchPreference" ADD CONSTRAINT "MatchPreference_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchWeights" ADD CONSTRAINT "MatchWeights_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;
