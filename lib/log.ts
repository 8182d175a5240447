// Structured logs: one JSON line per event, which a log collector reads as it is. Every line has
// `time`, `level` and `event` ("request", "job", "shutdown.start"…) and a few fields, never
// personal data beyond ids: no e-mail address, name or query string. Error messages are logged
// with any e-mail address they contain blanked out (a mail server's refusal may quote one).
// Lines go through console (info → stdout, warnings and errors → stderr), so a test that fails on
// console.error still sees an error logged.
// No "server-only" and no imports: proxy.ts, instrumentation.ts and scripts use it too.

export type LogFields = Record<string, string | number | boolean | null | undefined>;
type Level = "info" | "warn" | "error";

const ADDRESS = /[^\s<>"'(),;:@]+@[^\s<>"'(),;:@]+\.[^\s<>"'(),;:@]+/g;

/** A message with any e-mail address in it replaced by "[address]". */
export function withoutAddresses(text: string): string {
  return text.replace(ADDRESS, "[address]");
}

function write(level: Level, event: string, fields: LogFields = {}): void {
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.info(line);
}

export function logInfo(event: string, fields?: LogFields): void {
  write("info", event, fields);
}

export function logWarn(event: string, fields?: LogFields): void {
  write("warn", event, fields);
}

/** An error's name, code, message (addresses blanked) and the first lines of its stack. */
export function errorFields(error: unknown): LogFields {
  if (!(error instanceof Error)) return { error: withoutAddresses(String(error)).slice(0, 500) };
  const code = (error as { code?: unknown }).code;
  return {
    error: error.name,
    errorCode: typeof code === "string" || typeof code === "number" ? code : undefined,
    message: withoutAddresses(error.message).slice(0, 1000),
    stack: error.stack
      ?.split("\n")
      .slice(1, 6)
      .map((line) => line.trim())
      .join(" | "),
  };
}

export function logError(event: string, error: unknown, fields?: LogFields): void {
  write("error", event, { ...fields, ...errorFields(error) });
}
