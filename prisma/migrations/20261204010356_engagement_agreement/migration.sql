-- CreateTable
CREATE TABLE "EngagementAgreementAcceptance" (
    "id" TEXT NOT NULL,
    "engagementId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "commitmentsVersion" TEXT,
    "acceptedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EngagementAgreementAcceptance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EngagementAgreementAcceptance_engagementId_acceptedAt_idx" ON "EngagementAgreementAcceptance"("engagementId", "acceptedAt");

-- CreateIndex
CREATE UNIQUE INDEX "EngagementAgreementAcceptance_engagementId_userId_version_key" ON "EngagementAgreementAcceptance"("engagementId", "userId", "version");

-- AddForeignKey
ALTER TABLE "EngagementAgreementAcceptance" ADD CONSTRAINT "EngagementAgreementAcceptance_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EngagementAgreementAcceptance" ADD CONSTRAINT "EngagementAgreementAcceptance_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
