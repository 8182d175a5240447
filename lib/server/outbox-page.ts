import "server-only";
import { env } from "../env";

/** The outbox page shows e-mail contents (sign-in links): only in demo or development. */
export function outboxPageEnabled(): boolean {
  return env().DEMO_MODE || env().NODE_ENV === "development";
}
