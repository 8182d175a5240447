-- CreateIndex
CREATE INDEX "MatchingProfile_suggestions_idx" ON "MatchingProfile"("kind", "status", "availability", "credentialLapsedAt", "programmeId", "id", "userId", "capacity", "expertiseAreas", "coachingLanguages");
