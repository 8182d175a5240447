// Demo data for the fit check and the relationship pulse (lib/domain/fit-check.ts,
// lib/domain/relationship-pulse.ts), so that the cohort dashboards show them:
// - the current coaching cohort: Amina and Carlos, and Abebe and Kwame, both said after their
//   introduction that the pairing fits; Valentina's first pairing, with Olena, ended after the
//   introduction as not a fit (her comment is hers alone) — she then asked other coaches (her
//   open request in story.ts), keeping her seat. Fit rate: two pairs out of three.
// - Mei Lin is coached by Fatima this season; their session 3 is held, so the midway pulse is open
//   for both on their engagement page.
// - the 2023 pilot: the four pairings that ran to the end each answered the pulse midway, eight
//   answers, so the dashboard shows the aggregate (each side has four: not shown apart).
// Rows have stable ids; a second run changes nothing.
import { AGREEMENT_VERSIONS, agreementRole, hasCharterAnnex } from "../../lib/domain/engagement-agreement";
import { COMMITMENTS_VERSION } from "../../lib/domain/commitments";
import { sessionPlan } from "../../lib/domain/session-plans";
import type { Prisma } from "../../lib/generated/prisma/client";
import { startOfUtcDay } from "./data";
import { storyId } from "./story";

type Tx = Prisma.TransactionClient;
const DAY = 86_400_000;

export async function seedFitAndPulse(tx: Tx, today: Date): Promise<void> {
  const day = startOfUtcDay(today);
  const at = (days: number, hour = 14) => new Date(day.getTime() + days * DAY + hour * 3_600_000);
  const engagementOf = (label: string) =>
    tx.engagement.findUnique({
      where: { id: storyId(`${label}/engagement`) },
      select: {
        id: true,
        seekerId: true,
        programmeId: true,
        cohortId: true,
        profileId: true,
        profile: { select: { userId: true } },
        sessions: { orderBy: { position: "asc" }, select: { position: true, completedAt: true } },
      },
    });
  const amina = await engagementOf("amina-carlos");
  if (!amina?.cohortId) return;

  // --- the fit check in the current cohort -----------------------------------------------------
  const fitAnswers: Prisma.EngagementFitAnswerCreateManyInput[] = [];
  for (const label of ["amina-carlos", "abebe-kwame"]) {
    const e = await engagementOf(label);
    const intro = e?.sessions[0]?.completedAt;
    if (!e || !intro) continue;
    fitAnswers.push(
      {
        id: storyId(`${label}/fit/client`),
        engagementId: e.id,
        userId: e.seekerId,
        fits: true,
        answeredAt: new Date(intro.getTime() + 3 * 3_600_000),
      },
      {
        id: storyId(`${label}/fit/coach`),
        engagementId: e.id,
        userId: e.profile.userId,
        fits: true,
        answeredAt: new Date(intro.getTime() + 20 * 3_600_000),
      },
    );
  }

  const steps = sessionPlan("coaching").steps;
  const olena = await engagementOf("pilot-oleksandr-olena");
  const fatima = await engagementOf("pilot-noor-fatima");
  const valentina = await tx.user.findUnique({ where: { email: "valentina.cruz@example.org" }, select: { id: true } });
  const mei = await tx.user.findUnique({ where: { email: "mei.lin@example.org" }, select: { id: true } });

  // Valentina and Olena: introduction held 22 days ago, ended as not a fit the day after.
  if (olena && valentina) {
    const id = storyId("valentina-olena/engagement");
    const started = at(-30, 9);
    const endedAt = at(-21, 8);
    await tx.engagement.upsert({
      where: { id },
      update: {},
      create: {
        id,
        programmeId: amina.programmeId,
        cohortId: amina.cohortId,
        profileId: olena.profileId,
        seekerId: valentina.id,
        status: "ended",
        startedAt: started,
        endedAt,
        endedById: valentina.id,
        endedAsNotAFit: true,
      },
    });
    await tx.engagementSession.createMany({
      skipDuplicates: true,
      data: steps.map((s, i) => ({
        id: storyId(`valentina-olena/session/${i + 1}`),
        engagementId: id,
        position: i + 1,
        stepKey: s.key,
        durationMinutes: s.durationMinutes,
        suggestedAt: new Date(started.getTime() + (7 + 28 * i) * DAY),
        ...(i === 0
          ? {
              status: "completed" as const,
              startsAt: at(-22),
              timeZone: "America/Santiago",
              mode: "video" as const,
              completedAt: at(-22, 15),
              completedById: olena.profile.userId,
            }
          : { status: "cancelled" as const, cancelledAt: endedAt }),
      })),
    });
    fitAnswers.push({
      id: storyId("valentina-olena/fit/client"),
      engagementId: id,
      userId: valentina.id,
      fits: false,
      comment: "We did not click: I need someone more direct about presentations.",
      answeredAt: endedAt,
    });
  }
  await tx.engagementFitAnswer.createMany({ data: fitAnswers, skipDuplicates: true });

  // --- Mei Lin and Fatima: session 3 held, the pulse open for both ------------------------------
  if (fatima && mei) {
    const id = storyId("mei-fatima/engagement");
    const started = at(-110, 9);
    await tx.engagement.upsert({
      where: { id },
      update: {},
      create: {
        id,
        programmeId: amina.programmeId,
        cohortId: amina.cohortId,
        profileId: fatima.profileId,
        seekerId: mei.id,
        status: "active",
        startedAt: started,
      },
    });
    const held = [-100, -72, -44, -16];
    await tx.engagementSession.createMany({
      skipDuplicates: true,
      data: steps.map((s, i) => ({
        id: storyId(`mei-fatima/session/${i + 1}`),
        engagementId: id,
        position: i + 1,
        stepKey: s.key,
        durationMinutes: s.durationMinutes,
        suggestedAt: i < held.length ? at(held[i]) : at(-16 + 28 * (i - held.length + 1)),
        ...(i < held.length
          ? {
              status: "completed" as const,
              startsAt: at(held[i]),
              timeZone: "America/New_York",
              mode: "video" as const,
              completedAt: at(held[i], 15),
              completedById: fatima.profile.userId,
            }
          : { status: "planned" as const }),
      })),
    });
    await tx.engagementFitAnswer.createMany({
      skipDuplicates: true,
      data: [
        { id: storyId("mei-fatima/fit/client"), engagementId: id, userId: mei.id, fits: true, answeredAt: at(-99) },
        {
          id: storyId("mei-fatima/fit/coach"),
          engagementId: id,
          userId: fatima.profile.userId,
          fits: true,
          answeredAt: at(-99),
        },
      ],
    });
    await tx.engagementAgreementAcceptance.createMany({
      skipDuplicates: true,
      data: (["seeker", "provider"] as const).map((side) => ({
        id: `${id}-agreement-${side}`,
        engagementId: id,
        userId: side === "seeker" ? mei.id : fatima.profile.userId,
        role: agreementRole("coaching", side),
        version: AGREEMENT_VERSIONS.coaching,
        commitmentsVersion: hasCharterAnnex("coaching") ? COMMITMENTS_VERSION : null,
        acceptedAt: new Date(started.getTime() + (side === "seeker" ? 40 : 95) * 60_000),
      })),
    });
  }

  // --- the pilot: the pulse answered midway by both people of the four full pairings ------------
  const pulses: Prisma.RelationshipPulseCreateManyInput[] = [];
  const scores: Record<string, [number, number]> = {
    "pilot-joseph-carlos": [5, 4],
    "pilot-mei-isabelle": [4, 4],
    "pilot-sebastian-rahul": [3, 4],
    "pilot-aisha-ngozi": [5, 5],
  };
  for (const [label, [client, coach]] of Object.entries(scores)) {
    const e = await engagementOf(label);
    const midway = e?.sessions[3]?.completedAt;
    if (!e || !midway) continue;
    pulses.push(
      {
        id: storyId(`${label}/pulse/client`),
        engagementId: e.id,
        userId: e.seekerId,
        role: "client",
        score: client,
        answeredAt: new Date(midway.getTime() + 2 * DAY),
      },
      {
        id: storyId(`${label}/pulse/coach`),
        engagementId: e.id,
        userId: e.profile.userId,
        role: "coach",
        score: coach,
        answeredAt: new Date(midway.getTime() + DAY),
      },
    );
  }
  await tx.relationshipPulse.createMany({ data: pulses, skipDuplicates: true });
}
