import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../support/chromium";

// The two-instance specs: run by scripts/test-scale.ts (npm run test:scale), which starts the
// database, object storage, the mail sink, both instances and the load balancer, and sets
// SCALE_PROXY_URL, SCALE_INSTANCES, SCALE_SMTP_LOG, SCALE_PROXY_LOG and E2E_DATABASE_URL.
// The normal end-to-end run (playwright.config.ts, tests/e2e) never picks these up.
export default defineConfig({
  testDir: ".",
  outputDir: `../../${process.env.E2E_OUTPUT_DIR ?? "test-results-scale"}`,
  // Two specs at a time (each makes its own people and data); the stop of an instance runs last, alone.
  workers: 2,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  timeout: 180_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: process.env.SCALE_JSON ?? "test-results-scale/scale.json" }]],
  use: {
    baseURL: process.env.SCALE_PROXY_URL,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    locale: "en-GB",
    trace: "retain-on-failure",
  },
  projects: [
    { name: "two instances", testIgnore: /stop-one-instance\.spec\.ts/ },
    { name: "one instance stops", testMatch: /stop-one-instance\.spec\.ts/, dependencies: ["two instances"] },
  ],
});
