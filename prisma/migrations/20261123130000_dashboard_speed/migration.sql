-- CreateIndex
CREATE INDEX "CoachRequest_cohortId_status_idx" ON "CoachRequest"("cohortId", "status");
