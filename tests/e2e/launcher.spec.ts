// The launcher behind `npm run demo` (scripts/serve.ts), as an operator meets it: two launchers
// started at the same instant on a new data folder — one serves, the other says the folder is in
// use; the one serving is killed with SIGKILL (it cannot clean up) — nothing it started stays
// behind holding the port, and the data folder opens again. Uses the build the suite already made.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../lib/db/embedded";
import { expect, test } from "./fixtures";

type Launcher = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

function launch(dataDir: string, port: number): Launcher {
  let output = "";
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/serve.ts", "--demo", "--port", String(port), "--data-dir", dataDir],
    { env: { ...process.env, NEXTAUTH_URL: `http://localhost:${port}`, DATABASE_URL: "", SMTP_URL: "" } },
  );
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function serves(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/signin`);
    return response.status === 200;
  } catch {
    return false;
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
  });
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

test("one of two launchers opens a new data folder; killing it leaves nothing on the port", async () => {
  test.setTimeout(300_000);
  const dir = mkdtempSync(path.join(os.tmpdir(), "binome-launcher-"));
  const launchers: Launcher[] = [];
  try {
    const [portA, portB] = [await freePort(), await freePort()];
    launchers.push(launch(dir, portA), launch(dir, portB));

    // One serves; the other stops and says why.
    const loser = await Promise.race(launchers.map((l) => l.exited.then(() => l)));
    expect(await loser.exited).toBe(1);
    expect(loser.output()).toMatch(/is in use by process \d+/);
    const winner = launchers.find((l) => l !== loser)!;
    const winnerPort = winner === launchers[0] ? portA : portB;
    expect(await waitFor(() => serves(winnerPort), 180_000)).toBe(true);
    // It said what it was doing at each step, with the time elapsed.
    for (const line of [
      /\[\d+:\d\d\] Database: opening the embedded PGlite/,
      /\[\d+:\d\d\] Migrations: .*\n\[\d+:\d\d\] {3}\d+ applied \(.*\) in [\d.]+ s/,
      /\[\d+:\d\d\] Demo data: .*\n\[\d+:\d\d\] {3}ready in [\d.]+ s/,
      /\[\d+:\d\d\] Database upkeep: .*\n\[\d+:\d\d\] {3}done in [\d.]+ s/,
      /\[\d+:\d\d\] Build: /,
      /\[\d+:\d\d\] Server: starting/,
    ])
      expect(winner.output()).toMatch(line);

    // SIGKILL: the launcher cannot stop Next itself; Next must notice and end.
    winner.child.kill("SIGKILL");
    await winner.exited;
    expect(await waitFor(() => portIsFree(winnerPort), 15_000)).toBe(true);

    // The folder is whole and free: a new launcher opens it and serves.
    const again = launch(dir, winnerPort);
    launchers.push(again);
    expect(await waitFor(() => serves(winnerPort), 180_000)).toBe(true);
    // Opened again, it finds nothing to migrate.
    expect(again.output()).toMatch(/\[\d+:\d\d\] {3}none to apply, checked in [\d.]+ s/);
    again.child.kill("SIGTERM");
    expect(await again.exited).toBe(0);
    expect(await waitFor(() => portIsFree(winnerPort), 15_000)).toBe(true);
  } finally {
    for (const l of launchers) if (l.child.exitCode === null) l.child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  }
});
