-- The coach directory's search (issue #4): a stored, folded search text and sort name on each
-- coach profile, kept in step by the database itself, with a trigram index for the text search.

-- Trigram operator classes for the GIN index below (a contrib extension that PostgreSQL servers
-- and the embedded PGlite both ship, PGlite loading it in lib/db/embedded.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "CoachProfile" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sortName" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "CoachProfile_searchText_idx" ON "CoachProfile" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "User_disabledAt_idx" ON "User"("disabledAt");

-- Lower case without accents, as foldText() in lib/domain/directory-filters.ts does it: Unicode
-- decomposition (NFD) without the combining accents, œ and æ written oe and ae, then lower case
-- (translate() first for the few Latin capitals that have no accent to drop, as lower() leaves
-- non-ASCII letters alone under the C collation of PGlite). tests/integration/directory.test.ts
-- checks every letter of Latin-1 and Latin Extended-A against foldText().
CREATE FUNCTION fold_text(t text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
  SELECT lower(translate(
    regexp_replace(normalize(replace(replace(replace(replace(t, 'Œ', 'oe'), 'œ', 'oe'), 'Æ', 'ae'), 'æ', 'ae'), NFD), '[\u0300-\u036f]', '', 'g'),
    'ÐØÞĐĦĲĿŁŊŦ',
    'ðøþđħĳŀłŋŧ'))
$$;

-- A coach profile's search fields, from its bios and its person's name. Fires on every insert
-- and on any change of what they are made of (or of the fields themselves, so that nothing can
-- write them wrong).
CREATE FUNCTION coach_profile_search_fields() RETURNS trigger
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

CREATE TRIGGER "CoachProfile_search_fields"
BEFORE INSERT OR UPDATE OF "userId", "bioEn", "bioFr", "searchText", "sortName" ON "CoachProfile"
FOR EACH ROW EXECUTE FUNCTION coach_profile_search_fields();

-- A person's new name reaches their coach profile (the update fires the trigger above).
CREATE FUNCTION user_name_search_fields() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  UPDATE "CoachProfile" SET "sortName" = '', "searchText" = '' WHERE "userId" = NEW."id";
  RETURN NULL;
END
$$;

CREATE TRIGGER "User_name_search_fields"
AFTER UPDATE OF "name" ON "User"
FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name")
EXECUTE FUNCTION user_name_search_fields();

-- The profiles that exist already (the trigger computes both fields).
UPDATE "CoachProfile" SET "sortName" = '', "searchText" = '';
