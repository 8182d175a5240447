import "server-only";
import type { Db } from "../../db/client";
import { seatOfferLapsedEmail } from "../../email/enrolment-emails";
import { queueEmail } from "../../email/outbox";
import { appUrl } from "../app-url";
import { lockCohort } from "../db/locks";
import { markWithdrawn, offerNextSeats } from "./offer-next-seat";

/**
 * The background job (lib/server/jobs.ts): seat offers past their deadline lapse (status
 * withdrawn, audit "enrolment.offer-lapsed", a short e-mail) and each seat is offered to the next
 * person on the waiting list. One transaction per cohort, under its lock, so it is safe to run
 * in several processes at once. Returns how many offers lapsed. The caller kicks the outbox.
 */
export async function expireSeatOffers(prisma: Db, now: Date): Promise<number> {
  const due = await prisma.cohortEnrolment.findMany({
    where: { status: "offered", offerExpiresAt: { lte: now } },
    distinct: ["cohortId"],
    select: { cohortId: true },
  });
  let lapsed = 0;
  for (const { cohortId } of due) {
    lapsed += await prisma.$transaction(
      async (tx) => {
        if (!(await lockCohort(tx, cohortId))) return 0;
        // Read again under the lock: the person may have answered meanwhile.
        const offers = await tx.cohortEnrolment.findMany({
          where: { cohortId, status: "offered", offerExpiresAt: { lte: now } },
          select: {
            id: true,
            cohortId: true,
            status: true,
            user: { select: { email: true, name: true, preferredLanguage: true } },
            cohort: {
              select: { nameEn: true, nameFr: true, programme: { select: { slug: true, nameEn: true, nameFr: true } } },
            },
          },
        });
        for (const offer of offers) {
          await markWithdrawn(tx, offer, now, null, "enrolment.offer-lapsed");
          const { programme } = offer.cohort;
          await queueEmail(
            tx,
            seatOfferLapsedEmail(
              { to: offer.user.email, name: offer.user.name, locale: offer.user.preferredLanguage },
              { programme, cohort: offer.cohort, url: appUrl(`/programmes/${programme.slug}`) },
            ),
          );
        }
        await offerNextSeats(tx, cohortId, now, null);
        return offers.length;
      },
      { maxWait: 10_000, timeout: 20_000 },
    );
  }
  return lapsed;
}
