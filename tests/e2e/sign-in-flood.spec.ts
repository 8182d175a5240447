// A flood of anonymous sign-in requests (no trusted proxy in front, so no client can be told
// apart): a thousand requests for made-up addresses and, among them, over and over, for one real
// person's. Every request gets the same answer; nobody is refused; the person whose address was
// used gets a handful of e-mails, not hundreds; and afterwards both another colleague and that
// person sign in through the link they receive.
import { randomBytes } from "node:crypto";
import type { Browser } from "@playwright/test";
import { expect, msg, outboxEmailsTo, query, signInLinkIn, test } from "./fixtures";

const REQUESTS = 1000;
/** Every fifth request asks for the real person's link. */
const VICTIM_EVERY = 5;
const CONCURRENCY = 16;

async function person(email: string, name: string): Promise<void> {
  const id = `e2e_flood_${randomBytes(6).toString("hex")}`;
  await query(
    `with u as (insert into "User" (id, email, name, "updatedAt") values ($1, $2, $3, now()) returning id)
     insert into "RoleGrant" (id, "userId", role) select $4, id, 'client' from u`,
    [id, email, name, `${id}_role`],
  );
}

/** Asks for a link on the sign-in page, as the person would, and waits for the check-email page. */
async function askAndFollowLink(browser: Browser, baseURL: string, email: string, name: string) {
  const context = await browser.newContext({ locale: "en-GB" });
  try {
    const page = await context.newPage();
    const asked = new Date();
    await page.goto(`${baseURL}/signin`);
    await page.getByLabel(msg("en", "signIn.emailLabel")).fill(email);
    await page.getByRole("button", { name: msg("en", "signIn.submit") }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/signin/check-email");
    // The newest link e-mailed to them: this request's, or one sent less than the cool-down ago.
    let mails: Awaited<ReturnType<typeof outboxEmailsTo>> = [];
    await expect.poll(async () => (mails = await outboxEmailsTo(email)).length).toBeGreaterThan(0);
    const newest = mails[0];
    expect(asked.getTime() - newest.createdAt.getTime()).toBeLessThan(8 * 60_000 + 5_000);
    await page.goto(signInLinkIn(newest.text));
    await expect(page).toHaveURL((url) => url.pathname === "/");
    await expect(page.getByTestId("signed-in-as")).toHaveText(name);
  } finally {
    await context.close();
  }
}

/** A measurement, kept with the test's result and printed with it. */
function measured(annotation: { type: string; description: string }) {
  test.info().annotations.push(annotation);
  console.log(`[${annotation.type}] ${annotation.description}`);
}

test("a thousand anonymous sign-in requests stop nobody from signing in, and mail a person only a few times", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(600_000);
  const tag = randomBytes(4).toString("hex");
  const victim = `flood-victim-${tag}@example.org`;
  const colleague = `flood-colleague-${tag}@example.org`;
  await person(victim, "Vera Victim");
  await person(colleague, "Colin Colleague");

  // next-auth's CSRF token and its cookie, as any client gets them.
  const csrf = await fetch(`${baseURL}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");

  const answers: { status: number; url: string; known: boolean }[] = [];
  let next = 0;
  const started = Date.now();
  const client = async () => {
    while (next < REQUESTS) {
      const i = next++;
      const known = i % VICTIM_EVERY === 0;
      const email = known ? victim : `nobody-${tag}-${i}-${randomBytes(3).toString("hex")}@example.org`;
      const response = await fetch(`${baseURL}/api/auth/signin/email`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie },
        body: new URLSearchParams({ email, csrfToken, callbackUrl: "/", json: "true" }),
      });
      const { url } = (await response.json()) as { url: string };
      answers.push({ status: response.status, url: url.replace(encodeURIComponent(email), "<email>"), known });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, client));
  const seconds = Math.round((Date.now() - started) / 1000);

  // Nobody was refused, and the answer never told a known address from an unknown one.
  expect(answers).toHaveLength(REQUESTS);
  expect(answers.filter((a) => a.status !== 200)).toEqual([]);
  const distinct = [...new Set(answers.map((a) => a.url))];
  expect(distinct).toHaveLength(1);
  // next-auth's "check your e-mail" address, which leads to /signin/check-email.
  expect(new URL(distinct[0]).pathname).toBe("/api/auth/verify-request");
  // Two hundred requests for Vera's link mailed her only a few (a growing cool-down between them).
  const mailed = (await outboxEmailsTo(victim)).length;
  expect(mailed).toBeGreaterThanOrEqual(1);
  expect(mailed).toBeLessThanOrEqual(1 + Math.ceil(seconds / 30));
  expect(mailed).toBeLessThanOrEqual(5);
  expect(await query(`select 1 from "OutboxEmail" where "to" like $1`, [`nobody-${tag}-%`])).toEqual([]);
  measured({
    type: "flood",
    description: `${REQUESTS} requests in ${seconds} s, all answered 200 alike; ${REQUESTS / VICTIM_EVERY} for one real address mailed it ${mailed} time(s)`,
  });

  // Right after the flood: a colleague nobody targeted signs in with the link they get at once...
  const before = (await outboxEmailsTo(colleague)).length;
  await askAndFollowLink(browser, baseURL!, colleague, "Colin Colleague");
  expect((await outboxEmailsTo(colleague)).length).toBe(before + 1);
  // ...and Vera, whose address was used two hundred times, signs in with the newest link she has.
  await askAndFollowLink(browser, baseURL!, victim, "Vera Victim");
});
