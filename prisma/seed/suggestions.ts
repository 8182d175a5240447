// Demo data for "Suggested for you" (lib/domain/match-suggestions.ts): Amina (client of the current
// peer-coaching cohort) has said what she seeks — leadership and career, in French, a coach from
// outside her entity, working hours in common — so /coaches shows her suggestions with their
// reasons. Mohamed Diop, a listed coach of her entity who coaches leadership in French, is her
// supervisor (HR data): he would rank high, and is never suggested to her.
// Rows have stable ids or unique keys; a second run changes nothing.
import type { Prisma } from "../../lib/generated/prisma/client";
import { PEER_COACHING } from "./data";

type Tx = Prisma.TransactionClient;

export async function seedSuggestions(tx: Tx): Promise<void> {
  const amina = await tx.user.findUnique({
    where: { email: "amina.client@example.org" },
    select: { id: true, supervisorId: true },
  });
  const mohamed = await tx.user.findFirst({ where: { name: "Mohamed Diop" }, select: { id: true } });
  const programme = await tx.programme.findUnique({ where: { slug: PEER_COACHING }, select: { id: true } });
  if (!amina || !programme) return;
  // Written only when different, so that a second run leaves her row (and its updatedAt) as it was.
  if (mohamed && amina.supervisorId !== mohamed.id)
    await tx.user.update({ where: { id: amina.id }, data: { supervisorId: mohamed.id } });
  const preferences = {
    expertiseAreas: ["leadership", "career"] as ("leadership" | "career")[],
    languages: ["fr"],
    entityPreference: "outside" as const,
    gender: null,
    timeZoneOverlap: true,
    goal: "Lead my new team with confidence, and find my own way of giving feedback.",
  };
  const kept = await tx.matchPreference.findUnique({
    where: { userId_programmeId: { userId: amina.id, programmeId: programme.id } },
    select: { id: true },
  });
  if (!kept)
    await tx.matchPreference.create({
      data: { id: "demo-match-preference-amina", userId: amina.id, programmeId: programme.id, ...preferences },
    });
}
