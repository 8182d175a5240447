// What the database driver sends while `work` runs: every statement's text, the reads and writes
// among them (transaction control left out), and those sent on a connection still running another
// (which pg 8 queues with a deprecation warning and pg 9 refuses).
import pg from "pg";

const TRANSACTION_CONTROL = /^\s*(begin|commit|rollback|deallocate)/i;

export async function watchDriverQueries<T>(
  work: () => Promise<T>,
): Promise<{ result: T; statements: string[]; queries: string[]; overlapping: string[] }> {
  const statements: string[] = [];
  const overlapping: string[] = [];
  const send = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const config = args[0] as { text?: string } | string;
    const text = String(typeof config === "string" ? config : config?.text);
    statements.push(text);
    const busy = this as unknown as { _activeQuery?: unknown; _queryQueue?: unknown[] };
    if (busy._activeQuery || busy._queryQueue?.length) overlapping.push(text.slice(0, 120));
    return (send as (...a: unknown[]) => unknown).apply(this, args);
  } as unknown as typeof send;
  try {
    const result = await work();
    return { result, statements, queries: statements.filter((text) => !TRANSACTION_CONTROL.test(text)), overlapping };
  } finally {
    pg.Client.prototype.query = send;
  }
}
