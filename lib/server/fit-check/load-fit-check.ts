import "server-only";
import type { Db } from "../../db/client";
import {
  fitCheckApplies,
  fitCheckOpenFor,
  fitCheckView,
  fitCheckWindow,
  type FitOutcome,
} from "../../domain/fit-check";
import type { Actor } from "../../domain/roles";
import { loadParticipation } from "../sessions/participation";

export type FitCheckPanelView = {
  engagementId: string;
  /** This person may answer now. */
  open: boolean;
  /** The question's window (introduction held, next session not yet) for an active engagement. */
  inWindow: boolean;
  outcome: FitOutcome;
  mine: boolean | null;
  /** The viewer's own comment; never the other person's. */
  myComment: string | null;
  otherAnswered: boolean;
  endedAsNotAFit: boolean;
  role: "coach" | "client";
  kind: "coach" | "mentor";
};

/**
 * What the fit-check panel shows one of the engagement's two people: whether they are asked now,
 * their own answer and comment, whether the other has answered (never what), and whether the
 * engagement ended as not a fit. Null where the check does not apply (tripartite missions,
 * networking). Anyone else gets "sessionNotFound".
 */
export async function loadFitCheck(prisma: Db, actor: Actor, engagementId: string): Promise<FitCheckPanelView | null> {
  const { engagement, role } = await loadParticipation(prisma, actor, engagementId);
  const [mission, plan, answers, row] = await Promise.all([
    prisma.mission.findUnique({ where: { engagementId }, select: { id: true } }),
    prisma.engagementSession.findMany({ where: { engagementId }, select: { position: true, status: true } }),
    prisma.engagementFitAnswer.findMany({
      where: { engagementId },
      select: { userId: true, fits: true, comment: true },
    }),
    prisma.engagement.findUniqueOrThrow({
      where: { id: engagementId },
      select: { endedAsNotAFit: true, profile: { select: { kind: true } } },
    }),
  ]);
  const state = {
    status: engagement.status,
    programmeType: engagement.programme.type,
    isMission: mission !== null,
    plan,
    answers,
    participants: [engagement.seekerId, engagement.profile.userId] as [string, string],
  };
  if (!fitCheckApplies(state)) return null;
  const view = fitCheckView(answers, state.participants, actor.id);
  return {
    engagementId,
    open: fitCheckOpenFor(state, actor.id),
    inWindow: engagement.status === "active" && fitCheckWindow(plan),
    ...view,
    myComment: answers.find((a) => a.userId === actor.id)?.comment ?? null,
    endedAsNotAFit: row.endedAsNotAFit,
    role,
    kind: row.profile.kind === "mentor" ? "mentor" : "coach",
  };
}
