import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./tests/support/chromium";
import { e2eOidcSettings } from "./tests/support/oidc-provider";

// Run through `npm test` (scripts/test.ts), which picks the port and the database and sets:
// E2E_PORT, E2E_SERVER_ARGS, E2E_DATABASE_URL, E2E_OIDC_PORT.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  // Several runs on one machine (each with its own E2E_DIST_DIR) keep their traces apart.
  outputDir: process.env.E2E_OUTPUT_DIR ?? "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: process.env.E2E_JSON ?? "test-results/e2e.json" }]],
  use: {
    baseURL,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    locale: "en-GB",
    trace: "retain-on-failure",
  },
  webServer: {
    command: `npx tsx scripts/serve.ts --demo --port ${port} ${process.env.E2E_SERVER_ARGS ?? ""}`,
    url: `${baseURL}/signin`,
    timeout: 600_000,
    reuseExistingServer: false,
    // Let the launcher stop Next and close the embedded database cleanly.
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    stdout: "pipe",
    stderr: "pipe",
    // Single sign-on against the test OpenID provider that tests/e2e/single-sign-on.spec.ts starts
    // on E2E_OIDC_PORT (tests/support/oidc-provider.ts); for other specs it only adds the button.
    env: { NEXTAUTH_URL: baseURL, ...e2eOidcSettings(port) },
  },
});
