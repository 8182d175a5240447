import "server-only";
import type { Db } from "../../db/client";
import type { MatchWeights } from "../../domain/match-suggestions";
import { can, type Actor } from "../../domain/roles";
import { DomainError } from "../errors";
import { weightsOf } from "./set-match-weights";

/** A programme's suggestion weights for its admins' settings page: its own, or the defaults. */
export async function loadMatchWeights(prisma: Db, actor: Actor, programmeId: string): Promise<MatchWeights> {
  if (!can(actor.roles, "manage:programme:any")) throw new DomainError("forbidden");
  return weightsOf(await prisma.matchWeights.findUnique({ where: { programmeId } }));
}
