// Security headers, and the app still working under its Content-Security-Policy.
import { expect, msg, signInAs, test } from "./fixtures";

function scriptNonce(csp: string): string | undefined {
  const scriptSrc = csp
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith("script-src "));
  return scriptSrc?.match(/'nonce-([^']+)'/)?.[1];
}

test("pages carry a CSP with a fresh script nonce and no framing, and a Referrer-Policy", async ({ page }) => {
  for (const path of ["/", "/signin"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const headers = response!.headers();
    const csp = headers["content-security-policy"];
    expect(csp, `CSP on ${path}`).toBeTruthy();
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/(^|;\s*)object-src 'none'/);
    const nonce = scriptNonce(csp);
    expect(nonce, `script-src nonce on ${path}`).toBeTruthy();
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");

    // The page's own scripts carry that nonce.
    const nonces = await page.evaluate(() => Array.from(document.scripts, (s) => s.nonce));
    expect(nonces.length).toBeGreaterThan(0);
    expect(nonces).toContain(nonce);
  }
  // A new response, a new nonce.
  const again = await page.goto("/");
  const first = await page.request.get("/");
  expect(scriptNonce(again!.headers()["content-security-policy"])).not.toBe(
    scriptNonce(first.headers()["content-security-policy"]),
  );
});

test("signed-in pages are not stored (Cache-Control: no-store)", async ({ page, context, baseURL, make }) => {
  await signInAs(context, baseURL!, await make.staff("Maria Lopez", { roles: ["mentor"] }));
  for (const path of ["/", "/about"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    expect(response!.headers()["cache-control"], `Cache-Control on ${path}`).toContain("no-store");
    expect(response!.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  }
  await expect(page.getByRole("button", { name: msg("en", "common.signOut") })).toBeVisible();
});

test("the page hydrates under the CSP: the language switch works and nothing is blocked", async ({ page }) => {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (/content security policy|refused to (execute|load|apply|connect)/i.test(m.text()))
      problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));

  // Record every CSP violation from the very start of each document.
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("en", "landing.title"));

  // Only a hydrated page reacts to the click (the switch is a client component calling a server action).
  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("fr", "landing.title"));
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("en", "landing.title"));

  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  expect(problems).toEqual([]);
});

// Known app bug (reported): app/signin/page.tsx's safeCallback() accepts "/\evil.example", which
// browsers read as "//evil.example", so a signed-in person is redirected to another site.
// Turn this back into test() once safeCallback() also refuses a backslash.
test("a sign-in callbackUrl cannot send a signed-in person to another site", async ({
  page,
  context,
  baseURL,
  make,
}) => {
  await signInAs(context, baseURL!, await make.staff("Maria Lopez", { roles: ["mentor"] }));
  for (const callbackUrl of ["//evil.example", "/\\evil.example", "https://evil.example/"]) {
    const response = await page.request.get(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`, {
      maxRedirects: 0,
    });
    expect(response.status(), callbackUrl).toBeGreaterThanOrEqual(300);
    const location = response.headers()["location"];
    expect(new URL(location, baseURL).origin, `${callbackUrl} → ${location}`).toBe(new URL(baseURL!).origin);
  }
});
