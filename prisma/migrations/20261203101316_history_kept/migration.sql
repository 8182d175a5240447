-- History is kept: deleting a person, a programme or a matching profile never takes their
-- engagements, sessions, feedback, evaluations, check-ins or missions with it. Each relation that
-- would have done so (ON DELETE CASCADE), or would have blanked who did what (SET NULL), now refuses
-- the deletion (RESTRICT) while such history exists; people are disabled and programmes archived
-- instead. Relation by relation:
--
-- RESTRICT (history, or a record people made):
--   Engagement -> Programme, MatchingProfile (profile), User (seeker, endedBy)
--   EngagementSession -> User (proposedBy, completedBy)
--   SessionFeedback, SessionNote, ClosingEvaluation -> User (author)
--   SessionChecklistTick, ContinuationDecision -> User
--   Mission -> Programme, MatchingProfile (coachProfile), User (sponsor, coachee, hr)
--   MissionProposalReview -> User (reviewer); MissionContractAcceptance -> User; CheckIn -> User (author)
--   SupervisionRecord -> MatchingProfile: a coach's supervision history (the dashboards count it)
--   CredentialDocument -> MatchingProfile: the evidence HR reviewed, drafts included; a coach
--     removes a document of their own explicitly, the profile's deletion does not do it silently
--   MatchRequest -> Programme, User (seeker); MatchRequestChoice -> MatchingProfile (profile): the
--     matching history (who asked whom, who declined, time to match)
--   CohortEnrolment -> Cohort, User: a cohort's seats, waiting list and funnel
--   MatchingProfile -> Programme: a mentor's or networking profile is its person's, not the
--     programme's to delete
--
-- CASCADE kept (owned, disposable, or a part of its parent's own history):
--   Account, Session (next-auth) and RoleGrant (grantee) -> User: access, nothing that happened
--   MatchingProfile -> User: a person's profiles go with them, but only while the profile has no
--     history (its engagements, requests, missions, supervision and documents refuse above)
--   Cohort -> Programme: a programme's configuration; its enrolments refuse above
--   a history row's own parts: MatchRequestChoice -> MatchRequest, EngagementSession, ClosingEvaluation
--     and ContinuationDecision -> Engagement, SessionFeedback, SessionNote and SessionChecklistTick ->
--     EngagementSession, a Mission's milestones, proposals (and their reviews), contracts (and their
--     acceptances), indicators and check-ins -> Mission: deleting the history row itself is explicit
--
-- SET NULL kept: RoleGrant.grantedBy and AuditLog.actor (the rows stay), and links between history
-- rows that may outlive each other (MatchRequest and Engagement -> Cohort, Engagement -> MatchRequest,
-- Mission -> Engagement).
--
-- ClosingEvaluation.objectivesMet was free text holding 'yes', 'partly' or 'no': it becomes the enum
-- ObjectivesMet, existing answers converted in place (any other value stops the migration, and the
-- rehearsal leaves the database as it was).

-- CreateEnum
CREATE TYPE "ObjectivesMet" AS ENUM ('yes', 'partly', 'no');

-- AlterTable: convert the answers in place (Prisma's diff would drop the column and add an empty one)
ALTER TABLE "ClosingEvaluation" ALTER COLUMN "objectivesMet" TYPE "ObjectivesMet" USING ("objectivesMet"::"ObjectivesMet");

-- DropForeignKey
ALTER TABLE "CheckIn" DROP CONSTRAINT "CheckIn_authorId_fkey";

-- DropForeignKey
ALTER TABLE "ClosingEvaluation" DROP CONSTRAINT "ClosingEvaluation_authorId_fkey";

-- DropForeignKey
ALTER TABLE "CohortEnrolment" DROP CONSTRAINT "CohortEnrolment_cohortId_fkey";

-- DropForeignKey
ALTER TABLE "CohortEnrolment" DROP CONSTRAINT "CohortEnrolment_userId_fkey";

-- DropForeignKey
ALTER TABLE "ContinuationDecision" DROP CONSTRAINT "ContinuationDecision_userId_fkey";

-- DropForeignKey
ALTER TABLE "CredentialDocument" DROP CONSTRAINT "CredentialDocument_coachProfileId_fkey";

-- DropForeignKey
ALTER TABLE "Engagement" DROP CONSTRAINT "Engagement_endedById_fkey";

-- DropForeignKey
ALTER TABLE "Engagement" DROP CONSTRAINT "Engagement_profileId_fkey";

-- DropForeignKey
ALTER TABLE "Engagement" DROP CONSTRAINT "Engagement_programmeId_fkey";

-- DropForeignKey
ALTER TABLE "Engagement" DROP CONSTRAINT "Engagement_seekerId_fkey";

-- DropForeignKey
ALTER TABLE "EngagementSession" DROP CONSTRAINT "EngagementSession_completedById_fkey";

-- DropForeignKey
ALTER TABLE "EngagementSession" DROP CONSTRAINT "EngagementSession_proposedById_fkey";

-- DropForeignKey
ALTER TABLE "MatchRequest" DROP CONSTRAINT "MatchRequest_programmeId_fkey";

-- DropForeignKey
ALTER TABLE "MatchRequest" DROP CONSTRAINT "MatchRequest_seekerId_fkey";

-- DropForeignKey
ALTER TABLE "MatchRequestChoice" DROP CONSTRAINT "MatchRequestChoice_profileId_fkey";

-- DropForeignKey
ALTER TABLE "MatchingProfile" DROP CONSTRAINT "MatchingProfile_programmeId_fkey";

-- DropForeignKey
ALTER TABLE "Mission" DROP CONSTRAINT "Mission_coachProfileId_fkey";

-- DropForeignKey
ALTER TABLE "Mission" DROP CONSTRAINT "Mission_coacheeId_fkey";

-- DropForeignKey
ALTER TABLE "Mission" DROP CONSTRAINT "Mission_hrId_fkey";

-- DropForeignKey
ALTER TABLE "Mission" DROP CONSTRAINT "Mission_programmeId_fkey";

-- DropForeignKey
ALTER TABLE "Mission" DROP CONSTRAINT "Mission_sponsorId_fkey";

-- DropForeignKey
ALTER TABLE "MissionContractAcceptance" DROP CONSTRAINT "MissionContractAcceptance_userId_fkey";

-- DropForeignKey
ALTER TABLE "MissionProposalReview" DROP CONSTRAINT "MissionProposalReview_reviewerId_fkey";

-- DropForeignKey
ALTER TABLE "SessionChecklistTick" DROP CONSTRAINT "SessionChecklistTick_userId_fkey";

-- DropForeignKey
ALTER TABLE "SessionFeedback" DROP CONSTRAINT "SessionFeedback_authorId_fkey";

-- DropForeignKey
ALTER TABLE "SessionNote" DROP CONSTRAINT "SessionNote_authorId_fkey";

-- DropForeignKey
ALTER TABLE "SupervisionRecord" DROP CONSTRAINT "SupervisionRecord_coachProfileId_fkey";

-- AddForeignKey
ALTER TABLE "MatchingProfile" ADD CONSTRAINT "MatchingProfile_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CredentialDocument" ADD CONSTRAINT "CredentialDocument_coachProfileId_fkey" FOREIGN KEY ("coachProfileId") REFERENCES "MatchingProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortEnrolment" ADD CONSTRAINT "CohortEnrolment_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortEnrolment" ADD CONSTRAINT "CohortEnrolment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchRequest" ADD CONSTRAINT "MatchRequest_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchRequest" ADD CONSTRAINT "MatchRequest_seekerId_fkey" FOREIGN KEY ("seekerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchRequestChoice" ADD CONSTRAINT "MatchRequestChoice_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "MatchingProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Engagement" ADD CONSTRAINT "Engagement_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Engagement" ADD CONSTRAINT "Engagement_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "MatchingProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Engagement" ADD CONSTRAINT "Engagement_seekerId_fkey" FOREIGN KEY ("seekerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Engagement" ADD CONSTRAINT "Engagement_endedById_fkey" FOREIGN KEY ("endedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EngagementSession" ADD CONSTRAINT "EngagementSession_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EngagementSession" ADD CONSTRAINT "EngagementSession_completedById_fkey" FOREIGN KEY ("completedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionFeedback" ADD CONSTRAINT "SessionFeedback_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionNote" ADD CONSTRAINT "SessionNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionChecklistTick" ADD CONSTRAINT "SessionChecklistTick_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContinuationDecision" ADD CONSTRAINT "ContinuationDecision_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClosingEvaluation" ADD CONSTRAINT "ClosingEvaluation_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_sponsorId_fkey" FOREIGN KEY ("sponsorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_hrId_fkey" FOREIGN KEY ("hrId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_coacheeId_fkey" FOREIGN KEY ("coacheeId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_coachProfileId_fkey" FOREIGN KEY ("coachProfileId") REFERENCES "MatchingProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionProposalReview" ADD CONSTRAINT "MissionProposalReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionContractAcceptance" ADD CONSTRAINT "MissionContractAcceptance_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionRecord" ADD CONSTRAINT "SupervisionRecord_coachProfileId_fkey" FOREIGN KEY ("coachProfileId") REFERENCES "MatchingProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
