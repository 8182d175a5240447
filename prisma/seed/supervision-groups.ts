// Demo data for group supervision: Carlos and Isabelle Moreau are supervisors; last month Carlos led
// a session whose attendance is recorded (two coaches attended, one did not); Isabelle leads one in
// ten days with Carlos and two colleagues registered, and Carlos leads another in about three weeks.
// Dates follow `today`; the same calendar day gives the same rows, and a second run changes nothing.
import { localTimeToInstant } from "../../lib/domain/session-schedule";
import { heldOnOf } from "../../lib/domain/supervision-groups";
import { addMonths, lastMonth, monthStart } from "../../lib/domain/supervision";
import type { Prisma } from "../../lib/generated/prisma/client";
import { emailFor, startOfUtcDay } from "./data";
import { CARLOS } from "./story";

type Tx = Prisma.TransactionClient;

const DAY = 86_400_000;
const ZONE = "Europe/Zurich";
const ISABELLE = emailFor("Isabelle Moreau");
/** Coaches who may take part in the past session (those with an attended record that month are chosen). */
const COLLEAGUES = ["Rahul Mehta", "Ngozi Eze", "Olena Kovalenko", "Fatima Al-Sayed", "Grace Wanjiru"].map(emailFor);

const two = (n: number) => String(n).padStart(2, "0");
const local = (d: Date, hour: number) =>
  `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}T${two(hour)}:00`;

export async function seedSupervisionGroups(tx: Tx, today: Date): Promise<void> {
  const day = startOfUtcDay(today);
  const coach = (email: string) =>
    tx.matchingProfile.findFirst({
      where: { kind: "coach", status: "approved", user: { email } },
      select: { id: true, userId: true, reviewedAt: true, user: { select: { name: true } } },
    });
  const carlos = await coach(CARLOS);
  const isabelle = await coach(ISABELLE);
  if (!carlos || !isabelle) return;
  for (const s of [carlos, isabelle]) {
    const supervisorSince = s.reviewedAt ?? new Date("2024-01-15T09:00:00Z");
    // Only when it differs (a null column is never "not equal" in SQL, hence the first branch).
    await tx.matchingProfile.updateMany({
      where: { id: s.id, OR: [{ supervisorSince: null }, { supervisorSince: { not: supervisorSince } }] },
      data: { supervisorSince },
    });
  }

  async function session(id: string, data: Omit<Prisma.SupervisionSessionUncheckedCreateInput, "id">) {
    const existing = await tx.supervisionSession.findUnique({ where: { id }, select: { id: true } });
    if (!existing) await tx.supervisionSession.create({ data: { id, ...data } });
    else {
      const { createdAt: _c, ...rest } = data;
      await tx.supervisionSession.updateMany({
        where: { id, NOT: rest as Prisma.SupervisionSessionWhereInput },
        data: rest,
      });
    }
  }
  async function seat(sessionId: string, coachProfileId: string, registeredAt: Date) {
    const where = { sessionId_coachProfileId: { sessionId, coachProfileId } };
    const existing = await tx.supervisionRegistration.findUnique({ where, select: { id: true } });
    if (!existing) await tx.supervisionRegistration.create({ data: { sessionId, coachProfileId, registeredAt } });
    else
      await tx.supervisionRegistration.updateMany({
        where: { id: existing.id, NOT: { registeredAt, cancelledAt: null } },
        data: { registeredAt, cancelledAt: null },
      });
  }

  // Last month, the 27th at 14:00 in Geneva, led by Carlos.
  const month = lastMonth(today);
  const pastDay = new Date(Date.UTC(month.year, month.month, 27));
  const pastStart = localTimeToInstant(local(pastDay, 14), ZONE)!;
  const heldOn = heldOnOf(pastStart, ZONE);
  const candidates = [];
  for (const email of COLLEAGUES) {
    const c = await coach(email);
    if (!c) continue;
    const attendedThatMonth = await tx.supervisionRecord.count({
      where: {
        coachProfileId: c.id,
        attended: true,
        source: "self",
        heldOn: { gte: monthStart(month), lt: monthStart(addMonths(month, 1)) },
      },
    });
    // Only coaches whose month already counts as attended: the story's attendance figures stay as they are.
    if (attendedThatMonth > 0) candidates.push(c);
  }
  const past = candidates.slice(0, 3);
  await session("seed_supervision_past", {
    startsAt: pastStart,
    durationMinutes: 90,
    timeZone: ZONE,
    supervisorUserId: carlos.userId,
    seats: 6,
    meetingLink: "https://meet.example.org/binome-supervision",
    status: "held",
    attendanceRecordedAt: new Date(pastStart.getTime() + 2 * 3_600_000),
    createdAt: new Date(pastStart.getTime() - 20 * DAY),
  });
  for (const [i, c] of past.entries()) {
    await seat("seed_supervision_past", c.id, new Date(pastStart.getTime() - (15 - i) * DAY));
    const record = {
      supervisor: carlos.user.name ?? CARLOS,
      attended: i < 2,
      source: "group" as const,
      supervisionSessionId: "seed_supervision_past",
    };
    const existing = await tx.supervisionRecord.findUnique({
      where: { coachProfileId_heldOn: { coachProfileId: c.id, heldOn } },
      select: { id: true },
    });
    if (!existing) await tx.supervisionRecord.create({ data: { coachProfileId: c.id, heldOn, ...record } });
    else await tx.supervisionRecord.updateMany({ where: { id: existing.id, NOT: record }, data: record });
  }

  // In ten days at 15:00 in Geneva, led by Isabelle: Carlos and two colleagues registered.
  const nextStart = localTimeToInstant(local(new Date(day.getTime() + 10 * DAY), 15), ZONE)!;
  await session("seed_supervision_next", {
    startsAt: nextStart,
    durationMinutes: 90,
    timeZone: ZONE,
    supervisorUserId: isabelle.userId,
    seats: 8,
    meetingLink: "https://meet.example.org/binome-supervision",
    status: "scheduled",
    attendanceRecordedAt: null,
    createdAt: new Date(day.getTime() - 5 * DAY),
  });
  await seat("seed_supervision_next", carlos.id, new Date(day.getTime() - 3 * DAY));
  for (const [i, c] of candidates.slice(3, 5).entries())
    await seat("seed_supervision_next", c.id, new Date(day.getTime() - (2 - i) * DAY));

  // In 24 days at 10:00 in Geneva, led by Carlos, seats still free.
  await session("seed_supervision_led", {
    startsAt: localTimeToInstant(local(new Date(day.getTime() + 24 * DAY), 10), ZONE)!,
    durationMinutes: 90,
    timeZone: ZONE,
    supervisorUserId: carlos.userId,
    seats: 6,
    meetingLink: null,
    status: "scheduled",
    attendanceRecordedAt: null,
    createdAt: new Date(day.getTime() - 5 * DAY),
  });
  if (past[0]) await seat("seed_supervision_led", past[0].id, new Date(day.getTime() - DAY));
}
