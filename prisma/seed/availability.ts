// Demo data for booking: Carlos offers Tuesday and Thursday mornings (09:00–12:00, Geneva time) and
// is away for a few days in about two weeks; his bookings are scheduled without confirmation. Dates
// follow `today`; the same calendar day gives the same rows, and a second run changes nothing.
import type { Prisma } from "../../lib/generated/prisma/client";
import { startOfUtcDay } from "./data";
import { CARLOS } from "./story";

type Tx = Prisma.TransactionClient;

const DAY = 86_400_000;
const ZONE = "Europe/Zurich";
const MORNINGS = [2, 4].map((weekday) => ({ weekday, startMinute: 9 * 60, endMinute: 12 * 60 }));
const AWAY_ID = "seed_availability_carlos_away";

export async function seedAvailability(tx: Tx, today: Date): Promise<void> {
  const carlos = await tx.matchingProfile.findFirst({
    where: { kind: "coach", user: { email: CARLOS } },
    select: { id: true },
  });
  if (!carlos) return;
  const rules = await tx.availabilityRule.findMany({
    where: { profileId: carlos.id },
    select: { weekday: true, startMinute: true, endMinute: true, timeZone: true },
  });
  const same =
    rules.length === MORNINGS.length &&
    MORNINGS.every((m) =>
      rules.some(
        (r) =>
          r.weekday === m.weekday &&
          r.startMinute === m.startMinute &&
          r.endMinute === m.endMinute &&
          r.timeZone === ZONE,
      ),
    );
  if (!same) {
    await tx.availabilityRule.deleteMany({ where: { profileId: carlos.id } });
    await tx.availabilityRule.createMany({
      data: MORNINGS.map((m) => ({ ...m, profileId: carlos.id, timeZone: ZONE })),
    });
  }
  const firstDay = new Date(startOfUtcDay(today).getTime() + 14 * DAY);
  const lastDay = new Date(firstDay.getTime() + 4 * DAY);
  const away = { profileId: carlos.id, firstDay, lastDay, reason: "Congés annuels" };
  const existing = await tx.availabilityException.findUnique({ where: { id: AWAY_ID }, select: { id: true } });
  if (!existing) await tx.availabilityException.create({ data: { id: AWAY_ID, ...away } });
  else await tx.availabilityException.updateMany({ where: { id: AWAY_ID, NOT: away }, data: away });
}
