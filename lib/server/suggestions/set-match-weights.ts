import "server-only";
import type { Db } from "../../db/client";
import { DEFAULT_MATCH_WEIGHTS, WEIGHT_KEYS, type MatchWeights } from "../../domain/match-suggestions";
import { can, type Actor } from "../../domain/roles";
import type { MatchWeightsInput } from "../../validation/match-suggestions";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";

/**
 * A programme admin sets the weights of the suggestion score for one programme (0 to 10 each);
 * the audit row keeps the weights before and after.
 */
export async function setMatchWeights(prisma: Db, actor: Actor, input: MatchWeightsInput): Promise<void> {
  if (!can(actor.roles, "manage:programme:any")) throw new DomainError("forbidden");
  const weights = Object.fromEntries(WEIGHT_KEYS.map((k) => [k, input[k]])) as MatchWeights;
  await prisma.$transaction(async (tx) => {
    // The programme's row, locked: two admins saving at once write one after the other.
    const [programme] = await tx.$queryRaw<{ id: string }[]>`
      select id from "Programme" where id = ${input.programmeId} for update`;
    if (!programme) throw new DomainError("notFound");
    const before = await tx.matchWeights.findUnique({ where: { programmeId: programme.id } });
    await tx.matchWeights.upsert({
      where: { programmeId: programme.id },
      create: { programmeId: programme.id, ...weights },
      update: weights,
    });
    const was = before ? Object.fromEntries(WEIGHT_KEYS.map((k) => [k, before[k]])) : { ...DEFAULT_MATCH_WEIGHTS };
    await audit(tx, {
      actorId: actor.id,
      action: "programme.match-weights",
      targetType: "Programme",
      targetId: programme.id,
      data: { before: was, after: weights },
    });
  }, TX_OPTIONS);
}

/** A programme's weights: its own row, or the defaults. */
export function weightsOf(row: MatchWeights | null | undefined): MatchWeights {
  return row ? (Object.fromEntries(WEIGHT_KEYS.map((k) => [k, row[k]])) as MatchWeights) : { ...DEFAULT_MATCH_WEIGHTS };
}
