import "server-only";
import type { Db } from "../../db/client";
import { matchingRules } from "../../domain/matching-rules";
import { can, type Actor } from "../../domain/roles";
import type { MatchPreferencesInput } from "../../validation/match-suggestions";
import { audit } from "../audit";
import { lockUser } from "../db/locks";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError, FieldDomainError } from "../errors";

/** The kind of profile a programme's seekers look for (coaching: coaches, mentoring: mentors), or null. */
export function seekingKind(type: string): "coach" | "mentor" | null {
  return type === "coaching" ? "coach" : type === "mentoring" ? "mentor" : null;
}

/**
 * A client (coaching) or mentee (mentoring) says what they seek in this programme: their own
 * preferences only (the input names no person; the actor's row is the one written), one row per
 * person and programme, replaced on each save; the audit row keeps what was saved.
 */
export async function saveMatchPreferences(prisma: Db, actor: Actor, input: MatchPreferencesInput): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const programme = await tx.programme.findUnique({
      where: { id: input.programmeId },
      select: { id: true, type: true, archivedAt: true },
    });
    const kind = programme && !programme.archivedAt ? seekingKind(programme.type) : null;
    if (!programme || !kind) throw new DomainError("notFound");
    if (!can(actor.roles, matchingRules(kind).requestPermission)) throw new DomainError("forbidden");
    const languages = [...new Set(input.languages)];
    if (languages.length > 0) {
      const known = await tx.language.count({ where: { code: { in: languages } } });
      if (known !== languages.length) throw new FieldDomainError("matchLanguageUnknown", "languages");
    }
    // Two saves at once (two tabs) wait for each other instead of racing to create the row.
    await lockUser(tx, actor.id);
    const data = {
      expertiseAreas: [...new Set(input.expertiseAreas)],
      languages,
      entityPreference: input.entityPreference,
      gender: input.gender || null,
      timeZoneOverlap: input.timeZoneOverlap,
      goal: input.goal,
    };
    const saved = await tx.matchPreference.upsert({
      where: { userId_programmeId: { userId: actor.id, programmeId: programme.id } },
      create: { userId: actor.id, programmeId: programme.id, ...data },
      update: data,
      select: { id: true },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "match-preference.save",
      targetType: "MatchPreference",
      targetId: saved.id,
      data: { programmeId: programme.id, ...data, goal: data.goal ? "(given)" : "" },
    });
  }, TX_OPTIONS);
}
