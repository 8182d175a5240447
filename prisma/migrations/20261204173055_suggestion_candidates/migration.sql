-- CreateTable
CREATE TABLE "SuggestionCandidate" (
    "profileId" TEXT NOT NULL,
    "kind" "ProfileKind" NOT NULL,
    "programmeId" TEXT,
    "userId" TEXT NOT NULL,
    "profileListed" BOOLEAN NOT NULL,
    "capacity" INTEGER NOT NULL,
    "expertiseAreas" "ExpertiseArea"[],
    "coachingLanguages" TEXT[],
    "activeEngagements" INTEGER NOT NULL DEFAULT 0,
    "name" TEXT NOT NULL,
    "entityId" TEXT,
    "gender" "Gender",
    "timeZone" TEXT NOT NULL,
    "personDisabled" BOOLEAN NOT NULL,

    CONSTRAINT "SuggestionCandidate_pkey" PRIMARY KEY ("profileId")
);

-- CreateIndex
CREATE INDEX "SuggestionCandidate_kind_programmeId_idx" ON "SuggestionCandidate"("kind", "programmeId");

-- AddForeignKey
ALTER TABLE "SuggestionCandidate" ADD CONSTRAINT "SuggestionCandidate_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "MatchingProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The rows are kept by the triggers below, in the transaction that changes what they copy,
-- whichever code writes it. Each source writes only its own columns (the profile's, the person's,
-- the count of active engagements), so that changes made at once to a profile and to its person
-- cannot overwrite each other with what they read before the other committed; the count is moved
-- by one up or down (never recounted), which changes made at once add up correctly.

-- A profile's own columns, and on insert (or a new owner) its person's, read under a share lock of
-- the User row: a change to the person made meanwhile waits, then reaches this row.
CREATE FUNCTION suggestion_candidate_profile() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  person "User"%ROWTYPE;
BEGIN
  IF TG_OP = 'INSERT' OR NEW."userId" IS DISTINCT FROM OLD."userId" THEN
    SELECT * INTO person FROM "User" u WHERE u."id" = NEW."userId" FOR SHARE;
    INSERT INTO "SuggestionCandidate" AS c ("profileId", "kind", "programmeId", "userId", "profileListed", "capacity",
                                           "expertiseAreas", "coachingLanguages", "activeEngagements",
                                           "name", "entityId", "gender", "timeZone", "personDisabled")
    VALUES (NEW."id", NEW."kind", NEW."programmeId", NEW."userId",
            NEW."status" = 'approved' AND NEW."availability" = 'open' AND NEW."credentialLapsedAt" IS NULL,
            NEW."capacity", NEW."expertiseAreas", NEW."coachingLanguages",
            (SELECT count(*) FROM "Engagement" g WHERE g."profileId" = NEW."id" AND g."status" = 'active'),
            coalesce(person."name", ''), person."entityId", person."gender", coalesce(person."timeZone", 'UTC'),
            person."disabledAt" IS NOT NULL)
    ON CONFLICT ("profileId") DO UPDATE
       SET "kind" = excluded."kind", "programmeId" = excluded."programmeId", "userId" = excluded."userId",
           "profileListed" = excluded."profileListed", "capacity" = excluded."capacity",
           "expertiseAreas" = excluded."expertiseAreas", "coachingLanguages" = excluded."coachingLanguages",
           "name" = excluded."name", "entityId" = excluded."entityId", "gender" = excluded."gender",
           "timeZone" = excluded."timeZone", "personDisabled" = excluded."personDisabled";
  ELSE
    UPDATE "SuggestionCandidate" c
       SET "kind" = NEW."kind", "programmeId" = NEW."programmeId",
           "profileListed" = NEW."status" = 'approved' AND NEW."availability" = 'open' AND NEW."credentialLapsedAt" IS NULL,
           "capacity" = NEW."capacity", "expertiseAreas" = NEW."expertiseAreas", "coachingLanguages" = NEW."coachingLanguages"
     WHERE c."profileId" = NEW."id";
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "MatchingProfile_suggestion_candidate"
AFTER INSERT OR UPDATE OF "userId", "kind", "programmeId", "status", "availability", "credentialLapsedAt", "capacity",
                          "expertiseAreas", "coachingLanguages" ON "MatchingProfile"
FOR EACH ROW EXECUTE FUNCTION suggestion_candidate_profile();

-- A person's name, entity, gender, zone and disabled state reach their profiles' rows.
CREATE FUNCTION suggestion_candidate_person() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  UPDATE "SuggestionCandidate" c
     SET "name" = coalesce(NEW."name", ''), "entityId" = NEW."entityId", "gender" = NEW."gender",
         "timeZone" = NEW."timeZone", "personDisabled" = NEW."disabledAt" IS NOT NULL
   WHERE c."userId" = NEW."id";
  RETURN NULL;
END
$$;

CREATE TRIGGER "User_suggestion_candidate"
AFTER UPDATE OF "name", "entityId", "gender", "timeZone", "disabledAt" ON "User"
FOR EACH ROW
WHEN (OLD."name" IS DISTINCT FROM NEW."name" OR OLD."entityId" IS DISTINCT FROM NEW."entityId"
      OR OLD."gender" IS DISTINCT FROM NEW."gender" OR OLD."timeZone" IS DISTINCT FROM NEW."timeZone"
      OR (OLD."disabledAt" IS NULL) <> (NEW."disabledAt" IS NULL))
EXECUTE FUNCTION suggestion_candidate_person();

-- An engagement that becomes active takes a place of its profile; one that stops being active (or
-- is deleted, or moves to another profile) gives it back.
CREATE FUNCTION suggestion_candidate_engagement() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."status" = NEW."status" AND OLD."profileId" = NEW."profileId" THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."status" = 'active' THEN
    UPDATE "SuggestionCandidate" SET "activeEngagements" = "activeEngagements" - 1 WHERE "profileId" = OLD."profileId";
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') AND NEW."status" = 'active' THEN
    UPDATE "SuggestionCandidate" SET "activeEngagements" = "activeEngagements" + 1 WHERE "profileId" = NEW."profileId";
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Engagement_suggestion_candidate"
AFTER INSERT OR DELETE OR UPDATE OF "status", "profileId" ON "Engagement"
FOR EACH ROW EXECUTE FUNCTION suggestion_candidate_engagement();

-- The profiles there are already.
INSERT INTO "SuggestionCandidate" ("profileId", "kind", "programmeId", "userId", "profileListed", "capacity",
                                   "expertiseAreas", "coachingLanguages", "activeEngagements",
                                   "name", "entityId", "gender", "timeZone", "personDisabled")
SELECT p."id", p."kind", p."programmeId", p."userId",
       p."status" = 'approved' AND p."availability" = 'open' AND p."credentialLapsedAt" IS NULL,
       p."capacity", p."expertiseAreas", p."coachingLanguages",
       (SELECT count(*) FROM "Engagement" g WHERE g."profileId" = p."id" AND g."status" = 'active'),
       coalesce(u."name", ''), u."entityId", u."gender", u."timeZone", u."disabledAt" IS NOT NULL
  FROM "MatchingProfile" p JOIN "User" u ON u."id" = p."userId";
