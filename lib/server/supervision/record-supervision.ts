import "server-only";
import { TZDate } from "@date-fns/tz";
import type { Db } from "../../db/client";
import { can, type Actor } from "../../domain/roles";
import { isKnownTimeZone } from "../../domain/session-schedule";
import { checkSupervisionDate, MAX_SUPERVISOR } from "../../domain/supervision";
import { Prisma } from "../../generated/prisma/client";
import { audit } from "../audit";
import { DomainError } from "../errors";

/** Today's calendar date in a person's time zone, as UTC midnight (the form's dates are calendar dates). */
export function localToday(now: Date, timeZone: string): Date {
  const d = new TZDate(now.getTime(), isKnownTimeZone(timeZone) ? timeZone : "UTC");
  return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
}

/** "2026-10-14" → UTC midnight of that day, or null when it is not a real date. */
export function calendarDate(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCDate() === Number(m[3]) && d.getUTCMonth() === Number(m[2]) - 1 ? d : null;
}

/** A coach records a supervision session held outside Binôme: the date, the supervisor, and whether they attended. */
export async function recordSupervision(
  prisma: Db,
  actor: Actor,
  input: { heldOn: string; supervisor: string; attended: boolean },
  now: Date = new Date(),
): Promise<{ recordId: string }> {
  if (!can(actor.roles, "record:supervision:own")) throw new DomainError("forbidden");
  const supervisor = input.supervisor.trim();
  if (!supervisor) throw new DomainError("supervisorRequired");
  if (supervisor.length > MAX_SUPERVISOR) throw new DomainError("textTooLong");
  const heldOn = calendarDate(input.heldOn);
  if (!heldOn) throw new DomainError("supervisionDateRequired");
  const profile = await prisma.matchingProfile.findUnique({
    where: { userId_kind: { userId: actor.id, kind: "coach" } },
    select: { id: true, user: { select: { timeZone: true } } },
  });
  if (!profile) throw new DomainError("forbidden");
  const check = checkSupervisionDate(heldOn, localToday(now, profile.user.timeZone));
  if (!check.ok) throw new DomainError(check.error);
  try {
    return await prisma.$transaction(async (tx) => {
      const row = await tx.supervisionRecord.create({
        data: { coachProfileId: profile.id, heldOn, supervisor, attended: input.attended, source: "self" },
        select: { id: true },
      });
      await audit(tx, {
        actorId: actor.id,
        action: "supervision.record",
        targetType: "SupervisionRecord",
        targetId: row.id,
        data: { heldOn: input.heldOn, attended: input.attended },
      });
      return { recordId: row.id };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new DomainError("supervisionDuplicate");
    throw error;
  }
}

/** A coach deletes one of their own records (a mistake); anyone else's is "not found". */
export async function deleteSupervisionRecord(prisma: Db, actor: Actor, input: { recordId: string }): Promise<void> {
  if (!can(actor.roles, "record:supervision:own")) throw new DomainError("forbidden");
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.supervisionRecord.deleteMany({
      // A record written from a group session's attendance is the supervisor's to correct.
      where: { id: input.recordId, coachProfile: { userId: actor.id }, source: "self" },
    });
    if (count !== 1) throw new DomainError("notFound");
    await audit(tx, {
      actorId: actor.id,
      action: "supervision.delete",
      targetType: "SupervisionRecord",
      targetId: input.recordId,
    });
  });
}
