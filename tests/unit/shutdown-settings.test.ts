// The settings of a stopping instance, of its log lines and of its timed jobs (lib/env.ts).
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

describe("SHUTDOWN_GRACE_SECONDS and INSTANCE_ID", () => {
  it("default to 25 seconds and to no name (the host name and process id are used)", () => {
    const settings = parseEnv({});
    expect(settings.SHUTDOWN_GRACE_SECONDS).toBe(25);
    expect(settings.INSTANCE_ID).toBeUndefined();
  });

  it("accept a whole number of seconds and a short name", () => {
    const settings = parseEnv({ SHUTDOWN_GRACE_SECONDS: "10", INSTANCE_ID: "app-2.eu:1" });
    expect(settings.SHUTDOWN_GRACE_SECONDS).toBe(10);
    expect(settings.INSTANCE_ID).toBe("app-2.eu:1");
  });

  it("refuse anything else, naming the variable", () => {
    expect(() => parseEnv({ SHUTDOWN_GRACE_SECONDS: "soon" })).toThrow(/SHUTDOWN_GRACE_SECONDS/);
    expect(() => parseEnv({ SHUTDOWN_GRACE_SECONDS: "2.5" })).toThrow(/SHUTDOWN_GRACE_SECONDS/);
    expect(() => parseEnv({ SHUTDOWN_GRACE_SECONDS: "-1" })).toThrow(/SHUTDOWN_GRACE_SECONDS/);
    expect(() => parseEnv({ INSTANCE_ID: "app 2" })).toThrow(/INSTANCE_ID/);
    expect(() => parseEnv({ INSTANCE_ID: "x".repeat(65) })).toThrow(/INSTANCE_ID/);
  });
});

describe("JOBS_INTERVAL_SECONDS", () => {
  it("defaults to a minute and accepts 5 to 3600 seconds", () => {
    expect(parseEnv({}).JOBS_INTERVAL_SECONDS).toBe(60);
    expect(parseEnv({ JOBS_INTERVAL_SECONDS: "10" }).JOBS_INTERVAL_SECONDS).toBe(10);
  });

  it("refuses anything else, naming the variable", () => {
    for (const value of ["0", "4", "3601", "1.5", "often"])
      expect(() => parseEnv({ JOBS_INTERVAL_SECONDS: value })).toThrow(/JOBS_INTERVAL_SECONDS/);
  });
});
