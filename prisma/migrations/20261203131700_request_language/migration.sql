-- A request's message carries the language it was written in: the seeker's interface language
-- when they sent it. Requests sent before it was recorded take the seeker's preferred language.
-- AlterTable
ALTER TABLE "MatchRequest" ADD COLUMN     "language" "Locale";

UPDATE "MatchRequest" r SET "language" = u."preferredLanguage" FROM "User" u WHERE u.id = r."seekerId";
