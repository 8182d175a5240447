-- CreateIndex
CREATE INDEX "Engagement_cohortId_requestId_startedAt_seekerId_idx" ON "Engagement"("cohortId", "requestId", "startedAt", "seekerId");

-- CreateIndex
CREATE INDEX "MatchRequest_id_createdAt_idx" ON "MatchRequest"("id", "createdAt");
