// The one place that tells "the database cannot be reached" apart from every other database error.
// A connection that is refused, reset, closed by the server or timed out, a server that is shutting
// down or not accepting connections: the service is unavailable for a moment, which is never the
// same as "nobody is signed in" or "this record does not exist".

/** The digest Next passes to error boundaries (app/error.tsx, app/global-error.tsx) for this error. */
export const DATABASE_UNAVAILABLE_DIGEST = "DATABASE_UNAVAILABLE";

/** The database could not be reached; what the person asked for was not done, and can be asked again. */
export class DatabaseUnavailableError extends Error {
  /** Next keeps an error's own digest, so the error boundary can recognise it in production. */
  readonly digest = DATABASE_UNAVAILABLE_DIGEST;

  constructor(cause?: unknown) {
    super("The database cannot be reached at the moment.", { cause });
    this.name = "DatabaseUnavailableError";
  }
}

/** Socket errors of Node and the pg driver. */
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);
/** Prisma's codes for a server it cannot reach, a closed connection or an exhausted pool. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** What Prisma's pg adapter calls a lost connection (DriverAdapterError's cause.kind). */
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TlsConnectionError",
]);
/**
 * PostgreSQL SQLSTATEs: class 08 (connection exception), 57P01–57P03 (administrator shutdown,
 * crash shutdown, cannot connect now), 53300 (too many connections), 55000 when the database is
 * closed to new connections (ALLOW_CONNECTIONS false).
 */
function isConnectionSqlState(code: string, message: string): boolean {
  return (
    code.startsWith("08") ||
    code === "57P01" ||
    code === "57P02" ||
    code === "57P03" ||
    code === "53300" ||
    (code === "55000" && /not currently accepting connections/i.test(message))
  );
}
/** Messages of the pg driver and its pool when the connection is gone or never came. */
const DRIVER_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended|the database system is (shutting down|starting up|in recovery mode)|Can't reach database server|Server has closed the connection|terminating connection due to administrator command/i;

type Shape = {
  code?: unknown;
  errorCode?: unknown;
  message?: unknown;
  severity?: unknown;
  kind?: unknown;
  meta?: { driverAdapterError?: { cause?: unknown } };
  cause?: unknown;
  errors?: unknown;
  name?: unknown;
};

/**
 * Whether `error` (from Prisma, its pg adapter, the pg driver or Node's sockets, possibly wrapped)
 * means the database could not be reached.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  if (error instanceof DatabaseUnavailableError) return true;
  const e = error as Shape;
  const code = typeof e.code === "string" ? e.code : typeof e.errorCode === "string" ? e.errorCode : "";
  const message = typeof e.message === "string" ? e.message : "";
  if (SOCKET_CODES.has(code) || PRISMA_CODES.has(code)) return true;
  if (typeof e.kind === "string") {
    if (ADAPTER_KINDS.has(e.kind)) return true;
    if (e.kind === "postgres" && isConnectionSqlState(code, message)) return true;
  }
  // A PostgreSQL error the driver received: FATAL ends the connection.
  if (/^[0-9A-Z]{5}$/.test(code) && (isConnectionSqlState(code, message) || e.severity === "FATAL")) return true;
  if (e.name === "PrismaClientInitializationError") return true;
  if (DRIVER_MESSAGES.test(message)) return true;
  if (isDatabaseUnavailable(e.meta?.driverAdapterError?.cause, depth + 1)) return true;
  if (isDatabaseUnavailable(e.cause, depth + 1)) return true;
  // AggregateError (e.g. both the IPv4 and IPv6 addresses refused).
  return Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1));
}
