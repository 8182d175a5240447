// Whether this server process can reach its database right now. The data layer (lib/db/client.ts)
// sets the flag on a connection error (lib/db/errors.ts) and starts a background probe, which clears
// it as soon as the database answers again; proxy.ts reads it to answer with a 503 "temporarily
// unavailable" (without rendering anything) while it is set. The state lives on globalThis because
// proxy.ts and the app's routes are bundled apart but run in the same process. No imports: proxy.ts
// reads this module.

/** How often the probe tries the database while it is unreachable. */
export const PROBE_INTERVAL_MS = 200;

type HealthState = {
  unavailableSince: number | null;
  probe: ReturnType<typeof setInterval> | null;
  probing: boolean;
};

const KEY = Symbol.for("binome.databaseHealth");

function state(): HealthState {
  const g = globalThis as unknown as Record<symbol, HealthState | undefined>;
  return (g[KEY] ??= { unavailableSince: null, probe: null, probing: false });
}

/** Since when (ms since the epoch) the database has been unreachable, or null while it answers. */
export function databaseUnavailableSince(): number | null {
  return state().unavailableSince;
}

/** The database answered: clears the flag and stops the probe. */
export function markDatabaseReachable(): void {
  const s = state();
  if (s.unavailableSince === null) return;
  s.unavailableSince = null;
  if (s.probe) clearInterval(s.probe);
  s.probe = null;
  console.warn(`[database] reachable again.`);
}

/**
 * The database could not be reached: sets the flag and, unless one runs already, starts a probe
 * that calls `probe` every PROBE_INTERVAL_MS until it resolves true.
 */
export function markDatabaseUnreachable(reason: string, probe: () => Promise<boolean>): void {
  const s = state();
  if (s.unavailableSince === null) {
    s.unavailableSince = Date.now();
    console.warn(`[database] unreachable: ${reason}`);
  }
  if (s.probe) return;
  s.probe = setInterval(async () => {
    if (s.probing) return;
    s.probing = true;
    try {
      if (await probe()) markDatabaseReachable();
    } catch {
      // still unreachable: the next tick tries again
    } finally {
      s.probing = false;
    }
  }, PROBE_INTERVAL_MS);
  (s.probe as { unref?: () => void }).unref?.();
}
