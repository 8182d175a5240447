// One-click sign-in as a demo persona (DEMO_MODE), and signing out.
import { DEMO_PERSONA_EMAILS } from "../../lib/domain/demo-personas";
import { expect, msg, test } from "./fixtures";

test("the sign-in page offers demo personas, clearly labelled as a demo", async ({ page }) => {
  await page.goto("/signin");
  const demo = page.getByRole("region", { name: new RegExp(msg("en", "signIn.demoTitle")) });
  const title = demo.getByRole("heading", { level: 2 });
  await expect(title).toContainText(msg("en", "signIn.demoTitle"));
  await expect(title.getByText(msg("en", "common.demo"), { exact: true })).toBeVisible();
  await expect(demo.getByText(msg("en", "signIn.demoLead"))).toBeVisible();
  // One button per persona, each saying who and which roles.
  await expect(
    demo.getByRole("button", { name: msg("en", "signIn.demoButton", { name: "Amina Diallo" }) }),
  ).toContainText(msg("en", "roles.client"));
  await expect(
    demo.getByRole("button", { name: msg("en", "signIn.demoButton", { name: "Ade Okafor" }) }),
  ).toContainText(msg("en", "roles.programme_admin"));
  await expect(demo.getByRole("button")).toHaveCount(DEMO_PERSONA_EMAILS.length);
});

test("signing in as Ade Okafor shows the programme admin's home, and signing out returns to the landing page", async ({
  page,
}) => {
  await page.goto("/signin");
  await page.getByRole("button", { name: msg("en", "signIn.demoButton", { name: "Ade Okafor" }) }).click();

  await expect(page).toHaveURL((url) => url.pathname === "/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("en", "home.title", { name: "Ade Okafor" }));
  const steps = page.getByTestId("steps-programme_admin");
  await expect(steps.getByRole("heading", { level: 2 })).toHaveText(msg("en", "roles.programme_admin"));
  await expect(steps.getByRole("link", { name: /Review programmes and cohorts\./ })).toHaveAttribute(
    "href",
    "/admin/programmes",
  );
  await expect(steps.getByRole("link", { name: msg("en", "home.steps.admin.people") })).toBeVisible();
  const nav = page.getByRole("navigation", { name: msg("en", "nav.label") });
  await expect(nav.getByRole("link", { name: msg("en", "nav.programmes") })).toHaveAttribute(
    "href",
    "/admin/programmes",
  );

  await page.getByRole("button", { name: msg("en", "common.signOut") }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("en", "landing.title"));
  await expect(page.getByRole("link", { name: msg("en", "common.signIn"), exact: true })).toBeVisible();
  await expect(page.getByRole("navigation", { name: msg("en", "nav.label") })).toHaveCount(0);

  // Really signed out: a fresh load is still the landing page.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("en", "landing.title"));
});
