// SCIM tokens on /admin/provisioning, as a programme admin uses them: the base URL to copy, a token
// made and shown once, a SCIM client using it (a POST without Origin, as provisioning clients send
// it), its last use shown, then revoked, after which the client gets a SCIM 401. In English, and
// the page in French with a refused name; axe-core on each. The admin and the people are the spec's own.
import AxeBuilder from "@axe-core/playwright";
import { chooseLanguage, expect, msg, named, query, signInAs, test } from "./fixtures";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const SCIM_JSON = { "Content-Type": "application/scim+json" };

test("an admin creates a SCIM token, sees it once, the client uses it, then the admin revokes it", async ({
  page,
  context,
  baseURL,
  make,
  playwright,
}) => {
  const admin = await make.staff("Ade Admin", { roles: ["programme_admin"] });
  await signInAs(context, baseURL!, admin);
  await chooseLanguage(context, baseURL!, "en");
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });

  await page.goto("/admin/provisioning");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("en", "adminProvisioning.title"));
  await expect(page.getByTestId("scim-base-url")).toHaveValue(/\/scim\/v2$/);
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);

  const name = named("Entra ID");
  await page.getByLabel(msg("en", "adminProvisioning.name")).fill(name);
  await page.getByRole("button", { name: msg("en", "adminProvisioning.create") }).click();
  const shown = page.getByTestId("new-scim-token-value");
  await expect(shown).toHaveValue(/^binome_scim_/);
  const token = await shown.inputValue();
  await page
    .getByTestId("new-scim-token")
    .getByRole("button", { name: msg("en", "adminProvisioning.copy") })
    .click();
  await expect(page.getByTestId("new-scim-token").getByText(msg("en", "adminProvisioning.copied"))).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
  const row = page.getByTestId("scim-token-row").filter({ hasText: name });
  await expect(row).toContainText(msg("en", "adminProvisioning.never"));
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);

  // The provisioning client: no cookie, no Origin, a bearer token.
  const client = await playwright.request.newContext({ baseURL });
  const auth = { Authorization: `Bearer ${token}`, ...SCIM_JSON };
  const userName = `${named("scim").replace(/\W+/g, ".").toLowerCase()}@un.example.org`;
  const created = await client.post("/scim/v2/Users", {
    headers: auth,
    data: { schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], userName, displayName: "Scim Person" },
  });
  expect(created.status()).toBe(201);
  expect(created.headers()["content-type"]).toContain("application/scim+json");
  const found = await client.get(`/scim/v2/Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}`, {
    headers: auth,
  });
  expect((await found.json()).totalResults).toBe(1);

  // Shown once: after a reload the token is gone from the page; its last use is shown.
  await page.reload();
  await expect(page.getByTestId("new-scim-token-value")).toHaveCount(0);
  await expect(page.getByText(token)).toHaveCount(0);
  await expect(row).not.toContainText(msg("en", "adminProvisioning.never"));

  await row.getByRole("button", { name: msg("en", "adminProvisioning.revokeNamed", { name }) }).click();
  await expect(row.getByText(/^Revoked on/)).toBeVisible();
  const refused = await client.get("/scim/v2/Users", { headers: auth });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["www-authenticate"]).toMatch(/^Bearer/);
  expect(await refused.json()).toMatchObject({
    schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"],
    status: "401",
  });
  const [audit] = await query<{ count: string }>(
    `select count(*) from "AuditLog" where action in ('scim.token.create', 'scim.token.revoke') and "actorId" = $1`,
    [admin.id],
  );
  expect(Number(audit.count)).toBe(2);
  await client.dispose();
});

test("the provisioning page in French refuses a token without a name", async ({ page, context, baseURL, make }) => {
  const admin = await make.staff("Aline Admin", { roles: ["programme_admin"], preferredLanguage: "fr" });
  await signInAs(context, baseURL!, admin);
  await chooseLanguage(context, baseURL!, "fr");
  await page.goto("/admin/provisioning");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("fr", "adminProvisioning.title"));
  await expect(page.getByRole("link", { name: msg("fr", "nav.provisioning") })).toBeVisible();
  await page.getByRole("button", { name: msg("fr", "adminProvisioning.create") }).click();
  await expect(page.getByText(msg("fr", "adminProvisioning.nameInvalid"))).toBeVisible();
  await expect(page.getByLabel(msg("fr", "adminProvisioning.name"))).toHaveAttribute("aria-invalid", "true");
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);
});

test("someone who does not manage roles cannot open the page", async ({ page, context, baseURL, make }) => {
  const client = await make.staff("Cleo Client", { roles: ["client"] });
  await signInAs(context, baseURL!, client);
  const response = await page.goto("/admin/provisioning");
  expect(response?.status()).toBe(403);
});
