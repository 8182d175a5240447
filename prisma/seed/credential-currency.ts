// Demo data for keeping credentials current: Carlos's credential expires in 30 days (he sees the
// warning and can upload a renewal), Grace Wanjiru's lapsed last week (she is not in the directory
// until HR approves a renewal; her current clients keep her), and a few hours of continuing
// development. Dates follow `today`; the same calendar day gives the same rows.
import type { Prisma } from "../../lib/generated/prisma/client";
import { defaultExpiry } from "../../lib/domain/credential-expiry";
import { emailFor, startOfUtcDay } from "./data";

type Tx = Prisma.TransactionClient;

const DAY = 86_400_000;

/** Three years before `expiresOn` (the credential's date when it expires then). */
function dateFor(expiresOn: Date): Date {
  return new Date(Date.UTC(expiresOn.getUTCFullYear() - 3, expiresOn.getUTCMonth(), expiresOn.getUTCDate()));
}

export const CREDENTIAL_DEMO = {
  expiringSoon: { email: "carlos.coach@example.org", inDays: 30 },
  lapsed: { email: emailFor("Grace Wanjiru"), daysAgo: 7 },
  development: [
    {
      email: "carlos.coach@example.org",
      daysAgo: 40,
      minutes: 360,
      title: "ICF webinar series: coaching across cultures",
    },
    { email: "carlos.coach@example.org", daysAgo: 95, minutes: 90, title: "Peer supervision group (Geneva)" },
    { email: "carlos.coach@example.org", daysAgo: 200, minutes: 720, title: "Team coaching foundations" },
    { email: emailFor("Isabelle Moreau"), daysAgo: 60, minutes: 180, title: "Atelier de supervision collective" },
  ],
} as const;

export async function seedCredentialCurrency(tx: Tx, today: Date): Promise<void> {
  const day = startOfUtcDay(today);
  const profileOf = async (email: string) =>
    tx.matchingProfile.findFirst({ where: { kind: "coach", user: { email } }, select: { id: true } });

  const soon = await profileOf(CREDENTIAL_DEMO.expiringSoon.email);
  if (soon) {
    const expiresOn = new Date(day.getTime() + CREDENTIAL_DEMO.expiringSoon.inDays * DAY);
    const credentialDate = dateFor(expiresOn);
    const data = { credentialDate, credentialExpiresOn: defaultExpiry(credentialDate), credentialLapsedAt: null };
    // Only when something differs: a second run the same day leaves the row (and its updatedAt) alone.
    await tx.matchingProfile.updateMany({ where: { id: soon.id, NOT: data }, data });
  }
  const lapsed = await profileOf(CREDENTIAL_DEMO.lapsed.email);
  if (lapsed) {
    const expiresOn = new Date(day.getTime() - CREDENTIAL_DEMO.lapsed.daysAgo * DAY);
    const data = {
      credentialDate: dateFor(expiresOn),
      credentialExpiresOn: expiresOn,
      credentialLapsedAt: new Date(expiresOn.getTime() + DAY + 3_600_000),
    };
    await tx.matchingProfile.updateMany({ where: { id: lapsed.id, NOT: data }, data });
  }
  for (const [i, entry] of CREDENTIAL_DEMO.development.entries()) {
    const profile = await profileOf(entry.email);
    if (!profile) continue;
    const row = {
      coachProfileId: profile.id,
      date: new Date(day.getTime() - entry.daysAgo * DAY),
      minutes: entry.minutes,
      title: entry.title,
      createdAt: new Date(day.getTime() - (entry.daysAgo - 1) * DAY),
    };
    await tx.developmentActivity.upsert({
      where: { id: `seed_development_${i}` },
      create: { id: `seed_development_${i}`, ...row },
      update: row,
    });
  }
}
