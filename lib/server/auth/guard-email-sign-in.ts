import "server-only";
import { env } from "../../env";
import { signInSchema } from "../../validation/sign-in";
import { db } from "../db";
import { allowHit } from "../rate-limit";

export const SIGN_IN_LIMITS = {
  /** Link requests from one client, whatever the addresses: only when the client can be told apart (TRUST_PROXY). */
  perClient: { limit: 30, windowSeconds: 15 * 60 },
};

/**
 * Which client a request comes from. X-Forwarded-For can be forged by anyone, so it is read
 * only behind a trusted proxy (TRUST_PROXY=1), and then only its last hop, the one the proxy added.
 */
export function clientKey(headers: Headers, trustProxy: boolean): string | null {
  if (!trustProxy) return null;
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  return hops.at(-1) ?? null;
}

/**
 * Runs before next-auth handles an e-mail sign-in request: refuses a malformed address, and a
 * client asking for too many links when the client can be identified (behind a trusted proxy).
 * Returns the answer to send instead, or null to proceed.
 *
 * Nothing here is counted per address or for all clients together: a flood of requests from
 * unidentifiable clients would otherwise stop everyone from signing in, and asking repeatedly for
 * a colleague's link would lock them out. What protects a person's mailbox instead is that their
 * link is e-mailed at most once per cool-down (send-sign-in-link.ts), and the answer is the same
 * for every address, known or not.
 */
export async function guardEmailSignIn(request: Request): Promise<Response | null> {
  const form = await request.formData().catch(() => null);
  const wantsJson = form?.get("json") === "true";
  const refuse = (error: string, status: number) => {
    const url = new URL(`/signin?error=${error}`, process.env.NEXTAUTH_URL ?? request.url).toString();
    return wantsJson ? Response.json({ url }, { status }) : Response.redirect(url, 302);
  };
  const parsed = signInSchema.safeParse({ email: String(form?.get("email") ?? "") });
  if (!parsed.success) return refuse("InvalidEmail", 400);
  const client = clientKey(request.headers, env().TRUST_PROXY);
  if (!client) return null;
  const { perClient } = SIGN_IN_LIMITS;
  const allowed = await allowHit(db(), `sign-in:client:${client}`, perClient.limit, perClient.windowSeconds);
  return allowed ? null : refuse("RateLimited", 429);
}
