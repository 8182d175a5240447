import "server-only";
import type { Db } from "../../db/client";
import { checkAction } from "../../domain/mission-lifecycle";
import { MAX_SYNTHESIS } from "../../domain/mission-terms";
import type { Actor } from "../../domain/roles";
import type { Locale } from "../../i18n/config";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { missionForActor, notifyParties } from "./mission-access";
import { writerLanguage } from "./writer-language";

/**
 * The coachee writes their synthesis of the coaching and their recommendations to sustain the
 * results. A draft stays between them and the coach; presenting it (at closing) shares it with
 * the sponsor and HR for the final tripartite meeting — an explicit choice that cannot be undone.
 */
export async function saveMissionSynthesis(
  prisma: Db,
  actor: Actor,
  input: { missionId: string; synthesis: string; recommendations: string; present: boolean; language?: Locale },
  now: Date = new Date(),
): Promise<void> {
  const synthesis = input.synthesis.trim();
  const recommendations = input.recommendations.trim();
  if (!synthesis) throw new DomainError("synthesisRequired");
  if (!recommendations) throw new DomainError("recommendationsRequired");
  if (synthesis.length > MAX_SYNTHESIS || recommendations.length > MAX_SYNTHESIS) throw new DomainError("textTooLong");
  await prisma.$transaction(async (tx) => {
    const { mission, party } = await missionForActor(tx, actor, input.missionId);
    const check = checkAction(mission.status, input.present ? "presentSynthesis" : "writeSynthesis", party);
    if (!check.ok) throw new DomainError(check.error);
    const before = await tx.mission.findUniqueOrThrow({
      where: { id: mission.id },
      select: { synthesisPresentedAt: true },
    });
    const presentNow = input.present && !before.synthesisPresentedAt;
    await tx.mission.update({
      where: { id: mission.id },
      data: {
        synthesis,
        recommendations,
        synthesisLanguage: await writerLanguage(tx, actor.id, input.language),
        ...(presentNow ? { synthesisPresentedAt: now } : {}),
      },
    });
    await audit(tx, {
      actorId: actor.id,
      action: presentNow ? "mission.synthesis.present" : "mission.synthesis.save",
      targetType: "Mission",
      targetId: mission.id,
    });
    if (presentNow)
      await notifyParties(tx, mission, ["coach", "sponsor", "hr"], "synthesisPresented", { actorId: actor.id });
  }, TX_OPTIONS);
  void kickOutbox();
}
