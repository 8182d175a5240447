-- AlterEnum
ALTER TYPE "CoachStatus" ADD VALUE 'revoked';

-- AlterTable
ALTER TABLE "CoachProfile" ADD COLUMN     "approachEn" TEXT,
ADD COLUMN     "approachFr" TEXT,
ADD COLUMN     "commitmentsAcceptedAt" TIMESTAMP(3),
ADD COLUMN     "commitmentsVersion" TEXT,
ADD COLUMN     "observedPractice" BOOLEAN,
ADD COLUMN     "photoKey" TEXT,
ADD COLUMN     "reviewMessage" TEXT;

-- CreateTable
CREATE TABLE "CredentialDocument" (
    "id" TEXT NOT NULL,
    "coachProfileId" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CredentialDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CredentialDocument_storageKey_key" ON "CredentialDocument"("storageKey");

-- CreateIndex
CREATE INDEX "CredentialDocument_coachProfileId_idx" ON "CredentialDocument"("coachProfileId");

-- AddForeignKey
ALTER TABLE "CredentialDocument" ADD CONSTRAINT "CredentialDocument_coachProfileId_fkey" FOREIGN KEY ("coachProfileId") REFERENCES "CoachProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
