import "server-only";
import type { Db } from "../../db/client";
import {
  canRecordFraming,
  MAX_FRAMING_TEXT,
  missingFramingFields,
  type FramingTexts,
} from "../../domain/mission-framing";
import type { Actor } from "../../domain/roles";
import type { Locale } from "../../i18n/config";
import type { ErrorKey } from "../../i18n/keys";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError, FieldDomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { missionForActor, notifyParties } from "./mission-access";
import { writerLanguage } from "./writer-language";

const REQUIRED: Record<keyof FramingTexts, ErrorKey> = {
  organisationNeeds: "organisationNeedsRequired",
  coacheeNeeds: "coacheeNeedsRequired",
  context: "framingContextRequired",
  expectedResults: "expectedResultsRequired",
  coachExpectations: "coachExpectationsRequired",
  approach: "framingApproachRequired",
};

export type FramingVerbInput = FramingTexts & { missionId: string; coacheeAttended: boolean; language?: Locale };

/**
 * The coach records the preliminary meeting's framing: each party's expectations and needs, the
 * context, the expected results, what is expected of the coach and how the coaching meets it, and
 * whether the coachee attended. It stands as the synthesis document every party reads (the
 * coachee's needs only when the coachee attended). The coach may correct it until the proposal is
 * approved; the parties are told the first time.
 */
export async function saveMissionFraming(
  prisma: Db,
  actor: Actor,
  input: FramingVerbInput,
  now: Date = new Date(),
): Promise<void> {
  const texts: FramingTexts = {
    organisationNeeds: input.organisationNeeds.trim(),
    coacheeNeeds: input.coacheeNeeds.trim(),
    context: input.context.trim(),
    expectedResults: input.expectedResults.trim(),
    coachExpectations: input.coachExpectations.trim(),
    approach: input.approach.trim(),
  };
  const missing = missingFramingFields(texts, input.coacheeAttended)[0];
  await prisma.$transaction(async (tx) => {
    const { mission, party } = await missionForActor(tx, actor, input.missionId);
    const check = canRecordFraming(mission.status, party);
    if (!check.ok) throw new DomainError(check.error);
    if (missing) throw new FieldDomainError(REQUIRED[missing], missing);
    for (const [field, value] of Object.entries(texts))
      if (value.length > MAX_FRAMING_TEXT) throw new FieldDomainError("textTooLong", field);
    const before = await tx.mission.findUniqueOrThrow({
      where: { id: mission.id },
      select: { framingRecordedAt: true },
    });
    await tx.mission.update({
      where: { id: mission.id },
      data: {
        framingOrganisationNeeds: texts.organisationNeeds,
        framingCoacheeNeeds: texts.coacheeNeeds || null,
        framingContext: texts.context,
        framingExpectedResults: texts.expectedResults,
        framingCoachExpectations: texts.coachExpectations,
        framingApproach: texts.approach,
        framingCoacheeAttended: input.coacheeAttended,
        framingLanguage: await writerLanguage(tx, actor.id, input.language),
        framingRecordedAt: now,
      },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "mission.framing.record",
      targetType: "Mission",
      targetId: mission.id,
      data: { coacheeAttended: input.coacheeAttended, first: !before.framingRecordedAt },
    });
    if (!before.framingRecordedAt)
      await notifyParties(tx, mission, ["coachee", "sponsor", "hr"], "framingRecorded", { actorId: actor.id });
  }, TX_OPTIONS);
  void kickOutbox();
}
