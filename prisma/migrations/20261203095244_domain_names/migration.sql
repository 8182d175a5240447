-- Names that fit every kind of matching profile (coach, mentor, networking colleague), not only
-- coaches. Written by hand: only renames, so every row stays where it is (Prisma's generated diff
-- would have dropped the tables and created empty ones).
--
--   CoachProfile                         -> MatchingProfile
--   CoachStatus                          -> ProfileStatus
--   CoachRequest                         -> MatchRequest
--   CoachRequestChoice                   -> MatchRequestChoice
--   CoachRequestStatus                   -> MatchRequestStatus
--   CoachRequest.clientId                -> MatchRequest.seekerId
--   CoachRequestChoice.coachProfileId    -> MatchRequestChoice.profileId
--   Engagement.coachProfileId            -> Engagement.profileId
--   Engagement.clientId                  -> Engagement.seekerId
--   Programme.maxClientsPerCoach         -> Programme.profileCapacityLimit
--
-- Mission, SupervisionRecord and CredentialDocument keep their "coachProfileId" (only coaches have
-- missions, supervision and credentials); their foreign keys follow the renamed table by themselves.
-- Primary keys, foreign keys and indexes are renamed to the names Prisma gives them for the new
-- names, so that the schema and the migrations stay in step.

-- RenameEnum
ALTER TYPE "CoachStatus" RENAME TO "ProfileStatus";
ALTER TYPE "CoachRequestStatus" RENAME TO "MatchRequestStatus";

-- RenameTable
ALTER TABLE "CoachProfile" RENAME TO "MatchingProfile";
ALTER TABLE "CoachRequest" RENAME TO "MatchRequest";
ALTER TABLE "CoachRequestChoice" RENAME TO "MatchRequestChoice";

-- RenameColumn
ALTER TABLE "MatchRequest" RENAME COLUMN "clientId" TO "seekerId";
ALTER TABLE "MatchRequestChoice" RENAME COLUMN "coachProfileId" TO "profileId";
ALTER TABLE "Engagement" RENAME COLUMN "coachProfileId" TO "profileId";
ALTER TABLE "Engagement" RENAME COLUMN "clientId" TO "seekerId";
ALTER TABLE "Programme" RENAME COLUMN "maxClientsPerCoach" TO "profileCapacityLimit";

-- RenamePrimaryKey (renaming the constraint renames its index too)
ALTER TABLE "MatchingProfile" RENAME CONSTRAINT "CoachProfile_pkey" TO "MatchingProfile_pkey";
ALTER TABLE "MatchRequest" RENAME CONSTRAINT "CoachRequest_pkey" TO "MatchRequest_pkey";
ALTER TABLE "MatchRequestChoice" RENAME CONSTRAINT "CoachRequestChoice_pkey" TO "MatchRequestChoice_pkey";

-- RenameForeignKey
ALTER TABLE "MatchingProfile" RENAME CONSTRAINT "CoachProfile_userId_fkey" TO "MatchingProfile_userId_fkey";
ALTER TABLE "MatchingProfile" RENAME CONSTRAINT "CoachProfile_programmeId_fkey" TO "MatchingProfile_programmeId_fkey";
ALTER TABLE "MatchRequest" RENAME CONSTRAINT "CoachRequest_programmeId_fkey" TO "MatchRequest_programmeId_fkey";
ALTER TABLE "MatchRequest" RENAME CONSTRAINT "CoachRequest_cohortId_fkey" TO "MatchRequest_cohortId_fkey";
ALTER TABLE "MatchRequest" RENAME CONSTRAINT "CoachRequest_clientId_fkey" TO "MatchRequest_seekerId_fkey";
ALTER TABLE "MatchRequestChoice" RENAME CONSTRAINT "CoachRequestChoice_requestId_fkey" TO "MatchRequestChoice_requestId_fkey";
ALTER TABLE "MatchRequestChoice" RENAME CONSTRAINT "CoachRequestChoice_coachProfileId_fkey" TO "MatchRequestChoice_profileId_fkey";
ALTER TABLE "Engagement" RENAME CONSTRAINT "Engagement_coachProfileId_fkey" TO "Engagement_profileId_fkey";
ALTER TABLE "Engagement" RENAME CONSTRAINT "Engagement_clientId_fkey" TO "Engagement_seekerId_fkey";

-- RenameIndex
ALTER INDEX "CoachProfile_kind_status_idx" RENAME TO "MatchingProfile_kind_status_idx";
ALTER INDEX "CoachProfile_searchText_idx" RENAME TO "MatchingProfile_searchText_idx";
ALTER INDEX "CoachProfile_userId_kind_key" RENAME TO "MatchingProfile_userId_kind_key";
ALTER INDEX "CoachRequest_clientId_programmeId_status_idx" RENAME TO "MatchRequest_seekerId_programmeId_status_idx";
ALTER INDEX "CoachRequest_cohortId_status_idx" RENAME TO "MatchRequest_cohortId_status_idx";
ALTER INDEX "CoachRequestChoice_coachProfileId_status_idx" RENAME TO "MatchRequestChoice_profileId_status_idx";
ALTER INDEX "CoachRequestChoice_status_dueAt_idx" RENAME TO "MatchRequestChoice_status_dueAt_idx";
ALTER INDEX "CoachRequestChoice_requestId_rank_key" RENAME TO "MatchRequestChoice_requestId_rank_key";
ALTER INDEX "CoachRequestChoice_requestId_coachProfileId_key" RENAME TO "MatchRequestChoice_requestId_profileId_key";
ALTER INDEX "Engagement_coachProfileId_status_idx" RENAME TO "Engagement_profileId_status_idx";
ALTER INDEX "Engagement_clientId_programmeId_status_idx" RENAME TO "Engagement_seekerId_programmeId_status_idx";

-- PostgreSQL 18 (the embedded PGlite is one) keeps NOT NULL constraints as named constraints,
-- "<table>_<column>_not_null", which a rename does not follow; earlier versions have none, and
-- then this finds nothing. Those of the renamed tables and columns take the names they would get
-- today.
DO $$
DECLARE
  r record;
BEGIN
  FOR r IN
    SELECT c.conrelid::regclass AS tbl, c.conname, t.relname || '_' || a.attname || '_not_null' AS wanted
      FROM pg_constraint c
      JOIN pg_class t ON t.oid = c.conrelid
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
     WHERE c.contype = 'n'
       AND c.connamespace = 'public'::regnamespace
       AND t.relname IN ('MatchingProfile', 'MatchRequest', 'MatchRequestChoice', 'Engagement', 'Programme')
       AND c.conname <> t.relname || '_' || a.attname || '_not_null'
  LOOP
    EXECUTE format('ALTER TABLE %s RENAME CONSTRAINT %I TO %I', r.tbl, r.conname, r.wanted);
  END LOOP;
END
$$;

-- The directory's search fields (migration directory_search). A trigger follows its renamed table,
-- but a function body is text that names tables when it runs: user_name_search_fields() updated
-- "CoachProfile", so it is replaced. The profile trigger and its function take the new name; the
-- function's body names no table, it is replaced unchanged so that this file shows it whole.
ALTER TRIGGER "CoachProfile_search_fields" ON "MatchingProfile" RENAME TO "MatchingProfile_search_fields";
ALTER FUNCTION coach_profile_search_fields() RENAME TO matching_profile_search_fields;

CREATE OR REPLACE FUNCTION matching_profile_search_fields() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  person_name text;
BEGIN
  SELECT u."name" INTO person_name FROM "User" u WHERE u."id" = NEW."userId";
  NEW."sortName" := fold_text(coalesce(person_name, ''));
  NEW."searchText" := fold_text(concat_ws(' ', person_name, NEW."bioEn", NEW."bioFr"));
  RETURN NEW;
END
$$;

-- A person's new name reaches their matching profiles (the update fires the trigger above).
CREATE OR REPLACE FUNCTION user_name_search_fields() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  UPDATE "MatchingProfile" SET "sortName" = '', "searchText" = '' WHERE "userId" = NEW."id";
  RETURN NULL;
END
$$;

-- The audit log names what an entry is about by its model's name (e.g. a profile's credential
-- history is read by targetType): earlier entries follow the new names. What they recorded (data)
-- is left as it was written.
UPDATE "AuditLog" SET "targetType" = 'MatchingProfile' WHERE "targetType" = 'CoachProfile';
UPDATE "AuditLog" SET "targetType" = 'MatchRequest' WHERE "targetType" = 'CoachRequest';
UPDATE "AuditLog" SET "targetType" = 'MatchRequestChoice' WHERE "targetType" = 'CoachRequestChoice';
