// Demo data for goals and the action plan: Amina (client) and Carlos (coach) — two goals of Amina's,
// one shared with Carlos and one she keeps private, and the actions agreed in sessions 1 and 2: one
// done, one overdue, the others open (carried to the next session). Dates follow `today`; rows have
// stable ids, and a second run changes nothing a person has not changed.
import type { Prisma } from "../../lib/generated/prisma/client";
import { startOfUtcDay } from "./data";
import { storyId } from "./story";

type Tx = Prisma.TransactionClient;
const DAY = 86_400_000;

export async function seedActionPlan(tx: Tx, today: Date): Promise<void> {
  const engagementId = storyId("amina-carlos/engagement");
  const engagement = await tx.engagement.findUnique({
    where: { id: engagementId },
    select: { id: true, seekerId: true, profile: { select: { userId: true } } },
  });
  if (!engagement) return;
  const sessions = await tx.engagementSession.findMany({
    where: { engagementId, position: { in: [1, 2] } },
    orderBy: { position: "asc" },
    select: { id: true, position: true, startsAt: true },
  });
  const [first, second] = sessions;
  if (!first?.startsAt || !second?.startsAt) return;
  const amina = engagement.seekerId;
  const carlos = engagement.profile.userId;
  const day = startOfUtcDay(today);

  const goals: Prisma.EngagementGoalUncheckedCreateInput[] = [
    {
      id: storyId("amina-carlos/goal/1"),
      engagementId,
      authorId: amina,
      text: "Delegate the weekly reporting and step back from day-to-day follow-up, to make room for the team's priorities.",
      sharedAt: first.startsAt,
      createdAt: first.startsAt,
    },
    {
      id: storyId("amina-carlos/goal/2"),
      engagementId,
      authorId: amina,
      text: "Decide by the end of the engagement whether to apply for a P4 post in another entity.",
      sharedAt: null,
      createdAt: first.startsAt,
    },
  ];
  const actions: Prisma.EngagementActionUncheckedCreateInput[] = [
    {
      id: storyId("amina-carlos/action/1"),
      engagementId,
      sessionId: first.id,
      text: "Ask two colleagues how they experience my way of delegating.",
      owner: "client",
      dueOn: new Date(first.startsAt.getTime() + 14 * DAY),
      doneAt: new Date(first.startsAt.getTime() + 10 * DAY),
      doneById: amina,
      createdById: amina,
      createdAt: first.startsAt,
    },
    {
      id: storyId("amina-carlos/action/2"),
      engagementId,
      sessionId: first.id,
      text: "List the three decisions I keep for myself and why.",
      owner: "client",
      dueOn: new Date(day.getTime() - 5 * DAY),
      createdById: carlos,
      createdAt: first.startsAt,
    },
    {
      id: storyId("amina-carlos/action/3"),
      engagementId,
      sessionId: second.id,
      text: "Hand the weekly report over to a team member, with a short handover note.",
      owner: "client",
      dueOn: new Date(day.getTime() + 10 * DAY),
      createdById: amina,
      createdAt: second.startsAt,
    },
    {
      id: storyId("amina-carlos/action/4"),
      engagementId,
      sessionId: second.id,
      text: "Send Amina the article on situational leadership.",
      owner: "coach",
      dueOn: new Date(day.getTime() + 3 * DAY),
      createdById: carlos,
      createdAt: second.startsAt,
    },
  ];
  // Written once; what the demo's people change afterwards stays (their own plan), except the
  // dates, which follow today so that the overdue action stays overdue.
  for (const goal of goals) {
    const found = await tx.engagementGoal.findUnique({ where: { id: goal.id }, select: { id: true } });
    if (!found) await tx.engagementGoal.create({ data: goal });
  }
  for (const action of actions) {
    const found = await tx.engagementAction.findUnique({ where: { id: action.id }, select: { dueOn: true } });
    if (!found) await tx.engagementAction.create({ data: action });
    else if (action.dueOn && found.dueOn?.getTime() !== (action.dueOn as Date).getTime())
      await tx.engagementAction.update({ where: { id: action.id }, data: { dueOn: action.dueOn } });
  }
}
