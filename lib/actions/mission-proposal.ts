"use server";
// The proposal and the tripartite contract: the coach proposes, the coachee, the sponsor and HR
// approve or comment; the coachee, the sponsor and the coach accept the contract or ask for changes.
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { acceptMissionContract } from "../server/missions/accept-mission-contract";
import { requestContractChanges } from "../server/missions/request-contract-changes";
import { reviewMissionProposal } from "../server/missions/review-mission-proposal";
import { submitMissionProposal } from "../server/missions/submit-mission-proposal";
import {
  acceptContractSchema,
  contractChangesSchema,
  proposalSchema,
  reviewProposalSchema,
} from "../validation/missions";
import { runAction, type ActionResult } from "./run-action";

function refresh(result: ActionResult): ActionResult {
  // The mission's id is not in every form (a review names its proposal): refresh the whole area.
  if (result.ok) revalidatePath("/missions", "layout");
  return result;
}

export async function submitMissionProposalAction(values: unknown): Promise<ActionResult> {
  return refresh(
    await runAction(proposalSchema, values, async (input, user) => {
      await submitMissionProposal(db(), user, { ...input, indicators: input.indicators.map((i) => i.text) });
    }),
  );
}

export async function reviewMissionProposalAction(values: unknown): Promise<ActionResult> {
  return refresh(
    await runAction(reviewProposalSchema, values, (input, user) => reviewMissionProposal(db(), user, input)),
  );
}

export async function acceptMissionContractAction(values: unknown): Promise<ActionResult> {
  return refresh(
    await runAction(acceptContractSchema, values, async (input, user) => {
      await acceptMissionContract(db(), user, input);
    }),
  );
}

export async function requestContractChangesAction(values: unknown): Promise<ActionResult> {
  return refresh(
    await runAction(contractChangesSchema, values, (input, user) => requestContractChanges(db(), user, input)),
  );
}
