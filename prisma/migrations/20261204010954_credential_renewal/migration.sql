-- Credential expiry, renewals, reminders and continuing development.
-- Existing coaches get no backfill: no credential date was ever asked, so their expiry stays
-- unknown (null, shown as "no expiry date given") and they stay listed until a date is given.

-- CreateEnum
CREATE TYPE "CredentialRenewalStatus" AS ENUM ('submitted', 'approved', 'refused');

-- AlterTable
ALTER TABLE "MatchingProfile" ADD COLUMN     "credentialDate" DATE,
ADD COLUMN     "credentialExpiresOn" DATE,
ADD COLUMN     "credentialLapsedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "CredentialRenewal" (
    "id" TEXT NOT NULL,
    "coachProfileId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "credentialDate" DATE NOT NULL,
    "expiresOn" DATE NOT NULL,
    "status" "CredentialRenewalStatus" NOT NULL DEFAULT 'submitted',
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewedAt" TIMESTAMP(3),
    "reviewerId" TEXT,
    "reviewMessage" TEXT,

    CONSTRAINT "CredentialRenewal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CredentialReminder" (
    "id" TEXT NOT NULL,
    "coachProfileId" TEXT NOT NULL,
    "expiresOn" DATE NOT NULL,
    "daysBefore" INTEGER NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CredentialReminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DevelopmentActivity" (
    "id" TEXT NOT NULL,
    "coachProfileId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "minutes" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "documentId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DevelopmentActivity_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CredentialRenewal_documentId_key" ON "CredentialRenewal"("documentId");

-- CreateIndex
CREATE INDEX "CredentialRenewal_status_submittedAt_idx" ON "CredentialRenewal"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "CredentialRenewal_coachProfileId_idx" ON "CredentialRenewal"("coachProfileId");

-- CreateIndex
CREATE UNIQUE INDEX "CredentialReminder_coachProfileId_expiresOn_daysBefore_key" ON "CredentialReminder"("coachProfileId", "expiresOn", "daysBefore");

-- CreateIndex
CREATE UNIQUE INDEX "DevelopmentActivity_documentId_key" ON "DevelopmentActivity"("documentId");

-- CreateIndex
CREATE INDEX "DevelopmentActivity_coachProfileId_date_idx" ON "DevelopmentActivity"("coachProfileId", "date");

-- CreateIndex
CREATE INDEX "MatchingProfile_kind_status_credentialLapsedAt_idx" ON "MatchingProfile"("kind", "status", "credentialLapsedAt");

-- CreateIndex
CREATE INDEX "MatchingProfile_credentialExpiresOn_idx" ON "MatchingProfile"("credentialExpiresOn");

-- AddForeignKey
ALTER TABLE "CredentialRenewal" ADD CONSTRAINT "CredentialRenewal_coachProfileId_fkey" FOREIGN KEY ("coachProfileId") REFERENCES "MatchingProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CredentialRenewal" ADD CONSTRAINT "CredentialRenewal_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "CredentialDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CredentialRenewal" ADD CONSTRAINT "CredentialRenewal_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CredentialReminder" ADD CONSTRAINT "CredentialReminder_coachProfileId_fkey" FOREIGN KEY ("coachProfileId") REFERENCES "MatchingProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevelopmentActivity" ADD CONSTRAINT "DevelopmentActivity_coachProfileId_fkey" FOREIGN KEY ("coachProfileId") REFERENCES "MatchingProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevelopmentActivity" ADD CONSTRAINT "DevelopmentActivity_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "CredentialDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
