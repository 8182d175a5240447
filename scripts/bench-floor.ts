// The framework's floor for the page benchmark: a minimal Next.js app, built with the project's own
// `next`, `react` and `react-dom` (a temporary folder outside the project — inside it, Next would take
// the project's proxy.ts and instrumentation.ts as its own — whose node_modules links to the
// project's), whose one page reads the request headers and nothing else: dynamic like every page of
// Binôme, with no database, no session, no messages. Served by `next start` on the same machine,
// measured in the same alternating rounds as Binôme's pages.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../lib/db/embedded";
import type { BenchApp } from "./bench";

export const FLOOR_PATH = "/floor";

const FILES: Record<string, string> = {
  "package.json": `{ "private": true }\n`,
  // The linked node_modules lies outside the folder: Turbopack reads files from the whole disk.
  "next.config.mjs": `export default { distDir: ".build", turbopack: { root: "/" } };\n`,
  "app/layout.jsx": `export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  "app/floor/page.jsx": `import { headers } from "next/headers";

export default async function FloorPage() {
  const h = await headers();
  return (
    <main>
      <h1>Floor</h1>
      <p>{h.get("user-agent")?.length ?? 0}</p>
    </main>
  );
}
`,
};

const nextBin = path.resolve("node_modules/next/dist/bin/next");

/** Writes and builds the minimal app (a few seconds), then serves it; `stop` ends it. */
export async function startFloorApp(log: (line: string) => void = console.log): Promise<BenchApp> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "binome-bench-floor-"));
  symlinkSync(path.resolve("node_modules"), path.join(dir, "node_modules"));
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  log("Building the bare Next.js page (the framework's floor)…");
  const build = spawnSync(process.execPath, [nextBin, "build", dir], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error(`The bare page did not build:\n${build.stdout}\n${build.stderr}`);
  const port = await freePort();
  const output: string[] = [];
  const child = spawn(process.execPath, [nextBin, "start", dir, "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const collect = (chunk: Buffer) => output.push(...chunk.toString().split("\n").filter(Boolean));
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  const stop = async () => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {}
    rmSync(dir, { recursive: true, force: true });
  };
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The bare page stopped:\n${output.slice(-20).join("\n")}`);
    try {
      const res = await fetch(base + FLOOR_PATH);
      await res.arrayBuffer();
      if (res.ok) return { base, pid: child.pid!, output, stop };
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  await stop();
  throw new Error(`The bare page did not start within two minutes:\n${output.slice(-20).join("\n")}`);
}
