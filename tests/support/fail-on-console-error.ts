// An unexpected console.error during a test fails it (the app logs only what went wrong).
import { afterEach } from "vitest";

let errors: unknown[][] = [];
const original = console.error;
console.error = (...args: unknown[]) => {
  errors.push(args);
  original(...args);
};
afterEach(() => {
  const seen = errors;
  errors = [];
  if (seen.length) throw new Error(`console.error was called during the test: ${String(seen[0][0]).slice(0, 300)}`);
});
