// Installs the npm packages exactly as package-lock.json records them (`npm ci`), but only when
// they are missing or the lock changed since the last install. `npm run demo`, `npm start` and
// `npm test` call it first, so a fresh clone needs no separate install step and no tracked file
// is ever rewritten (`npm install` would rewrite package-lock.json). It is the first step of
// those scripts: it records when they began, for the launcher's progress lines (launch-steps.mjs).
// Plain Node on purpose: it runs before any package is installed.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { clock, recordRunStart, step } from "./launch-steps.mjs";

const startedAt = Date.now();
const stamp = "node_modules/.binome-lock-hash";
const hash = createHash("sha256").update(readFileSync("package-lock.json")).digest("hex");

if (!existsSync(stamp) || readFileSync(stamp, "utf8") !== hash) {
  const done = step(
    "Packages: installing exactly what package-lock.json records (npm ci; about a minute the first time)…",
    startedAt,
  );
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = spawnSync(npm, ["ci", "--no-audit", "--no-fund"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stamp, hash);
  done("installed");
} else {
  console.log(`[${clock(Date.now() - startedAt)}] Packages: already installed (package-lock.json unchanged).`);
}
recordRunStart(startedAt);
