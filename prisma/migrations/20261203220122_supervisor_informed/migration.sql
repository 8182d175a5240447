-- AlterTable
ALTER TABLE "MatchingProfile" ADD COLUMN     "supervisorInformedAt" TIMESTAMP(3);
