// Two instances behind the load balancer share who is signed in: a person asks for a sign-in link
// through instance a, the link (sent by e-mail through the mail server) signs her in on a, and she
// goes on, on b and then alternately on both, without being asked to sign in again. Each instance's
// request log shows the request id the load balancer passed on, and no e-mail address.
import { randomBytes } from "node:crypto";
import {
  expect,
  instanceLog,
  INSTANCES,
  mailReceived,
  msg,
  outboxEmailsTo,
  PIN_HEADER,
  PROXY_URL,
  SERVED_BY,
  servedBy,
  signInLinkIn,
  test,
} from "./scale-fixtures";

test("a person signed in through instance a carries on through b, and through both in turn", async ({
  browser,
  make,
}) => {
  const amina = await make.staff("Amina Diallo", { roles: ["client"] });
  const context = await browser.newContext({ baseURL: PROXY_URL, locale: "en-GB" });
  try {
    // On instance a: the sign-in form, then the link from her e-mail.
    await context.setExtraHTTPHeaders({ [PIN_HEADER]: "a" });
    const page = await context.newPage();
    expect(servedBy(await page.goto("/signin"))).toBe("a");
    await page.getByLabel(msg("en", "signIn.emailLabel")).fill(amina.email);
    await page.getByRole("button", { name: msg("en", "signIn.submit") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("en", "signIn.checkTitle"));
    // The e-mail left through the mail server, once.
    await expect.poll(() => mailReceived().filter((m) => m.to.includes(amina.email)).length).toBe(1);
    const [email] = await outboxEmailsTo(amina.email);
    const link = signInLinkIn(email.text);
    expect(new URL(link).origin).toBe(PROXY_URL);
    expect(servedBy(await page.goto(link))).toBe("a");
    const home = msg("en", "home.title", { name: amina.name });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(home);

    // On instance b: still signed in.
    await context.setExtraHTTPHeaders({ [PIN_HEADER]: "b" });
    expect(servedBy(await page.goto("/engagements"))).toBe("b");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("en", "engagements.title"));
    await expect(page.getByRole("button", { name: msg("en", "common.signOut") })).toBeVisible();

    // Through the load balancer: request after request, each instance in turn, signed in every time.
    // A page view sends the same number of requests each time (the page, its icon), so views alone
    // could all land on one instance of a per-request round robin: each view is followed by one
    // request of the page with the browser's cookies, which shifts the turn.
    await context.setExtraHTTPHeaders({});
    const servers = new Set<string>();
    for (let i = 0; i < 4; i++) {
      servers.add(servedBy(await page.goto("/")));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(home);
      const again = await page.request.get("/");
      expect(again.status()).toBe(200);
      servers.add(again.headers()[SERVED_BY]);
      expect(await again.text()).toContain(home);
    }
    expect([...servers].sort()).toEqual(["a", "b"]);
  } finally {
    await context.close();
  }
  // Her address went through both instances (form, link) but is in neither log.
  for (const { name } of INSTANCES) {
    const lines = instanceLog(name);
    expect(lines.length).toBeGreaterThan(0);
    expect(JSON.stringify(lines)).not.toContain(amina.email);
  }
});

test("each instance logs the requests it served, with the load balancer's request id", async ({ playwright }) => {
  const client = await playwright.request.newContext({ baseURL: PROXY_URL });
  try {
    const served = new Map<string, string>();
    for (let i = 0; i < 10 && new Set(served.values()).size < INSTANCES.length; i++) {
      const id = `scale-${randomBytes(6).toString("hex")}`;
      const response = await client.get("/api/health", { headers: { "x-request-id": id } });
      expect(response.status()).toBe(200);
      expect(response.headers()["x-request-id"]).toBe(id);
      served.set(id, response.headers()[SERVED_BY]);
    }
    expect(new Set(served.values())).toEqual(new Set(INSTANCES.map((i) => i.name)));
    for (const [id, name] of served) {
      await expect
        .poll(() => instanceLog(name).find((l) => l.event === "request" && l.requestId === id))
        .toMatchObject({ method: "GET", path: "/api/health", status: 200, instance: name });
      // The other instance never saw it.
      const other = INSTANCES.find((i) => i.name !== name)!.name;
      expect(instanceLog(other).some((l) => l.requestId === id)).toBe(false);
    }
  } finally {
    await client.dispose();
  }
});
