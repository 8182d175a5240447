import "server-only";
import type { Db } from "../../db/client";
import { checkAction, proposalReviewers } from "../../domain/mission-lifecycle";
import {
  MAX_COST,
  MAX_INDICATOR,
  MAX_INDICATORS,
  MAX_MISSION_TEXT,
  TERM_LIMITS,
  type NumericTerm,
  type ProposalTerms,
} from "../../domain/mission-terms";
import type { Actor } from "../../domain/roles";
import type { Locale } from "../../i18n/config";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { missionForActor, notifyParties } from "./mission-access";
import { writerLanguage } from "./writer-language";

/** The terms, trimmed and checked again on the server (the form's schema checked them first). */
export function cleanTerms(input: ProposalTerms): ProposalTerms {
  const organisationObjectives = input.organisationObjectives.trim();
  const coacheeObjectives = input.coacheeObjectives.trim();
  const cost = input.cost.trim();
  const indicators = input.indicators.map((i) => i.trim()).filter(Boolean);
  if (!organisationObjectives || !coacheeObjectives) throw new DomainError("objectivesRequired");
  if (organisationObjectives.length > MAX_MISSION_TEXT || coacheeObjectives.length > MAX_MISSION_TEXT)
    throw new DomainError("textTooLong");
  if (indicators.length === 0) throw new DomainError("indicatorsRequired");
  if (indicators.length > MAX_INDICATORS) throw new DomainError("tooManyIndicators");
  if (indicators.some((i) => i.length > MAX_INDICATOR) || cost.length > MAX_COST) throw new DomainError("textTooLong");
  if (!cost) throw new DomainError("costRequired");
  for (const name of Object.keys(TERM_LIMITS) as NumericTerm[]) {
    const v = input[name];
    if (!Number.isInteger(v) || v < TERM_LIMITS[name].min || v > TERM_LIMITS[name].max)
      throw new DomainError("termOutOfRange");
  }
  return { ...input, organisationObjectives, coacheeObjectives, cost, indicators };
}

/**
 * The coach sends a proposal (or a revision) to the coachee, the sponsor and HR: objectives for
 * the organisation and for the coachee, success indicators, duration, number and rhythm of
 * sessions, cost and the follow-up's delay. A new version replaces the one under review, whose
 * approvals no longer count. The language the coach wrote it in is kept with it.
 */
export async function submitMissionProposal(
  prisma: Db,
  actor: Actor,
  input: { missionId: string; language?: Locale } & ProposalTerms,
  now: Date = new Date(),
): Promise<{ version: number }> {
  const terms = cleanTerms(input);
  const version = await prisma.$transaction(async (tx) => {
    const { mission, party } = await missionForActor(tx, actor, input.missionId);
    const check = checkAction(mission.status, "submitProposal", party);
    if (!check.ok) throw new DomainError(check.error);
    const last = await tx.missionProposal.findFirst({
      where: { missionId: mission.id },
      orderBy: { version: "desc" },
      select: { version: true },
    });
    await tx.missionProposal.updateMany({
      where: { missionId: mission.id, status: "in_review" },
      data: { status: "superseded" },
    });
    const version = (last?.version ?? 0) + 1;
    const { missionId: _, language, ...data } = { ...input, ...terms };
    await tx.missionProposal.create({
      data: {
        missionId: mission.id,
        version,
        createdAt: now,
        organisationObjectives: data.organisationObjectives,
        coacheeObjectives: data.coacheeObjectives,
        indicators: data.indicators,
        durationMonths: data.durationMonths,
        sessionCount: data.sessionCount,
        sessionMinutes: data.sessionMinutes,
        rhythmWeeks: data.rhythmWeeks,
        cost: data.cost,
        followUpMonths: data.followUpMonths,
        language: await writerLanguage(tx, actor.id, language),
      },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "mission.proposal.submit",
      targetType: "Mission",
      targetId: mission.id,
      data: { version },
    });
    await notifyParties(tx, mission, proposalReviewers(Boolean(mission.hrId)), "proposalSubmitted", {
      actorId: actor.id,
      values: { version },
    });
    return version;
  }, TX_OPTIONS);
  void kickOutbox();
  return { version };
}
