import "server-only";
import { env } from "../../env";
import { signInSchema } from "../../validation/sign-in";
import { db } from "../db";
import { allowHit } from "../rate-limit";

export const SIGN_IN_LIMITS = {
  perAddress: { limit: 5, windowSeconds: 15 * 60 },
  perClient: { limit: 30, windowSeconds: 15 * 60 },
  /** Without a trusted proxy the client cannot be told apart: all requests share this bucket. */
  allClients: { limit: 300, windowSeconds: 15 * 60 },
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
 * Runs before next-auth handles an e-mail sign-in request: refuses a malformed address and
 * rate-limits per address and per client. Returns the answer to send instead, or null to proceed.
 * Unknown and known addresses count alike, so the limits reveal nothing either.
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
  const { perAddress, perClient, allClients } = SIGN_IN_LIMITS;
  const client = clientKey(request.headers, env().TRUST_PROXY);
  const clientLimit = client ? perClient : allClients;
  const [addressOk, clientOk] = await Promise.all([
    allowHit(db(), `sign-in:address:${parsed.data.email}`, perAddress.limit, perAddress.windowSeconds),
    allowHit(db(), `sign-in:client:${client ?? "*"}`, clientLimit.limit, clientLimit.windowSeconds),
  ]);
  return addressOk && clientOk ? null : refuse("RateLimited", 429);
}
