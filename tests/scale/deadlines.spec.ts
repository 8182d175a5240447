// Both instances run the timed jobs (lib/server/jobs.ts, every JOBS_INTERVAL_SECONDS) on the one database: every
// deadline is processed once. Seat offers past their deadline lapse once each (one audit row, one
// e-mail), and coach requests past their answer date lapse once each (one audit row; the client's
// e-mail once), though both job tickers pass over them.
import { randomBytes } from "node:crypto";
import { expect, mailReceived, named, query, test } from "./scale-fixtures";

const DEADLINES = 4;
/** Each instance's job ticker period (scripts/test-scale.ts sets it): wait that long after the first pass, plus a margin. */
const TICK_MS = Number(process.env.JOBS_INTERVAL_SECONDS ?? 60) * 1000;

test("seat offers and coach requests past their deadline lapse once each, with both job tickers running", async ({
  make,
}) => {
  test.setTimeout(240_000);
  const tag = randomBytes(3).toString("hex");
  const past = new Date(Date.now() - 60_000);
  const programme = await make.programme({ nameEn: named("Scale Deadlines Programme") });

  // Seat offers, one per cohort (one seat, nobody waiting: the lapsed seat is offered to no one).
  const offers: { enrolmentId: string; email: string }[] = [];
  for (let i = 0; i < DEADLINES; i++) {
    const cohort = await make.cohort({ programmeId: programme.id, slug: `deadline-${tag}-${i}`, seats: 1 });
    const person = await make.staff("Offer Holder");
    const enrolment = await make.enrol({
      cohortId: cohort.id,
      userId: person.id,
      role: "client",
      status: "offered",
      offeredAt: new Date(Date.now() - 3 * 24 * 3600_000),
      offerExpiresAt: past,
    });
    offers.push({ enrolmentId: enrolment.id, email: person.email });
  }

  // Coach requests whose one choice was due a minute ago.
  const cohort = await make.cohort({ programmeId: programme.id, slug: `deadline-${tag}-requests` });
  const coach = await make.coach({ name: named("Carlos Mendes"), capacity: 10 });
  const choices: { choiceId: string; email: string }[] = [];
  for (let i = 0; i < DEADLINES; i++) {
    const client = await make.staff("Amina Diallo", { roles: ["client"], enrolIn: cohort.id });
    const request = await make.request({
      programmeId: programme.id,
      cohortId: cohort.id,
      seekerId: client.id,
      choices: [
        {
          profileId: coach.profileId,
          status: "pending",
          askedAt: new Date(Date.now() - 6 * 24 * 3600_000),
          dueAt: past,
        },
      ],
    });
    choices.push({ choiceId: request.choices[0].id, email: client.email });
  }
  const created = Date.now();

  // The first pass of either ticker lapses them all…
  await expect
    .poll(
      async () => {
        const [{ n }] = await query<{ n: number }>(
          `select (select count(*) from "CohortEnrolment" where id = any($1) and status = 'withdrawn')
                + (select count(*) from "MatchRequestChoice" where id = any($2) and status = 'lapsed') as n`,
          [offers.map((o) => o.enrolmentId), choices.map((c) => c.choiceId)],
        );
        return Number(n);
      },
      { timeout: TICK_MS + 30_000, intervals: [2_000] },
    )
    .toBe(2 * DEADLINES);
  // …and once both tickers have passed again, each one still lapsed once.
  await new Promise((r) => setTimeout(r, Math.max(0, created + TICK_MS + 10_000 - Date.now())));

  const audits = await query<{ targetId: string; action: string }>(
    `select "targetId", action from "AuditLog" where "targetId" = any($1) and action in ('enrolment.offer-lapsed', 'request.choice.lapse')`,
    [[...offers.map((o) => o.enrolmentId), ...choices.map((c) => c.choiceId)]],
  );
  expect(
    audits
      .filter((a) => a.action === "enrolment.offer-lapsed")
      .map((a) => a.targetId)
      .sort(),
  ).toEqual(offers.map((o) => o.enrolmentId).sort());
  expect(
    audits
      .filter((a) => a.action === "request.choice.lapse")
      .map((a) => a.targetId)
      .sort(),
  ).toEqual(choices.map((c) => c.choiceId).sort());

  // E-mail: one to each person whose offer lapsed; each client's, once; each delivered once.
  const addresses = [...offers, ...choices].map((x) => x.email);
  const queued = await query<{ to: string; n: number }>(
    `select "to", count(*)::int as n from "OutboxEmail" where "to" = any($1) group by "to"`,
    [addresses],
  );
  expect(queued.map((q) => [q.to, q.n]).sort()).toEqual(addresses.map((a) => [a, 1]).sort());
  await expect
    .poll(() => mailReceived().filter((m) => m.to.some((to) => addresses.includes(to))).length, { timeout: 30_000 })
    .toBe(addresses.length);
  const received = mailReceived().flatMap((m) => m.to.filter((to) => addresses.includes(to)));
  expect(received.sort()).toEqual([...addresses].sort());
});
