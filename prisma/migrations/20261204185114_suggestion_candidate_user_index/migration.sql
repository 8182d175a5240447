-- The trigger on User updates the rows of the changed person's profiles: without this index each
-- change of a name, entity, gender, zone or disabled state read every row (an HR import changes thousands).
-- CreateIndex
CREATE INDEX "SuggestionCandidate_userId_idx" ON "SuggestionCandidate"("userId");
