import "server-only";
import type { Db } from "../../db/client";
import type { Prisma } from "../../generated/prisma/client";

/** The client a verb's transaction hands to the helpers that run inside it. */
export type Tx = Prisma.TransactionClient;

/** Reads that work the same on the client and inside a transaction. */
export type Reader = Db | Tx;

/** Many people may act on one row at once: each transaction waits its turn at the row locks (lib/server/db/locks.ts). */
export const TX_OPTIONS = { maxWait: 15_000, timeout: 20_000 } as const;
