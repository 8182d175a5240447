// Types of scripts/request-log.cjs, for the tests that import it.
export declare const SAFE_REQUEST_ID: RegExp;
export declare function requestIdFrom(header: string | string[] | undefined): string;
export declare function pathOf(target: string | undefined): string;
export declare function instanceId(env?: Record<string, string | undefined>): string;
export declare function requestLine(fields: {
  time?: Date;
  requestId: string;
  method: string;
  path: string;
  status: number;
  durationMs: number;
  instance: string;
  aborted?: boolean;
}): string;
export declare function eventLine(
  level: "info" | "warn" | "error",
  event: string,
  fields?: Record<string, string | number | boolean | null | undefined>,
): string;
