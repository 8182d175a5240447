// Helpers of the two-instance specs (npm run test:scale): the instances and the load balancer that
// scripts/test-scale.ts started, browsers pinned to one instance, the mail the SMTP sink received,
// and each instance's log lines. The end-to-end fixtures (people, sign-in, catalogues) are reused.
import { existsSync, readFileSync } from "node:fs";
import type { Browser, BrowserContext, Request, Response } from "@playwright/test";
import { readSinkLog, type SinkMessage } from "../support/smtp-sink";
import { chooseLanguage, signInAs } from "../e2e/fixtures";

export { expect, msg, named, query, signInAs, test, outboxEmailsTo, signInLinkIn } from "../e2e/fixtures";

export type InstanceInfo = { name: string; url: string; pid: number; logFile: string };

/** The load balancer's URL: the app's address (NEXTAUTH_URL of both instances). */
export const PROXY_URL = process.env.SCALE_PROXY_URL!;
export const INSTANCES: InstanceInfo[] = JSON.parse(process.env.SCALE_INSTANCES ?? "[]");
export const instance = (name: string) => INSTANCES.find((i) => i.name === name)!;

/** The header with which the load balancer sends a request to one instance (sticky routing). */
export const PIN_HEADER = "x-scale-backend";
/** The header with which the load balancer says which instance answered. */
export const SERVED_BY = "x-served-by";

/**
 * A browser context on the load balancer, signed in as `who` (a session row and its cookie), in
 * English; with `pinnedTo`, every request it makes goes to that instance.
 */
export async function signedInContext(
  browser: Browser,
  who: { email: string },
  pinnedTo?: string,
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: PROXY_URL,
    locale: "en-GB",
    extraHTTPHeaders: pinnedTo ? { [PIN_HEADER]: pinnedTo } : {},
  });
  await signInAs(context, PROXY_URL, who);
  await chooseLanguage(context, PROXY_URL, "en");
  return context;
}

/** Which instance answered this response (set by the load balancer). */
export function servedBy(response: Response | null): string {
  const name = response?.headers()[SERVED_BY];
  if (!name) throw new Error(`No ${SERVED_BY} header on ${response?.url()} (HTTP ${response?.status()})`);
  return name;
}

/** Whether a request is a server action's POST. */
export const isActionPost = (request: Request) => request.method() === "POST" && !!request.headers()["next-action"];

/** Every message the mail server received so far. */
export function mailReceived(): SinkMessage[] {
  return readSinkLog(process.env.SCALE_SMTP_LOG!);
}

/** The JSON lines an instance logged (request lines, job lines, shutdown lines…). */
export function instanceLog(name: string): Record<string, unknown>[] {
  const file = instance(name).logFile;
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
}

/** Whether a process is still running. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
