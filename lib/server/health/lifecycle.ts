// This instance's life cycle as the app sees it: whether it is draining (stopping: SIGTERM or
// SIGINT received), and the hooks that stop its workers and close its database pool on the way
// out. The state lives on globalThis under Symbol.for("binome.lifecycle"), shared with
// scripts/server-lifecycle.cjs, which `next start` loads first (scripts/serve.ts) and which runs
// the shutdown: see its header for the order of things. No imports: instrumentation.ts and the
// health route read it.

type Hook = () => Promise<void> | void;

export type Lifecycle = {
  /** True when scripts/server-lifecycle.cjs runs the shutdown (under scripts/serve.ts). */
  managed?: boolean;
  draining: boolean;
  /** When the drain began (ms since the epoch), or null. */
  drainingSince: number | null;
  /** Run when the drain begins: stop starting work, finish what is under way. */
  stopHooks: Hook[];
  /** Run once the requests in flight and the stop hooks are done: release connections. */
  closeHooks: Hook[];
};

const KEY = Symbol.for("binome.lifecycle");

export function lifecycle(): Lifecycle {
  const g = globalThis as unknown as Record<symbol, Lifecycle | undefined>;
  return (g[KEY] ??= { draining: false, drainingSince: null, stopHooks: [], closeHooks: [] });
}

/** Whether this instance is stopping (it then reports not ready and takes no new connections). */
export function isDraining(): boolean {
  return lifecycle().draining;
}

/** Registers what to do when the instance stops (see scripts/server-lifecycle.cjs). */
export function onShutdown(hooks: { stop?: Hook; close?: Hook }): void {
  const state = lifecycle();
  if (hooks.stop) state.stopHooks.push(hooks.stop);
  if (hooks.close) state.closeHooks.push(hooks.close);
}
