-- "Suggested for you" now ranks from SuggestionCandidate (migration suggestion_candidates); nothing reads
-- this covering index any more, and every write of a matching profile paid for it.
-- DropIndex
DROP INDEX "MatchingProfile_suggestions_idx";
