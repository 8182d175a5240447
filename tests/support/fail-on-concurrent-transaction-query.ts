// Several queries sent at once on one connection — e.g. `Promise.all([tx.a(), tx.b()])` inside an
// interactive transaction, whose queries all go through its one connection — fail the test that sent
// them. pg 8 queues them (with a DeprecationWarning "…already executing a query…", printed once per
// process, which broke the launcher's output); pg 9 will reject them. The warning has no code and comes
// once per process, so each query is checked here instead: one sent while its connection is still busy
// is recorded.
//
// Prisma did this itself when it loaded several relations of a record inside a transaction (its query
// plan read the children with Promise.all: prisma/orm#29646). With the relationJoins preview feature
// (prisma/schema.prisma) a read with relations is one statement, so Prisma's own count here too.
import { afterAll, afterEach } from "vitest";
import pg from "pg";

type Query = (this: pg.Client, ...args: unknown[]) => unknown;
// pg's own fields (its public `activeQuery` getter is itself deprecated and would warn).
type Busy = { _activeQuery?: unknown; _queryQueue?: unknown[] };

let seen: string[] = [];

const original = pg.Client.prototype.query as unknown as Query;
const checked: Query = function (this: pg.Client, ...args) {
  const busy = this as unknown as Busy;
  if (busy._activeQuery || busy._queryQueue?.length) {
    const config = args[0] as { text?: string } | string;
    seen.push(String(typeof config === "string" ? config : config?.text).slice(0, 200));
  }
  return original.apply(this, args);
};
pg.Client.prototype.query = checked as unknown as typeof pg.Client.prototype.query;

function failIfSeen(when: string) {
  const found = seen;
  seen = [];
  if (found.length)
    throw new Error(
      `${when} sent ${found.length} ${found.length === 1 ? "query" : "queries"} on a database connection that ` +
        `was still running another (await them one after the other inside a transaction), e.g.: ${found[0]}`,
    );
}

afterEach(() => failIfSeen("This test"));
afterAll(() => {
  // A worker may run several files, each with this set-up: the next one wraps the original again.
  pg.Client.prototype.query = original as unknown as typeof pg.Client.prototype.query;
  failIfSeen("This file's set-up or tear-down");
});
