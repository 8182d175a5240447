// Installs the npm packages exactly as package-lock.json records them (`npm ci`), but only when
// they are missing or the lock changed since the last install. `npm run demo`, `npm start` and
// `npm test` call it first, so a fresh clone needs no separate install step and no tracked file
// is ever rewritten (`npm install` would rewrite package-lock.json).
// Plain Node on purpose: it runs before any package is installed.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const stamp = "node_modules/.binome-lock-hash";
const hash = createHash("sha256").update(readFileSync("package-lock.json")).digest("hex");

if (!existsSync(stamp) || readFileSync(stamp, "utf8") !== hash) {
  console.log("Installing the npm packages recorded in package-lock.json (npm ci)…");
  const started = Date.now();
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = spawnSync(npm, ["ci", "--no-audit", "--no-fund"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stamp, hash);
  console.log(`Packages installed in ${Math.round((Date.now() - started) / 1000)} s.`);
}
