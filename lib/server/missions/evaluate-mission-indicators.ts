import "server-only";
import type { Db } from "../../db/client";
import { checkAction } from "../../domain/mission-lifecycle";
import { MAX_EVIDENCE } from "../../domain/mission-terms";
import type { Actor } from "../../domain/roles";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { missionForActor } from "./mission-access";

export type IndicatorEvaluation = {
  indicatorId: string;
  result: "achieved" | "partly" | "not_achieved";
  evidence: string;
};

/**
 * At closing, the coach records each success indicator's evaluation agreed in the closing session:
 * achieved, partly or not achieved, with the evidence (observable results). They may correct
 * them until the final meeting.
 */
export async function evaluateMissionIndicators(
  prisma: Db,
  actor: Actor,
  input: { missionId: string; evaluations: IndicatorEvaluation[] },
  now: Date = new Date(),
): Promise<void> {
  const evaluations = input.evaluations.map((e) => ({ ...e, evidence: e.evidence.trim() }));
  if (evaluations.length === 0) throw new DomainError("invalidInput");
  for (const e of evaluations) {
    if (!e.evidence) throw new DomainError("evidenceRequired");
    if (e.evidence.length > MAX_EVIDENCE) throw new DomainError("textTooLong");
  }
  await prisma.$transaction(async (tx) => {
    const { mission, party } = await missionForActor(tx, actor, input.missionId);
    const check = checkAction(mission.status, "evaluateIndicators", party);
    if (!check.ok) throw new DomainError(check.error);
    const own = await tx.missionIndicator.findMany({ where: { missionId: mission.id }, select: { id: true } });
    const ids = new Set(own.map((i) => i.id));
    if (evaluations.some((e) => !ids.has(e.indicatorId))) throw new DomainError("notFound");
    for (const e of evaluations) {
      await tx.missionIndicator.update({
        where: { id: e.indicatorId },
        data: { result: e.result, evidence: e.evidence, evaluatedAt: now },
      });
    }
    await audit(tx, {
      actorId: actor.id,
      action: "mission.indicators.evaluate",
      targetType: "Mission",
      targetId: mission.id,
      data: { count: evaluations.length },
    });
  }, TX_OPTIONS);
}
