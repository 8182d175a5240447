import "server-only";
import { databaseUnavailableSince } from "../../db/health";
import type { FileStorage } from "../../storage/file-storage";
import { errorFields, logInfo, logWarn } from "../../log";
import { db } from "../db";
import { fileStorage } from "../storage/file-storage";
import { isDraining } from "./lifecycle";
import { pendingMigrations } from "./migration-status";

/** A check that has not answered within this time fails (a load balancer polls every few seconds). */
export const CHECK_TIMEOUT_MS = 3_000;

export type CheckName = "database" | "migrations" | "storage" | "shutdown";

/**
 * One check's outcome. `detail` is a short fixed phrase ("unreachable", "timed out", "2 pending",
 * "draining"), never an error message: those may name hosts, buckets or users, and the answer is
 * public (the failure itself is logged, once per change).
 */
export type CheckResult = { status: "ok" | "fail"; detail?: string; durationMs: number };

export type Readiness = { ready: boolean; checks: Record<CheckName, CheckResult> };

class CheckFailed extends Error {
  constructor(readonly detail: string) {
    super(detail);
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CheckFailed("timed out")), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Whether each check failed last time: a failure is logged when it starts, a recovery when it ends. */
const lastFailed = new Map<CheckName, boolean>();

async function run(name: CheckName, check: () => Promise<string | void>, timeoutMs: number): Promise<CheckResult> {
  const started = performance.now();
  const durationMs = () => Math.round(performance.now() - started);
  try {
    const detail = await withTimeout(check(), timeoutMs);
    if (lastFailed.get(name)) logInfo("health.check-recovered", { check: name });
    lastFailed.set(name, false);
    return { status: "ok", ...(detail ? { detail } : {}), durationMs: durationMs() };
  } catch (error) {
    const detail = error instanceof CheckFailed ? error.detail : "failed";
    if (!lastFailed.get(name))
      logWarn("health.check-failed", {
        check: name,
        detail,
        ...(error instanceof CheckFailed ? {} : errorFields(error)),
      });
    lastFailed.set(name, true);
    return { status: "fail", detail, durationMs: durationMs() };
  }
}

/**
 * Whether this instance should be given traffic: its database answers, every migration it ships
 * is applied, its file storage answers, and it is not stopping. The checks run side by side,
 * each within CHECK_TIMEOUT_MS. No session is needed (GET /api/health/ready).
 */
export async function checkReadiness(options: { storage?: FileStorage; timeoutMs?: number } = {}): Promise<Readiness> {
  const timeoutMs = options.timeoutMs ?? CHECK_TIMEOUT_MS;
  const databaseDown = () => {
    // While the process knows its database is out of reach (lib/db/health.ts probes it every
    // 200 ms), say so at once instead of waiting for a connection that will not come.
    if (databaseUnavailableSince() !== null) throw new CheckFailed("unreachable");
  };
  const [database, migrations, storage, shutdown] = await Promise.all([
    run(
      "database",
      async () => {
        databaseDown();
        await db().$queryRaw`select 1`;
      },
      timeoutMs,
    ),
    run(
      "migrations",
      async () => {
        databaseDown();
        const pending = await pendingMigrations(db());
        if (pending.length > 0) throw new CheckFailed(`${pending.length} pending`);
      },
      timeoutMs,
    ),
    run("storage", () => (options.storage ?? fileStorage()).check(), timeoutMs),
    run(
      "shutdown",
      async () => {
        if (isDraining()) throw new CheckFailed("draining");
      },
      timeoutMs,
    ),
  ]);
  const checks = { database, migrations, storage, shutdown };
  return { ready: Object.values(checks).every((check) => check.status === "ok"), checks };
}
