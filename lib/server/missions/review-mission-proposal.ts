import "server-only";
import type { Db } from "../../db/client";
import { COMMITMENTS_VERSION } from "../../domain/commitments";
import {
  checkAction,
  checkEvent,
  proposalApproved,
  proposalReviewers,
  type ReviewDecision,
} from "../../domain/mission-lifecycle";
import { MAX_REASON_TEXT } from "../../domain/mission-terms";
import type { Actor } from "../../domain/roles";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { ALL_PARTIES, missionForActor, moveMission, notifyParties } from "./mission-access";

/**
 * The coachee, the sponsor or HR approves the proposal under review or comments on it (the
 * comment goes to the coach, who revises). The last approval turns the proposal into the next
 * version of the tripartite contract.
 */
export async function reviewMissionProposal(
  prisma: Db,
  actor: Actor,
  input: { proposalId: string; decision: ReviewDecision; comment: string },
  now: Date = new Date(),
): Promise<void> {
  const comment = input.comment.trim();
  if (input.decision === "commented" && !comment) throw new DomainError("reviewCommentRequired");
  if (comment.length > MAX_REASON_TEXT) throw new DomainError("textTooLong");
  await prisma.$transaction(async (tx) => {
    const target = await tx.missionProposal.findUnique({
      where: { id: input.proposalId },
      select: { missionId: true },
    });
    if (!target) throw new DomainError("notFound");
    const { mission, party } = await missionForActor(tx, actor, target.missionId);
    const check = checkAction(mission.status, "reviewProposal", party);
    if (!check.ok) throw new DomainError(check.error);
    if (!proposalReviewers(Boolean(mission.hrId)).includes(party)) throw new DomainError("forbidden");
    const proposal = await tx.missionProposal.findUniqueOrThrow({
      where: { id: input.proposalId },
      select: { id: true, status: true, version: true, reviews: { select: { party: true, decision: true } } },
    });
    if (proposal.status !== "in_review") throw new DomainError("proposalNotInReview");
    if (proposal.reviews.some((r) => r.party === party)) throw new DomainError("alreadyReviewed");
    await tx.missionProposalReview.create({
      data: {
        proposalId: proposal.id,
        reviewerId: actor.id,
        party,
        decision: input.decision,
        comment: comment || null,
        createdAt: now,
      },
    });
    await audit(tx, {
      actorId: actor.id,
      action: `mission.proposal.${input.decision === "approved" ? "approve" : "comment"}`,
      targetType: "Mission",
      targetId: mission.id,
      data: { version: proposal.version },
    });

    if (input.decision === "commented") {
      await notifyParties(tx, mission, ["coach"], "proposalCommented", {
        actorId: actor.id,
        values: { version: proposal.version },
      });
      return;
    }
    const reviews = [...proposal.reviews, { party, decision: input.decision }];
    if (!proposalApproved(reviews, Boolean(mission.hrId))) return;
    const move = checkEvent(mission.status, "approveProposal", party);
    if (!move.ok) throw new DomainError(move.error);
    await tx.missionProposal.update({ where: { id: proposal.id }, data: { status: "approved" } });
    const last = await tx.missionContract.findFirst({
      where: { missionId: mission.id },
      orderBy: { version: "desc" },
      select: { version: true },
    });
    const version = (last?.version ?? 0) + 1;
    await tx.missionContract.create({
      data: {
        missionId: mission.id,
        version,
        proposalId: proposal.id,
        commitmentsVersion: COMMITMENTS_VERSION,
        createdAt: now,
      },
    });
    await moveMission(tx, mission.id, mission.status, move.value, {}, now);
    await audit(tx, {
      actorId: actor.id,
      action: "mission.contract.issue",
      targetType: "Mission",
      targetId: mission.id,
      data: { version, proposalVersion: proposal.version },
    });
    await notifyParties(tx, mission, ALL_PARTIES, "contractReady", { values: { version } });
  }, TX_OPTIONS);
  void kickOutbox();
}
