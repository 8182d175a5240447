-- AlterTable
ALTER TABLE "User" ADD COLUMN     "scimDeletedAt" TIMESTAMP(3);
