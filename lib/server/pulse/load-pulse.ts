import "server-only";
import type { Db } from "../../db/client";
import { decidePulse, pulseStepKey } from "../../domain/relationship-pulse";
import type { Actor } from "../../domain/roles";
import { loadParticipation } from "../sessions/participation";

export type PulsePanelView = {
  engagementId: string;
  /** This person may answer now. */
  open: boolean;
  /** The viewer's own answer, once given; never the other person's. */
  mine: { score: number; comment: string | null; answeredAt: Date } | null;
  /** The position of the session after which it opens. */
  afterPosition: number | null;
};

/**
 * What the pulse panel shows one of the engagement's two people: whether they are asked now, and
 * their own answer once given. Never the other person's. Null where the pulse does not apply or
 * is neither open nor answered (nothing to show). Anyone else gets "sessionNotFound".
 */
export async function loadPulse(prisma: Db, actor: Actor, engagementId: string): Promise<PulsePanelView | null> {
  const { engagement } = await loadParticipation(prisma, actor, engagementId);
  if (!pulseStepKey(engagement.programme.sessionPlan)) return null;
  const [plan, mine, mission] = await Promise.all([
    prisma.engagementSession.findMany({
      where: { engagementId },
      select: { stepKey: true, status: true, position: true },
    }),
    prisma.relationshipPulse.findUnique({
      where: { engagementId_userId: { engagementId, userId: actor.id } },
      select: { score: true, comment: true, answeredAt: true },
    }),
    prisma.mission.findUnique({ where: { engagementId }, select: { id: true } }),
  ]);
  const open = decidePulse({
    status: engagement.status,
    programmeType: engagement.programme.type,
    sessionPlan: engagement.programme.sessionPlan,
    isMission: mission !== null,
    plan,
    answered: mine !== null,
  }).ok;
  if (!open && !mine) return null;
  const step = pulseStepKey(engagement.programme.sessionPlan);
  return {
    engagementId,
    open,
    mine,
    afterPosition: plan.find((s) => s.stepKey === step)?.position ?? null,
  };
}
