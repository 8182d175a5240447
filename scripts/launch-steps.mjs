// The launcher's progress lines: each step of a first run says what it is doing, then how long it
// took, with the time elapsed since the npm script (demo, start, dev, test) began.
//   [0:52] Database: the embedded PGlite in ./data…
//   [0:53]   ready in 1.2 s
// An npm script runs several processes one after the other (the packages, the Prisma client, the
// launcher): the first records when the script began in a file in node_modules, with the script's
// name, and the next ones take it if the same script recorded it a few minutes ago.
// Plain Node on purpose: scripts/ensure-packages.mjs runs before any package is installed.
import { readFileSync, writeFileSync } from "node:fs";

const RUN_FILE = "node_modules/.binome-run-started-at";
/** A start recorded longer ago than this belongs to an earlier run. */
const RECENT_MS = 10 * 60_000;
const script = () => process.env.npm_lifecycle_event ?? "";

/** When this npm script began, as its first process recorded it; else now. */
export function runStartedAt(now = Date.now()) {
  try {
    const [name, at] = readFileSync(RUN_FILE, "utf8").split(" ");
    const recorded = Number(at);
    if (script() && name === script() && now - recorded >= 0 && now - recorded < RECENT_MS) return recorded;
  } catch {
    // nothing recorded: this process's own clock
  }
  return now;
}

/** Records when this npm script began, for the processes it runs next (once node_modules exists). */
export function recordRunStart(startedAt) {
  if (!script()) return;
  try {
    writeFileSync(RUN_FILE, `${script()} ${startedAt}`);
  } catch {
    // no node_modules: the next processes start their own clock
  }
}

/** "m:ss" of a duration in milliseconds. */
export function clock(ms) {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/** A duration in words: "0.4 s", "12 s", "2 min 05 s". */
export function duration(ms) {
  if (ms < 10_000) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`;
}

/**
 * Prints `[m:ss] what…` and returns a function that prints `[m:ss]   done in N s` (or its own
 * words) when the step ends.
 */
export function step(what, startedAt = runStartedAt(), log = console.log) {
  const began = Date.now();
  log(`[${clock(began - startedAt)}] ${what}`);
  return (result = "done") => {
    const now = Date.now();
    log(`[${clock(now - startedAt)}]   ${result} in ${duration(now - began)}`);
  };
}
