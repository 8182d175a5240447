-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "checkInWorkingDays" BOOLEAN NOT NULL DEFAULT false;
