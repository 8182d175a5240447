// One instance is stopped (SIGTERM, as an orchestrator does in a rolling upgrade) in the middle of a
// load of writes through the load balancer: every write that was acknowledged is in the database,
// the stopped instance drains and exits 0 by itself, and the other one keeps serving everything.
// Runs last, alone (tests/scale/playwright.config.ts): instance a is gone afterwards.
import { randomBytes } from "node:crypto";
import { expectCohortCreated, sendCohortForm } from "./cohort-form";
import {
  expect,
  instance,
  instanceLog,
  isRunning,
  named,
  PROXY_URL,
  query,
  SERVED_BY,
  signedInContext,
  test,
} from "./scale-fixtures";

/** Writers sending at once, for how long before and after the stop. */
const WRITERS = 4;
const BEFORE_STOP_MS = 4_000;
const AFTER_STOP_MS = 8_000;

type Write = { slug: string; status: number; acknowledged: boolean; servedBy?: string; sentAt: number };

test("stopping instance a mid-load loses no acknowledged write, and b keeps serving", async ({
  browser,
  playwright,
  make,
}) => {
  test.setTimeout(180_000);
  const ade = await make.staff("Ade Okafor", { roles: ["programme_admin"] });
  const programme = await make.programme({ nameEn: named("Scale Load Programme") });
  const tag = randomBytes(3).toString("hex");

  // The cohort form's action, sent once by Chromium: the request the writers then send again and
  // again, each time for a new cohort, as many browsers would.
  const context = await signedInContext(browser, ade);
  let action: { url: string; headers: Record<string, string>; body: unknown[] };
  try {
    const page = await context.newPage();
    await page.goto(`/admin/programmes/${programme.slug}/cohorts/new`);
    const sent = await sendCohortForm(page, { slug: `load-${tag}-first`, name: `Load ${tag} first` });
    await expectCohortCreated(page, `Load ${tag} first`);
    const headers = await sent.allHeaders();
    const session = (await context.cookies()).find((c) => c.name === "next-auth.session-token")!;
    headers.cookie ??= `${session.name}=${session.value}`;
    for (const name of ["content-length", "host", "connection", ":method", ":path", ":authority", ":scheme"])
      delete headers[name];
    const body = JSON.parse(sent.postData() ?? "null");
    expect(Array.isArray(body), "the action's arguments are sent as JSON").toBe(true);
    action = { url: sent.url(), headers, body };
  } finally {
    await context.close();
  }

  const client = await playwright.request.newContext({ baseURL: PROXY_URL });
  const writes: Write[] = [];
  let stopAt = Number.POSITIVE_INFINITY;
  const started = Date.now();
  const until = () =>
    stopAt === Number.POSITIVE_INFINITY ? started + BEFORE_STOP_MS + AFTER_STOP_MS : stopAt + AFTER_STOP_MS;
  const writer = async (w: number) => {
    for (let i = 0; Date.now() < until(); i++) {
      const slug = `load-${tag}-${w}-${i}`;
      const [args] = action.body as [{ programmeId: string; values: Record<string, unknown> }];
      const body = JSON.stringify([
        { ...args, values: { ...args.values, slug, nameEn: `Load ${slug}`, nameFr: `Charge ${slug}` } },
      ]);
      const write: Write = { slug, status: 0, acknowledged: false, sentAt: Date.now() };
      try {
        const response = await client.post(action.url, { headers: action.headers, data: body, timeout: 60_000 });
        write.status = response.status();
        write.servedBy = response.headers()[SERVED_BY];
        // The action's answer ({ ok: true, … }) in the RSC stream.
        write.acknowledged = write.status === 200 && (await response.text()).includes('"ok":true');
      } catch {
        // No answer: not acknowledged.
      }
      writes.push(write);
    }
  };
  const a = instance("a");
  const load = Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
  await new Promise((r) => setTimeout(r, BEFORE_STOP_MS));
  stopAt = Date.now();
  process.kill(a.pid, "SIGTERM");
  await load;

  try {
    const acknowledged = writes.filter((w) => w.acknowledged);
    const after = acknowledged.filter((w) => w.sentAt > stopAt + 2_000);
    console.log(
      `Writes: ${writes.length} sent, ${acknowledged.length} acknowledged ` +
        `(${acknowledged.filter((w) => w.servedBy === "a").length} by a, ${acknowledged.filter((w) => w.servedBy === "b").length} by b); ` +
        `not acknowledged: ${JSON.stringify(writes.filter((w) => !w.acknowledged).map((w) => w.status))}.`,
    );
    expect(acknowledged.some((w) => w.servedBy === "a" && w.sentAt < stopAt)).toBe(true);
    // After the stop, the load balancer sends everything to b, which acknowledges it.
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((w) => w.servedBy === "b")).toBe(true);

    // Every acknowledged write is in the database.
    const stored = await query<{ slug: string }>(`select slug from "Cohort" where "programmeId" = $1`, [programme.id]);
    const slugs = new Set(stored.map((s) => s.slug));
    expect(acknowledged.filter((w) => !slugs.has(w.slug)).map((w) => w.slug)).toEqual([]);

    // Instance a drained and ended by itself, with 0 (no request cut short).
    await expect.poll(() => isRunning(a.pid), { timeout: 60_000 }).toBe(false);
    const done = instanceLog("a").find((l) => l.event === "shutdown.done");
    expect(done).toMatchObject({ unfinished: 0 });

    // b serves every page now.
    for (let i = 0; i < 6; i++) {
      const response = await client.get("/signin");
      expect(response.status()).toBe(200);
      expect(response.headers()[SERVED_BY]).toBe("b");
    }
  } finally {
    await client.dispose();
  }
});
