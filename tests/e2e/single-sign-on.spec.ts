// Single sign-on against a real OpenID provider (oidc-provider, started here on the port the app's
// e2e server was configured with: tests/support/oidc-provider.ts). A new staff member of an allowed
// e-mail domain is created at their first sign-in with the HR attributes of the provider's claims,
// refreshed when the claims change; an account of another domain is refused with a clear page; and
// an unknown address of the allowed domain registers with a sign-in link, its eligibility pending.
import type { Page } from "@playwright/test";
import { unique } from "../support/factories";
import { E2E_SIGNUP_DOMAIN, startOidcProvider, type TestOidcProvider } from "../support/oidc-provider";
import { expect, msg, outboxEmailsTo, signInLinkIn, test } from "./fixtures";

let provider: TestOidcProvider;

test.beforeAll(async ({}, info) => {
  provider = await startOidcProvider({ appUrl: info.project.use.baseURL! });
});

test.afterAll(async () => {
  await provider?.close();
});

/** Clicks the single sign-on button, then signs in at the provider (and grants access) when it asks. */
async function signInThroughProvider(page: Page, login: string) {
  const providerOrigin = new URL(provider.issuer).origin;
  // The provider's pages import a web font: no need to wait for the internet.
  await page.route("https://fonts.googleapis.com/**", (route) => route.abort());
  await page.goto("/signin");
  await page.getByRole("button", { name: msg("en", "signIn.sso", { name: "Test identity provider" }) }).click();
  // The provider asks for a login the first time, and for consent while the app has no grant;
  // then it sends the browser back to the app.
  const atProvider = (url: URL) => url.origin === providerOrigin && url.pathname.startsWith("/interaction/");
  const backAtApp = (url: URL) => url.origin !== providerOrigin && url.pathname !== "/signin";
  for (let step = 0; step < 4; step++) {
    await page.waitForURL((url) => atProvider(url) || backAtApp(url));
    if (backAtApp(new URL(page.url()))) return;
    const before = page.url();
    const loginField = page.locator('input[name="login"]');
    const consent = page.getByRole("button", { name: "Continue" });
    await expect(loginField.or(consent)).toBeVisible();
    if (await loginField.isVisible()) {
      await loginField.fill(login);
      await page.locator('input[name="password"]').fill("any password");
      await page.getByRole("button", { name: "Sign-in" }).click();
    } else {
      await consent.click();
    }
    await page.waitForURL((url) => url.href !== before, { waitUntil: "commit" });
  }
}

test("a new staff member signs in through single sign-on and is created with their entity and appointment type, refreshed at the next sign-in", async ({
  page,
  make,
  db,
}) => {
  const [entity, otherEntity, station] = await Promise.all([make.entity(), make.entity(), make.dutyStation()]);
  const supervisor = await make.staff("Supervisor of Nadia");
  const email = `${unique("nadia")}@${E2E_SIGNUP_DOMAIN}`;
  const staffIndex = unique("idx");
  const claims = {
    email,
    name: "Nadia Haddad",
    employee_id: staffIndex,
    department: entity.code,
    office_location: station.code,
    employee_type: "Fixed-Term",
    manager_email: supervisor.email,
    languages: ["fr", "ar"],
  };
  provider.setAccount(email, claims);

  await signInThroughProvider(page, email);
  await expect(page).toHaveURL((url) => url.pathname === "/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("en", "home.title", { name: "Nadia Haddad" }));
  const details = page.getByRole("region", { name: msg("en", "signUp.home.title") });
  await expect(details).toContainText(entity.nameEn);
  await expect(details).toContainText(station.nameEn);
  await expect(details).toContainText(msg("en", "adminProgrammes.form.appointment.fixed_term"));
  await expect(details).not.toContainText(msg("en", "signUp.home.pending"));

  const created = await db.user.findUniqueOrThrow({ where: { email } });
  expect(created).toMatchObject({
    name: "Nadia Haddad",
    staffIndexNumber: staffIndex,
    entityId: entity.id,
    dutyStationId: station.id,
    appointmentType: "fixed_term",
    supervisorId: supervisor.id,
    languages: ["ar", "fr"],
  });
  expect(await db.account.count({ where: { userId: created.id, provider: "oidc" } })).toBe(1);
  const provisioned = await db.auditLog.findMany({ where: { targetId: created.id, action: "person.provision" } });
  expect(provisioned.map((row) => row.data)).toEqual([expect.objectContaining({ via: "oidc", created: true })]);

  // HR moves Nadia to another entity and a permanent appointment: her next sign-in brings it.
  provider.setAccount(email, { ...claims, department: otherEntity.code, employee_type: "permanent" });
  await page.getByRole("button", { name: msg("en", "common.signOut") }).click();
  await expect(page.getByRole("button", { name: msg("en", "common.signOut") })).toHaveCount(0);
  await signInThroughProvider(page, email);
  await expect(page).toHaveURL((url) => url.pathname === "/");
  await expect(details).toContainText(otherEntity.nameEn);
  await expect(details).toContainText(msg("en", "adminProgrammes.form.appointment.permanent"));

  const refreshed = await db.user.findUniqueOrThrow({ where: { email } });
  expect(refreshed).toMatchObject({ id: created.id, entityId: otherEntity.id, appointmentType: "permanent" });
  expect(await db.user.count({ where: { staffIndexNumber: staffIndex } })).toBe(1);
  const rows = await db.auditLog.findMany({
    where: { targetId: created.id, action: "person.provision" },
    orderBy: { at: "asc" },
  });
  expect(rows.at(-1)?.data).toMatchObject({ created: false, fields: ["appointmentType", "entityId"] });
});

test("an account whose e-mail domain may not sign up is refused with a clear page, and nobody is created", async ({
  page,
  db,
}) => {
  const email = `${unique("outsider")}@elsewhere.example`;
  provider.setAccount(email, { email, name: "Out Sider", department: "DOS", employee_type: "permanent" });

  await signInThroughProvider(page, email);
  await expect(page).toHaveURL((url) => url.pathname === "/signin/refused");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("en", "signUp.refused.title"));
  await expect(page.getByText(msg("en", "signUp.refused.reasons.not-allowed"))).toBeVisible();
  await expect(page.getByRole("button", { name: msg("en", "common.signOut") })).toHaveCount(0);
  expect(await db.user.count({ where: { email } })).toBe(0);
});

test("an unknown address of an allowed domain registers with a sign-in link; the home page says their eligibility waits for HR", async ({
  page,
  db,
}) => {
  const email = `${unique("newcomer")}@${E2E_SIGNUP_DOMAIN}`;
  await page.goto("/signin");
  await page.getByLabel(msg("en", "signIn.emailLabel")).fill(email);
  await page.getByRole("button", { name: msg("en", "signIn.submit") }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/signin/check-email");
  // The same answer as for any other address.
  await expect(page.getByText(msg("en", "signIn.checkLead", { email }))).toBeVisible();

  let mails: Awaited<ReturnType<typeof outboxEmailsTo>> = [];
  await expect
    .poll(async () => {
      mails = await outboxEmailsTo(email);
      return mails.length;
    })
    .toBe(1);
  expect(await db.user.count({ where: { email } })).toBe(0); // created only when the link is used

  await page.goto(signInLinkIn(mails[0].text));
  await expect(page).toHaveURL((url) => url.pathname === "/");
  await expect(page.getByText(msg("en", "signUp.home.pending"))).toBeVisible();
  const person = await db.user.findUniqueOrThrow({ where: { email } });
  expect(person.appointmentType).toBeNull();
  expect(await db.auditLog.count({ where: { targetId: person.id, action: "person.provision" } })).toBe(1);
});
