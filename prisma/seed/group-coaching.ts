// Demo data for group coaching: the peer coaching programme offers it, and Carlos runs a group of
// four clients of the current cohort (Amina among them): its opening session was held ten days ago
// (two members have evaluated it, Amina not yet), its second session is scheduled in three weeks.
// Dates follow `today`; the same calendar day gives the same rows, and a second run changes nothing.
import { GROUP_PLAN } from "../../lib/domain/group-coaching";
import type { Prisma } from "../../lib/generated/prisma/client";
import { PEER_COACHING, startOfUtcDay } from "./data";
import { AMINA, CARLOS } from "./story";

type Tx = Prisma.TransactionClient;

const DAY = 86_400_000;
export const DEMO_GROUP_ID = "seed_group_carlos";
const ZONE = "Europe/Zurich";

export async function seedGroupCoaching(tx: Tx, today: Date): Promise<void> {
  const programme = await tx.programme.findUnique({
    where: { slug: PEER_COACHING },
    select: { id: true, offersGroupCoaching: true },
  });
  const carlos = await tx.matchingProfile.findFirst({
    where: { kind: "coach", user: { email: CARLOS } },
    select: { id: true, userId: true },
  });
  if (!programme || !carlos) return;
  if (!programme.offersGroupCoaching)
    await tx.programme.update({ where: { id: programme.id }, data: { offersGroupCoaching: true } });
  const cohort = await tx.cohort.findFirst({
    where: { programmeId: programme.id, status: { in: ["running", "open"] } },
    orderBy: { startsOn: "desc" },
    select: { id: true },
  });
  if (!cohort) return;

  const day = startOfUtcDay(today);
  const opening = new Date(day.getTime() - 10 * DAY + 12 * 3_600_000); // 13:00 in Geneva in winter
  const second = new Date(day.getTime() + 21 * DAY + 13 * 3_600_000);
  const existing = await tx.coachingGroup.findUnique({ where: { id: DEMO_GROUP_ID }, select: { id: true } });
  if (!existing) {
    await tx.coachingGroup.create({
      data: {
        id: DEMO_GROUP_ID,
        programmeId: programme.id,
        cohortId: cohort.id,
        profileId: carlos.id,
        capacity: 6,
        titleEn: "Leading through change",
        titleFr: "Diriger dans le changement",
        descriptionEn:
          "For colleagues who lead a team through a reorganisation or a new mandate. Each month, members bring a current situation and coach one another, guided by Carlos.",
        descriptionFr:
          "Pour les collègues qui mènent une équipe à travers une réorganisation ou un nouveau mandat. Chaque mois, les membres apportent une situation actuelle et se coachent mutuellement, guidés par Carlos.",
        status: "running",
        meetingUrl: "https://meet.example.org/leading-through-change",
        startedAt: new Date(day.getTime() - 20 * DAY),
        createdAt: new Date(day.getTime() - 30 * DAY),
        sessions: {
          create: GROUP_PLAN.map((step, i) => ({
            id: `${DEMO_GROUP_ID}_${i + 1}`,
            position: i + 1,
            stepKey: step.key,
            durationMinutes: step.durationMinutes,
          })),
        },
      },
    });
  }

  // Four clients of the cohort: Amina, then the first three others (by e-mail) in no other group.
  const enrolled = await tx.cohortEnrolment.findMany({
    where: {
      cohortId: cohort.id,
      role: "client",
      status: "enrolled",
      user: {
        disabledAt: null,
        coachingGroupMemberships: { none: { groupId: { not: DEMO_GROUP_ID } } },
        email: { not: CARLOS },
      },
    },
    select: { userId: true, user: { select: { email: true } } },
    orderBy: { user: { email: "asc" } },
  });
  const amina = enrolled.find((e) => e.user.email === AMINA);
  const members = [...(amina ? [amina] : []), ...enrolled.filter((e) => e !== amina)].slice(0, 4);
  const current = await tx.coachingGroupMember.findMany({
    where: { groupId: DEMO_GROUP_ID },
    select: { userId: true },
  });
  if (current.length === 0)
    await tx.coachingGroupMember.createMany({
      data: members.map((m, i) => ({
        groupId: DEMO_GROUP_ID,
        userId: m.userId,
        joinedAt: new Date(day.getTime() - (25 - i) * DAY),
      })),
    });

  // The opening session held, the second scheduled (the time moves with `today`).
  const held = {
    status: "held" as const,
    startsAt: opening,
    timeZone: ZONE,
    heldAt: new Date(opening.getTime() + 90 * 60_000),
  };
  await tx.coachingGroupSession.updateMany({ where: { id: `${DEMO_GROUP_ID}_1`, NOT: held }, data: held });
  const scheduled = { status: "scheduled" as const, startsAt: second, timeZone: ZONE };
  await tx.coachingGroupSession.updateMany({ where: { id: `${DEMO_GROUP_ID}_2`, NOT: scheduled }, data: scheduled });

  // Two members (not Amina) have evaluated the opening session: too few for Carlos to see figures.
  const memberRows = await tx.coachingGroupMember.findMany({
    where: { groupId: DEMO_GROUP_ID, user: { email: { not: AMINA } } },
    orderBy: { joinedAt: "asc" },
    select: { userId: true },
  });
  await tx.coachingGroupFeedback.createMany({
    data: memberRows.slice(0, 2).map((m, i) => ({
      sessionId: `${DEMO_GROUP_ID}_1`,
      authorId: m.userId,
      usefulness: 5 - i,
      comment: null,
      createdAt: new Date(opening.getTime() + (2 + i) * 3_600_000),
    })),
    skipDuplicates: true,
  });
}
