// The launcher's progress lines (scripts/launch-steps.mjs): elapsed time, durations, and the start
// of the npm script shared by the processes it runs one after the other.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { clock, duration, recordRunStart, runStartedAt, step } from "@/scripts/launch-steps.mjs";

describe("clock and duration", () => {
  it("write elapsed time as m:ss and durations in words", () => {
    expect(clock(0)).toBe("0:00");
    expect(clock(59_999)).toBe("0:59");
    expect(clock(264_000)).toBe("4:24");
    expect(duration(1234)).toBe("1.2 s");
    expect(duration(48_400)).toBe("48 s");
    expect(duration(125_000)).toBe("2 min 05 s");
  });
});

describe("step", () => {
  it("says what it does, then how long it took, each line with the time since the run began", () => {
    vi.useFakeTimers({ now: 100_000 });
    const lines: string[] = [];
    const done = step("Database: opening…", 88_000, (line) => lines.push(line));
    vi.advanceTimersByTime(1_500);
    done("open");
    expect(lines).toEqual(["[0:12] Database: opening…", "[0:13]   open in 1.5 s"]);
    vi.useRealTimers();
  });
});

describe("the start of an npm script, shared by its processes", () => {
  const cwd = process.cwd();
  const event = process.env.npm_lifecycle_event;
  let dir = "";
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "binome-launch-steps-"));
    mkdirSync(path.join(dir, "node_modules"));
    process.chdir(dir);
    process.env.npm_lifecycle_event = "demo";
  });
  afterEach(() => {
    process.chdir(cwd);
    rmSync(dir, { recursive: true, force: true });
    if (event === undefined) delete process.env.npm_lifecycle_event;
    else process.env.npm_lifecycle_event = event;
  });

  it("is the one the same script recorded a moment ago", () => {
    recordRunStart(1_000_000);
    expect(runStartedAt(1_060_000)).toBe(1_000_000);
  });

  it("is now when another script recorded it, when it is old, or when nothing was recorded", () => {
    expect(runStartedAt(5_000)).toBe(5_000);
    writeFileSync(path.join(dir, "node_modules/.binome-run-started-at"), "test 1000000");
    expect(runStartedAt(1_060_000)).toBe(1_060_000);
    recordRunStart(1_000_000);
    expect(runStartedAt(1_000_000 + 11 * 60_000)).toBe(1_000_000 + 11 * 60_000);
  });
});
