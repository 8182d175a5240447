import "server-only";
// The background job (lib/server/jobs.ts) that keeps credentials current: reminders to the coach and
// to HR reviewers before a credential expires (once per expiry date and threshold), and the lapse of
// those whose expiry day is over (no longer listed until HR approves a renewal). Safe in several
// instances at once: a reminder is claimed by inserting its row under a unique key (the second
// instance's insert waits for the first's commit, then skips), a lapse by a conditional update.
import type { Db } from "../../db/client";
import { dayOf, lapseCutoff, reminderDue, reminderWindow } from "../../domain/credential-expiry";
import {
  credentialExpiringEmail,
  credentialExpiringHrEmail,
  credentialLapsedEmail,
} from "../../email/credential-renewal-emails";
import { queueEmail } from "../../email/outbox";
import { appUrl } from "../app-url";
import { audit } from "../audit";
import { kickOutbox } from "../outbox-worker";
import { recipient, recipientSelect } from "../recipients";

/** Undoes a claimed reminder whose profile changed meanwhile (nothing is sent). */
class Rollback extends Error {}

const coachSelect = { select: { ...recipientSelect, disabledAt: true } } as const;

export async function sendCredentialReminders(prisma: Db, now: Date = new Date()): Promise<{ reminded: number }> {
  const { from, until } = reminderWindow(now);
  const candidates = await prisma.matchingProfile.findMany({
    where: {
      kind: "coach",
      status: "approved",
      credentialLapsedAt: null,
      credentialExpiresOn: { gte: from, lte: until },
      user: { disabledAt: null },
    },
    select: {
      id: true,
      credentialExpiresOn: true,
      credentialReminders: { select: { expiresOn: true, daysBefore: true } },
    },
  });
  let reminded = 0;
  for (const c of candidates) {
    const expiresOn = c.credentialExpiresOn!;
    const sent = c.credentialReminders
      .filter((r) => r.expiresOn.getTime() === expiresOn.getTime())
      .map((r) => r.daysBefore);
    const threshold = reminderDue(expiresOn, now, sent);
    if (threshold === null) continue;
    const done = await prisma
      .$transaction(async (tx) => {
        // The claim: one row per (profile, expiry, threshold); a second instance inserts nothing.
        const { count } = await tx.credentialReminder.createMany({
          data: [{ coachProfileId: c.id, expiresOn, daysBefore: threshold, sentAt: now }],
          skipDuplicates: true,
        });
        if (count !== 1) return false;
        // Read again inside the transaction: the expiry may have changed since the candidates were listed.
        const profile = await tx.matchingProfile.findUnique({
          where: { id: c.id },
          select: { credentialExpiresOn: true, status: true, user: coachSelect },
        });
        if (!profile || profile.status !== "approved" || profile.credentialExpiresOn?.getTime() !== expiresOn.getTime())
          throw new Rollback();
        const days = Math.round((expiresOn.getTime() - dayOf(now).getTime()) / 86_400_000);
        const coachName = profile.user.name ?? profile.user.email;
        await queueEmail(
          tx,
          credentialExpiringEmail(recipient(profile.user), {
            expiresOn,
            days,
            profileUrl: appUrl("/coach/profile#renewal"),
          }),
        );
        const reviewers = await tx.user.findMany({
          where: { disabledAt: null, roles: { some: { role: "hr_reviewer" } } },
          select: recipientSelect,
          orderBy: { id: "asc" },
        });
        for (const r of reviewers)
          await queueEmail(
            tx,
            credentialExpiringHrEmail(recipient(r), {
              coachName,
              expiresOn,
              days,
              reviewUrl: appUrl(`/hr/credentials/${c.id}`),
            }),
          );
        await audit(tx, {
          actorId: null,
          action: "credential.remind",
          targetType: "MatchingProfile",
          targetId: c.id,
          data: { expiresOn: expiresOn.toISOString().slice(0, 10), daysBefore: threshold },
        });
        return true;
      })
      .catch((error: unknown) => {
        if (error instanceof Rollback) return false;
        throw error;
      });
    if (done) reminded++;
  }
  if (reminded > 0) void kickOutbox();
  return { reminded };
}

/** Approved coaches whose expiry day is over: marked lapsed (no longer listed), told once. */
export async function lapseExpiredCredentials(prisma: Db, now: Date = new Date()): Promise<{ lapsed: number }> {
  const cutoff = lapseCutoff(now);
  const candidates = await prisma.matchingProfile.findMany({
    where: { kind: "coach", status: "approved", credentialLapsedAt: null, credentialExpiresOn: { lt: cutoff } },
    select: { id: true },
  });
  let lapsed = 0;
  for (const c of candidates) {
    const done = await prisma.$transaction(async (tx) => {
      const { count } = await tx.matchingProfile.updateMany({
        where: { id: c.id, status: "approved", credentialLapsedAt: null, credentialExpiresOn: { lt: cutoff } },
        data: { credentialLapsedAt: now },
      });
      if (count !== 1) return false;
      const profile = await tx.matchingProfile.findUniqueOrThrow({
        where: { id: c.id },
        select: { credentialExpiresOn: true, user: coachSelect },
      });
      if (!profile.user.disabledAt)
        await queueEmail(
          tx,
          credentialLapsedEmail(recipient(profile.user), {
            expiresOn: profile.credentialExpiresOn!,
            profileUrl: appUrl("/coach/profile#renewal"),
          }),
        );
      await audit(tx, {
        actorId: null,
        action: "credential.lapse",
        targetType: "MatchingProfile",
        targetId: c.id,
        data: { expiresOn: profile.credentialExpiresOn!.toISOString().slice(0, 10) },
      });
      return true;
    });
    if (done) lapsed++;
  }
  if (lapsed > 0) void kickOutbox();
  return { lapsed };
}
