-- AlterTable
ALTER TABLE "Engagement" ADD COLUMN     "endAlternative" TEXT,
ADD COLUMN     "proposedProfileId" TEXT;

-- AddForeignKey
ALTER TABLE "Engagement" ADD CONSTRAINT "Engagement_proposedProfileId_fkey" FOREIGN KEY ("proposedProfileId") REFERENCES "MatchingProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
