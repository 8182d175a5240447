-- CreateIndex
CREATE INDEX "CohortEnrolment_cohortId_status_userId_role_idx" ON "CohortEnrolment"("cohortId", "status", "userId", "role");

-- CreateIndex
CREATE INDEX "Engagement_cohortId_seekerId_status_idx" ON "Engagement"("cohortId", "seekerId", "status");

-- CreateIndex
CREATE INDEX "Engagement_cohortId_profileId_status_startedAt_seekerId_idx" ON "Engagement"("cohortId", "profileId", "status", "startedAt", "seekerId");

-- CreateIndex
CREATE INDEX "MatchRequest_cohortId_seekerId_idx" ON "MatchRequest"("cohortId", "seekerId");

-- CreateIndex
CREATE INDEX "User_entityId_dutyStationId_id_idx" ON "User"("entityId", "dutyStationId", "id");

-- CreateIndex
CREATE INDEX "User_dutyStationId_id_idx" ON "User"("dutyStationId", "id");
