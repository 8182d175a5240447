-- AlterTable
ALTER TABLE "Mission" ADD COLUMN     "coacheeRequestLanguage" "Locale" NOT NULL DEFAULT 'en',
ADD COLUMN     "organisationRequestLanguage" "Locale" NOT NULL DEFAULT 'en',
ADD COLUMN     "synthesisLanguage" "Locale" NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "MissionIndicator" ADD COLUMN     "language" "Locale" NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "MissionProposal" ADD COLUMN     "language" "Locale" NOT NULL DEFAULT 'en';

-- Texts written before their language was recorded take their writer's preferred language: the
-- sponsor's for the organisation's request, the coachee's for their request and synthesis, the
-- coach's for the proposals and the indicators taken from them.
UPDATE "Mission" m SET "organisationRequestLanguage" = u."preferredLanguage" FROM "User" u WHERE u.id = m."sponsorId";

UPDATE "Mission" m SET "coacheeRequestLanguage" = u."preferredLanguage", "synthesisLanguage" = u."preferredLanguage"
FROM "User" u WHERE u.id = m."coacheeId";

UPDATE "MissionProposal" p SET "language" = u."preferredLanguage"
FROM "Mission" m JOIN "MatchingProfile" c ON c.id = m."coachProfileId" JOIN "User" u ON u.id = c."userId"
WHERE m.id = p."missionId";

UPDATE "MissionIndicator" i SET "language" = u."preferredLanguage"
FROM "Mission" m JOIN "MatchingProfile" c ON c.id = m."coachProfileId" JOIN "User" u ON u.id = c."userId"
WHERE m.id = i."missionId";
